#pragma once

#include "rules/ExpressionTree.h"
#include "rules/FieldInfo.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace warden {

// Where and why a parse failed, for editors that underline the offending term.
struct ExpressionError {
    QString message;  // full sentence, also the Result's message
    int position = 0; // 0-based offset into the text
    int length = 0;   // characters to underline (>= 1 unless the text is empty)
    int term = 0;     // 1-based number of the whitespace-separated term
};

// Parses the shared filter grammar into an ExpressionTree. Responsible for syntax and for checking every value
// against its field (numbers, versions, enum names); not for evaluation.
//
//   expression := or
//   or         := and ("OR" and)*
//   and        := unary (["AND"] unary)*            implicit AND between terms
//   unary      := ("NOT" | "-") unary | primary
//   primary    := "(" or ")" | term
//   term       := word | "quoted words" | field op value | count-term
//   op         := ":" | ":" cmp | cmp                 cmp is one of = != < <= > >=
//   value      := text up to whitespace or ")" | "quoted text" (\" and \\ escape inside quotes)
//   count-term := "count" (">=" | ">") N "within" DURATION     DURATION: 500ms, 60s, 10m, 1h
//
// OR, AND and NOT are keywords only in upper case, so "or" is an ordinary word. Field names are case-insensitive.
class ExpressionParser {
public:
    enum class Grammar {
        DeviceFilter,  // device fields and free-text words (register filter bar, campaign target filters)
        RuleCondition, // device fields plus event, vulnerability and repetition fields; no free text
        // DeviceFilter plus backend:NAME, the console connection a device came from. Only the console's register
        // lists devices of several backends; the other grammars refuse backend: with a message saying why (a
        // campaign filter or rule condition is evaluated by one backend over its own devices).
        RegisterFilter,
    };

    static Result<ExpressionTree> parse(QStringView text, Grammar grammar, ExpressionError *error = nullptr);
    static QList<FieldInfo> fields(Grammar grammar);
};

} // namespace warden
