#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace warden {

// Interns strings that repeat across many rows (class, vendor, site, firmware...): each distinct string is
// stored once and rows keep a 32-bit id. Id 0 is always the empty string.
class StringPool {
public:
    StringPool();

    quint32 intern(const QString &text);
    const QString &at(quint32 id) const { return m_strings.at(qsizetype(id)); }
    // Id of text if already interned, else -1 (never adds).
    qint64 find(const QString &text) const;
    qsizetype size() const { return m_strings.size(); }

    // rank[id] orders ids by their text (case-insensitive, then exact), so sorting rows by an interned
    // column compares integers instead of strings.
    QList<quint32> sortRanks() const;

private:
    QList<QString> m_strings;
    QHash<QString, quint32> m_ids;
};

} // namespace warden
