#pragma once

#include <QString>
#include <QStringList>

namespace warden {

// How a field's value is written and compared in filter expressions and rule conditions.
enum class FieldKind : quint8 {
    Text,        // case-insensitive equality, '*' wildcards: name:*lobby*
    Version,     // dotted version, compared numerically: fw:<2.4
    Number,      // integer, compared: risk:>=70
    Boolean,     // yes/no: quarantined:no
    Choice,      // one of a fixed set: status:offline, type:brute_force
    Ranked,      // one of an ordered set: severity>=MAJOR
    Repetition,  // count>=5 within 60s
};

// One field of the grammar, described for completion and help texts.
struct FieldInfo {
    QString name;        // as typed before the colon, e.g. "fw"
    FieldKind kind = FieldKind::Text;
    QString description; // one line for a completion popup
    QStringList values;  // the complete value set where the grammar knows it (choices, yes/no); empty when open
    QString example;     // a valid term, e.g. "fw:<2.4"

    // True when <, <=, > and >= are allowed.
    bool comparable() const { return kind == FieldKind::Version || kind == FieldKind::Number || kind == FieldKind::Ranked; }
};

} // namespace warden
