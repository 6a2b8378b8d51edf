#include "rules/ExpressionTree.h"

#include "rules/DottedVersion.h"
#include "rules/FirmwareVulnerabilityLookup.h"

namespace warden {

namespace {

bool compareWith(int comparison, CompareOp op)
{
    switch (op) {
    case CompareOp::Equal:
        return comparison == 0;
    case CompareOp::NotEqual:
        return comparison != 0;
    case CompareOp::Less:
        return comparison < 0;
    case CompareOp::LessEqual:
        return comparison <= 0;
    case CompareOp::Greater:
        return comparison > 0;
    case CompareOp::GreaterEqual:
        return comparison >= 0;
    }
    return false;
}

int threeWay(int a, int b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

bool globMatches(QStringView text, const QStringList &pieces)
{
    // Empty pieces are tested by hand: Qt says a null text neither starts nor ends with an empty (non-null)
    // string, so a device without a value would not match "*" while one with an empty value would.
    const QString &first = pieces.constFirst();
    if (!first.isEmpty() && !text.startsWith(first, Qt::CaseInsensitive))
        return false;
    qsizetype position = first.size();
    for (qsizetype i = 1; i + 1 < pieces.size(); ++i) {
        const QString &piece = pieces.at(i);
        if (piece.isEmpty())
            continue;
        const qsizetype found = text.indexOf(piece, position, Qt::CaseInsensitive);
        if (found < 0)
            return false;
        position = found + piece.size();
    }
    const QString &last = pieces.constLast();
    return text.size() - position >= last.size() && (last.isEmpty() || text.endsWith(last, Qt::CaseInsensitive));
}

constexpr DeviceField FreeTextFields[] = {DeviceField::Id,       DeviceField::Name, DeviceField::Class,
                                          DeviceField::Vendor,   DeviceField::Model, DeviceField::Firmware,
                                          DeviceField::Site,     DeviceField::Gateway, DeviceField::Segment};

} // namespace

int ExpressionTree::severityRank(Severity severity)
{
    return static_cast<int>(Severity::Indeterminate) - static_cast<int>(severity);
}

bool ExpressionTree::textMatches(QStringView text, const ExpressionNode &term)
{
    if (term.glob)
        return globMatches(text, term.pieces);
    // Qt folds case one UTF-16 unit at a time, so strings of different lengths never compare equal: skip the fold.
    return text.size() == term.value.size() && text.compare(term.value, Qt::CaseInsensitive) == 0;
}

bool ExpressionTree::evaluateNode(int index, const EvaluationInput &input) const
{
    const ExpressionNode &node = nodes[static_cast<std::size_t>(index)];
    switch (node.kind) {
    case ExpressionNode::Kind::Term:
        return evaluateTerm(node, input);
    case ExpressionNode::Kind::Not:
        return !evaluateNode(children[static_cast<std::size_t>(node.firstChild)], input);
    case ExpressionNode::Kind::And:
        for (int i = 0; i < node.childCount; ++i) {
            if (!evaluateNode(children[static_cast<std::size_t>(node.firstChild + i)], input))
                return false;
        }
        return true;
    case ExpressionNode::Kind::Or:
        for (int i = 0; i < node.childCount; ++i) {
            if (evaluateNode(children[static_cast<std::size_t>(node.firstChild + i)], input))
                return true;
        }
        return false;
    }
    return false;
}

bool ExpressionTree::evaluateTerm(const ExpressionNode &term, const EvaluationInput &input) const
{
    const DeviceFieldAccessor *devices = input.devices;
    const qsizetype row = input.row;

    if (isDeviceTermField(term.field)) {
        if (!devices)
            return false;
        const auto field = static_cast<DeviceField>(term.field);
        switch (term.field) {
        case TermField::Risk:
        case TermField::Status:
            return compareWith(threeWay(devices->number(row, field), term.number), term.op);
        case TermField::Quarantined:
        case TermField::SafetyCritical:
        case TermField::OnlineUpdate:
            return compareWith(threeWay(devices->flag(row, field) ? 1 : 0, term.number), term.op);
        case TermField::Firmware:
            if (!term.glob) {
                const QStringView version = devices->text(row, field);
                // A device without a reported version is neither older nor newer than anything.
                if (version.isEmpty())
                    return term.op == CompareOp::NotEqual;
                return compareWith(DottedVersion::compare(version, term.value), term.op);
            }
            break;
        default:
            break;
        }
        const bool matched = textMatches(devices->text(row, field), term);
        return term.op == CompareOp::NotEqual ? !matched : matched;
    }

    switch (term.field) {
    case TermField::FreeText:
        if (!devices)
            return false;
        for (const DeviceField field : FreeTextFields) {
            if (devices->text(row, field).contains(term.value, Qt::CaseInsensitive))
                return true;
        }
        return false;
    case TermField::Type:
        return input.event && compareWith(threeWay(static_cast<int>(input.event->type), term.number), term.op);
    case TermField::Severity:
        return input.event && compareWith(threeWay(severityRank(input.event->severity), term.number), term.op);
    case TermField::Source:
    case TermField::Destination: {
        if (!input.event)
            return false;
        const QString &text = term.field == TermField::Source ? input.event->source : input.event->destination;
        const bool matched = textMatches(text, term);
        return term.op == CompareOp::NotEqual ? !matched : matched;
    }
    case TermField::Cve:
    case TermField::Vulnerable: {
        if (!devices || !input.vulnerabilities)
            return false;
        const QStringList cves = input.vulnerabilities->vulnerabilities(devices->text(row, DeviceField::Class),
                                                                        devices->text(row, DeviceField::Firmware));
        if (term.field == TermField::Vulnerable)
            return compareWith(threeWay(cves.isEmpty() ? 0 : 1, term.number), term.op);
        bool has = false;
        for (const QString &cve : cves)
            has = has || textMatches(cve, term);
        return term.op == CompareOp::NotEqual ? !has : has;
    }
    case TermField::Count:
        return true;
    case TermField::Backend: {
        if (input.backend.isNull())
            return false;
        const bool matched = textMatches(input.backend, term);
        return term.op == CompareOp::NotEqual ? !matched : matched;
    }
    default:
        return false;
    }
}

} // namespace warden
