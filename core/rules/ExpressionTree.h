#pragma once

#include "domain/ThreatEvent.h"
#include "rules/DeviceFieldAccessor.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace warden {

class FirmwareVulnerabilityLookup;

// What a term tests. The first values mirror DeviceField one to one.
enum class TermField : quint8 {
    Id,
    Name,
    Class,
    Vendor,
    Model,
    Firmware,
    Site,
    Gateway,
    Segment,
    Status,
    Risk,
    Quarantined,
    SafetyCritical,
    OnlineUpdate,
    // Rule conditions only:
    Type,
    Severity,
    Source,
    Destination,
    Cve,
    Vulnerable,
    Count,
    // A bare word, matched as a substring of the device's text fields (device filters only).
    FreeText,
    // The console connection (backend) a device was read from; register filters only.
    Backend,
};

inline bool isDeviceTermField(TermField field)
{
    return static_cast<int>(field) < DeviceFieldCount;
}

enum class CompareOp : quint8 { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };

// One node of a compiled expression. Terms carry their value pre-parsed so evaluation does no parsing or allocation.
struct ExpressionNode {
    enum class Kind : quint8 { And, Or, Not, Term };
    Kind kind = Kind::Term;
    // Term:
    TermField field = TermField::FreeText;
    CompareOp op = CompareOp::Equal;
    bool glob = false;     // value contains '*' wildcards (text fields)
    int number = 0;        // risk, enum index, severity rank (CRITICAL = 4 … INDETERMINATE = 0), yes = 1, count
    qint64 windowMs = 0;   // count terms
    QString value;         // text, version or CVE id as written (compared case-insensitively)
    QStringList pieces;    // value split at '*' when glob
    // And / Or / Not: children are ExpressionTree::children[firstChild, firstChild + childCount).
    int firstChild = 0;
    int childCount = 0;
};

// Everything a term may look at. A missing device (unknown id) makes every device term false.
struct EvaluationInput {
    const DeviceFieldAccessor *devices = nullptr;
    qsizetype row = 0;
    const ThreatEvent *event = nullptr;
    const FirmwareVulnerabilityLookup *vulnerabilities = nullptr;
    // The backend the device row belongs to; null when the caller does not know it (backend terms are then false).
    QStringView backend;
};

// A parsed filter or condition as a flat node array; an empty tree (root < 0) matches everything.
// Count terms evaluate as true here: repetition is the rule engine's business.
class ExpressionTree {
public:
    std::vector<ExpressionNode> nodes;
    std::vector<int> children;
    int root = -1;

    bool isEmpty() const { return root < 0; }
    bool evaluate(const EvaluationInput &input) const { return root < 0 || evaluateNode(root, input); }

    // Ranks severities so that >= means "at least as severe": CRITICAL = 4, …, INDETERMINATE = 0.
    static int severityRank(Severity severity);
    // Case-insensitive match of `text` against a term value, honouring '*' wildcards.
    static bool textMatches(QStringView text, const ExpressionNode &term);

private:
    bool evaluateNode(int index, const EvaluationInput &input) const;
    bool evaluateTerm(const ExpressionNode &term, const EvaluationInput &input) const;
};

} // namespace warden
