#include "rules/RuleCondition.h"

#include "rules/DeviceFieldAccessor.h"

using namespace Qt::Literals::StringLiterals;

namespace warden {

Result<RuleCondition> RuleCondition::parse(const QString &text, ExpressionError *error)
{
    if (text.trimmed().isEmpty()) {
        const QString message = u"The condition is empty; a rule needs at least one term, e.g. type:brute_force."_s;
        if (error)
            *error = ExpressionError{message, 0, 1, 0};
        return Result<RuleCondition>::failure(message);
    }
    Result<ExpressionTree> tree = ExpressionParser::parse(text, ExpressionParser::Grammar::RuleCondition, error);
    if (!tree)
        return tree.error();

    RuleCondition condition;
    condition.m_text = text;
    condition.m_tree = std::move(tree).value();
    // The parser guarantees at most one count term, reachable through AND nodes only.
    for (const ExpressionNode &node : condition.m_tree.nodes) {
        if (node.kind != ExpressionNode::Kind::Term)
            continue;
        if (node.field == TermField::Count)
            condition.m_repetition = Repetition{node.number, node.windowMs};
        if (node.field == TermField::Cve || node.field == TermField::Vulnerable)
            condition.m_usesVulnerabilities = true;
    }
    return condition;
}

QList<FieldInfo> RuleCondition::fields()
{
    return ExpressionParser::fields(ExpressionParser::Grammar::RuleCondition);
}

bool RuleCondition::matches(const ThreatEvent &event, const Device *device,
                            const FirmwareVulnerabilityLookup *vulnerabilities) const
{
    if (!device)
        return m_tree.evaluate(EvaluationInput{nullptr, 0, &event, vulnerabilities, {}});
    const DeviceSpanAccessor accessor(*device);
    return m_tree.evaluate(EvaluationInput{&accessor, 0, &event, vulnerabilities, {}});
}

} // namespace warden
