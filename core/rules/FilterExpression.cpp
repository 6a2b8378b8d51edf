#include "rules/FilterExpression.h"

#include <algorithm>

namespace warden {

Result<FilterExpression> FilterExpression::parse(const QString &text, ExpressionError *error)
{
    return parseAs(text, ExpressionParser::Grammar::DeviceFilter, error);
}

Result<FilterExpression> FilterExpression::parseRegister(const QString &text, ExpressionError *error)
{
    return parseAs(text, ExpressionParser::Grammar::RegisterFilter, error);
}

Result<FilterExpression> FilterExpression::parseAs(const QString &text, ExpressionParser::Grammar grammar,
                                                   ExpressionError *error)
{
    Result<ExpressionTree> tree = ExpressionParser::parse(text, grammar, error);
    if (!tree)
        return tree.error();
    FilterExpression filter;
    filter.m_grammar = grammar;
    filter.m_text = text;
    filter.m_tree = std::move(tree).value();
    return filter;
}

QList<FieldInfo> FilterExpression::fields()
{
    return ExpressionParser::fields(ExpressionParser::Grammar::DeviceFilter);
}

QList<FieldInfo> FilterExpression::registerFields()
{
    return ExpressionParser::fields(ExpressionParser::Grammar::RegisterFilter);
}

bool FilterExpression::namesBackend() const
{
    return std::any_of(m_tree.nodes.cbegin(), m_tree.nodes.cend(), [](const ExpressionNode &node) {
        return node.kind == ExpressionNode::Kind::Term && node.field == TermField::Backend;
    });
}

bool FilterExpression::matches(const Device &device) const
{
    const DeviceSpanAccessor accessor(device);
    return matches(accessor, 0);
}

} // namespace warden
