#pragma once

#include "domain/DeviceCredential.h"
#include "inventory/CredentialFilter.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace warden {

// Device credentials of every connected backend as a table, through a CredentialFilter (expiring within N days,
// expired, weak methods, default credentials, waiting for a visit, revoked, text). Rows sort soonest expiry first,
// so what needs attention is on top. Expired and soon-expiring certificates, weak methods and default credentials
// are marked in colour and in words. Not responsible for acting on a credential.
class CredentialModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialModel)
public:
    enum Column {
        DeviceColumn,
        SerialColumn,
        MethodColumn,
        StateColumn,
        ExpiresColumn,
        RotatedColumn,
        IssuerColumn,
        NotesColumn, // default credentials, rotates only on site, why it waits
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole, BackendRole, DeviceIdRole };

    struct Row {
        QString backend;
        DeviceCredential credential;
    };

    explicit CredentialModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCredentials(const QString &backend, const QList<DeviceCredential> &credentials);
    void setFilter(const CredentialFilter &filter);
    const CredentialFilter &filter() const { return m_filter; }
    // The time expiries are measured from; invalid = the system clock when the rows are built.
    void setNow(const QDateTime &now);
    QDateTime now() const;

    const Row &rowAt(int row) const { return m_rows.at(m_visible.at(row)); }
    int rowOfDevice(const QString &backend, const QString &deviceId) const;
    // Counts of every view over all rows (the filter's text and view ignored), for the view selector.
    CredentialCounts counts() const { return m_counts; }

private:
    void rebuild();

    QList<Row> m_rows;
    QList<int> m_visible;
    CredentialFilter m_filter;
    QDateTime m_now;
    CredentialCounts m_counts;
};

} // namespace warden
