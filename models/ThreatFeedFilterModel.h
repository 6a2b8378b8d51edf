#pragma once

#include "domain/Enums.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace warden {

// Filters the threat feed by minimum severity, threat type, backend and free text (device, source,
// destination). Never sorts: the feed's own order (newest first) is the one responders need.
class ThreatFeedFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreatFeedFilterModel)
public:
    explicit ThreatFeedFilterModel(QObject *parent = nullptr);

    void setMinimumSeverity(Severity severity); // Indeterminate = show all
    void setTypes(const QSet<ThreatType> &types); // empty = all
    void setBackend(const QString &backend);      // empty = all
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Severity m_minimumSeverity = Severity::Indeterminate;
    QSet<QString> m_types;
    QString m_backend;
    QString m_text;
};

} // namespace warden
