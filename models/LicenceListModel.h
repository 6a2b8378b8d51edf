#pragma once

#include "domain/Licence.h"

#include <QAbstractTableModel>
#include <QHash>

namespace warden {

// What the licence views need to know about the device behind a licence.
struct LicenceDevice {
    QString name;
    QString deviceClass;
    int riskScore = 0;
    bool safetyCritical = false;
};

// One backend's licences as a table: either the approval queue (state requested, oldest first) or the active
// licences (soonest expiry first). For a request it works out what approving would newly expose: the requested
// scopes that no active licence of the same device grants yet, with sensitive ones (patient data, remote shell)
// flagged. Active licences expiring within ExpiryWarningDays are marked. Not responsible for deciding anything.
class LicenceListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicenceListModel)
public:
    enum class Scope { Pending, Active };
    enum Column {
        DeviceColumn,
        ClassColumn,
        RiskColumn,
        ScopesColumn,   // requested (queue) or granted (active)
        ExposesColumn,  // newly exposed scopes, sensitive first
        RequestedColumn,
        ExpiresColumn,
        DecidedByColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole, BackendRole, LicenceIdRole, SensitiveRole, ExpiringSoonRole };
    static constexpr int ExpiryWarningDays = 7;
    static constexpr int LowRiskBelow = 40;

    struct Row {
        QString backend;
        Licence licence;
        LicenceDevice device;
        QStringList newlyExposed;
    };

    explicit LicenceListModel(Scope scope, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Scope scope() const { return m_scope; }
    // Replaces this backend's licences; the other backends' rows stay. devices: id -> what the views show.
    void setLicences(const QString &backend, const QList<Licence> &licences,
                     const QHash<QString, LicenceDevice> &devices);
    // The time expiry warnings are measured from; invalid = the system clock at the moment of asking.
    void setNow(const QDateTime &now);

    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOfLicence(const QString &backend, const QString &id) const;
    bool isExpiringSoon(int row) const;
    // A request that approving in bulk cannot hurt: low device risk, not safety-critical, nothing sensitive exposed.
    bool isLowRisk(int row) const;

    static bool isSensitiveScope(const QString &scope);

private:
    QDateTime now() const;

    Scope m_scope;
    QList<Row> m_rows;
    QDateTime m_now;
};

} // namespace warden
