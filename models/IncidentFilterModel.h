#pragma once

#include "domain/Enums.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace warden {

// Filters and sorts the incident list: by state (open only, one state, or all), exact severity, assignee
// ("unassigned", a name, or anyone), backend and free text (title, id, devices, site). Sorts on the source's
// RawValueRole; ties fall back to the newest opened first so the order never jumps between reloads.
class IncidentFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentFilterModel)
public:
    // Special state filters besides a single IncidentState.
    enum class StateFilter { Open, All, One };

    explicit IncidentFilterModel(QObject *parent = nullptr);

    void setOpenOnly();
    void setAllStates();
    void setState(IncidentState state);
    StateFilter stateFilter() const { return m_stateFilter; }

    void setSeverity(std::optional<Severity> severity); // nullopt = every severity
    std::optional<Severity> severity() const { return m_severity; }
    // nullopt = anyone; empty string = unassigned only; else that assignee.
    void setAssignee(const std::optional<QString> &assignee);
    void setBackend(const QString &backend); // empty = every backend
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    StateFilter m_stateFilter = StateFilter::Open;
    IncidentState m_state = IncidentState::New;
    std::optional<Severity> m_severity;
    std::optional<QString> m_assignee;
    QString m_backend;
    QString m_text;
};

} // namespace warden
