#pragma once

#include "domain/Enums.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace warden {

// The quarantined devices of every backend: level, since when, by whom (an operator or a rule) and why, as far as
// the backend's audit trail and approvals tell. Rows come from the devices whose quarantine is not none, so the
// table always agrees with the register. Not responsible for finding the provenance (the feeder does).
class QuarantineListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuarantineListModel)
public:
    enum Column { DeviceColumn, ClassColumn, LevelColumn, SinceColumn, ByColumn, ReasonColumn, ExpiresColumn,
                  ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, BackendRole, DeviceIdRole, SafetyCriticalRole };

    struct Row {
        QString backend;
        QString deviceId;
        QString deviceName;
        QString deviceClass;
        bool safetyCritical = false;
        QuarantineLevel level = QuarantineLevel::Isolate;
        QDateTime since;   // invalid = not known (e.g. quarantined before the console's audit window)
        QString actor;     // operator name or "rule:<id>"
        QString approvedBy; // second operator for four-eyes quarantines
        QString reason;
        QDateTime expires; // invalid = until released
    };

    explicit QuarantineListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces this backend's rows (most recent first); other backends stay.
    void setDevices(const QString &backend, QList<Row> rows);
    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOfDevice(const QString &backend, const QString &deviceId) const;

    static QString levelText(QuarantineLevel level);

private:
    QList<Row> m_rows;
};

} // namespace warden
