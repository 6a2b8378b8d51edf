#pragma once

#include "domain/Incident.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimer>

#include <functional>

namespace warden {

// The incidents of every connected backend, one row per (backend, incident id), in arrival order (the view sorts
// through IncidentFilterModel on RawValueRole). Each backend's incidents are replaced as a whole after every reload
// of its cache, and the model applies the difference precisely: removed rows, one insert for the new ones, one
// dataChanged over the changed range. Ages ("12 min ago") are computed when drawn and refreshed twice a minute.
// Not responsible for reading the cache or acting on incidents (app/IncidentsController).
class IncidentListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentListModel)
public:
    enum Column { SeverityColumn, TitleColumn, StateColumn, AssigneeColumn, DevicesColumn, SiteColumn, AgeColumn,
                  UpdatedColumn, BackendColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, SeverityRole, StateRole, BackendRole, IdRole, OpenRole };

    // One incident as the list shows it; the names are resolved by whoever fills the model.
    struct Row {
        QString backend;
        Incident incident;
        QString siteName;        // empty = use the site id
        QStringList deviceNames; // parallel to incident.deviceIds where known
        QDateTime acknowledged;  // first time it left "new" (from the backend's audit trail), null if unknown
        QDateTime resolved;      // when it was resolved, null if open or unknown
        friend bool operator==(const Row &, const Row &) = default;
    };
    using TimeSource = std::function<QDateTime()>;

    explicit IncidentListModel(QObject *parent = nullptr, TimeSource now = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces every row of `backend` with `rows` (their backend field is set to `backend`).
    void setIncidents(const QString &backend, QList<Row> rows);
    // Replaces one incident (e.g. the backend's answer to an action) without waiting for the next reload.
    void updateIncident(const QString &backend, const Incident &incident);

    const Row &rowAt(int row) const { return m_rows.at(row); }
    const QList<Row> &rows() const { return m_rows; }
    int rowOf(const QString &backend, const QString &id) const;
    QModelIndex indexOf(const QString &backend, const QString &id, int column = 0) const;

    // The device column's text: the first device's name (or id) and how many more.
    static QString devicesText(const Row &row);
    // "just now", "12 min ago", "3 h ago", "2 d ago".
    static QString ageText(qint64 seconds);

signals:
    // Emitted after every change of the rows (for summaries such as the dashboard's).
    void incidentsChanged();

private:
    static QString keyOf(const QString &backend, const QString &id) { return backend + QChar(u'\x1f') + id; }
    void rebuildIndex();

    QList<Row> m_rows;
    QHash<QString, int> m_index;
    TimeSource m_now;
    QTimer m_ageTimer;
};

QString incidentStateLabel(IncidentState state);

} // namespace warden
