#pragma once

#include "domain/Device.h"
#include "rules/DeviceFieldAccessor.h"
#include "rules/ExpressionParser.h"
#include "rules/ExpressionTree.h"
#include "rules/FieldInfo.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace warden {

// A compiled device filter as typed in the register's filter bar or a campaign's target filter, e.g.
//   class:infusion_pump fw:<2.4 -quarantined:yes (site:north OR site:south) "lobby"
// Words match as case-insensitive substrings of id, name, class, vendor, model, fw, site, gateway and segment.
// field:value is a case-insensitive equality ('*' matches any text, so name:*lobby* is a substring match);
// fw compares dotted versions numerically; risk compares numbers; status, quarantined, safety and online_update take
// their fixed value sets. See ExpressionParser for the full grammar. An empty filter matches every device.
// Copyable, immutable and safe to evaluate from several threads at once.
class FilterExpression {
public:
    FilterExpression() = default; // matches everything

    // Fails with a message naming the term, its position and what was expected; `error` receives the details.
    // This is the grammar of one backend's devices (campaign target filters, evaluated by the backend): backend:
    // is refused with a message saying it only works in the register.
    static Result<FilterExpression> parse(const QString &text, ExpressionError *error = nullptr);
    // The register's grammar: the same plus backend:NAME (the console connection a device belongs to).
    static Result<FilterExpression> parseRegister(const QString &text, ExpressionError *error = nullptr);

    // The fields this grammar knows, in a stable order, for completion and help.
    static QList<FieldInfo> fields();
    static QList<FieldInfo> registerFields();
    // The grammar the text was parsed with (DeviceFilter or RegisterFilter).
    ExpressionParser::Grammar grammar() const { return m_grammar; }
    // True when a backend: term occurs (such a filter cannot be handed to a backend, e.g. as a campaign's targets).
    bool namesBackend() const;

    const QString &text() const { return m_text; }
    bool isEmpty() const { return m_tree.isEmpty(); }

    bool matches(const Device &device) const;
    bool matches(const DeviceFieldAccessor &devices, qsizetype row) const
    {
        return m_tree.evaluate(EvaluationInput{&devices, row, nullptr, nullptr, {}});
    }
    // With the backend the row belongs to, for backend: terms (without it they are false).
    bool matches(const DeviceFieldAccessor &devices, qsizetype row, QStringView backend) const
    {
        return m_tree.evaluate(EvaluationInput{&devices, row, nullptr, nullptr, backend});
    }

private:
    static Result<FilterExpression> parseAs(const QString &text, ExpressionParser::Grammar grammar,
                                            ExpressionError *error);

    ExpressionParser::Grammar m_grammar = ExpressionParser::Grammar::DeviceFilter;
    QString m_text;
    ExpressionTree m_tree;
};

} // namespace warden
