#include "CredentialModel.h"

#include "SeverityPalette.h"

#include <QBrush>
#include <QLocale>

namespace warden {

namespace {

QString methodLabel(CredentialMethod method)
{
    switch (method) {
    case CredentialMethod::X509: return CredentialModel::tr("X.509 certificate");
    case CredentialMethod::Psk: return CredentialModel::tr("Pre-shared key");
    case CredentialMethod::Password: return CredentialModel::tr("Password (weak)");
    }
    return {};
}

QString stateLabel(CredentialState state)
{
    switch (state) {
    case CredentialState::Active: return CredentialModel::tr("Active");
    case CredentialState::NeedsPhysicalService: return CredentialModel::tr("Needs a visit");
    case CredentialState::Revoked: return CredentialModel::tr("Revoked");
    }
    return {};
}

} // namespace

CredentialModel::CredentialModel(QObject *parent) : QAbstractTableModel(parent) {}

int CredentialModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int CredentialModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime CredentialModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QVariant CredentialModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_visible.size()))
        return {};
    const Row &row = rowAt(index.row());
    const DeviceCredential &c = row.credential;
    const QDateTime current = now();
    const bool expired = c.isExpiredAt(current);
    const bool expiring = c.expiresWithin(current, m_filter.days);
    switch (role) {
    case BackendRole: return row.backend;
    case DeviceIdRole: return c.deviceId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case DeviceColumn: return c.deviceId;
        case SerialColumn: return c.serial;
        case MethodColumn: return methodLabel(c.method);
        case StateColumn: return stateLabel(c.state);
        case ExpiresColumn: {
            if (!c.expires.isValid())
                return tr("does not expire");
            const qint64 days = current.daysTo(c.expires);
            const QString date = QLocale().toString(c.expires.toLocalTime().date(), QLocale::ShortFormat);
            if (expired)
                return tr("%1 · expired %n day(s) ago", nullptr, int(-days)).arg(date);
            return tr("%1 · in %n day(s)", nullptr, int(days)).arg(date);
        }
        case RotatedColumn:
            return c.lastRotated.isValid() ? QLocale().toString(c.lastRotated.toLocalTime().date(), QLocale::ShortFormat)
                                           : QString();
        case IssuerColumn: return c.issuer;
        case NotesColumn: {
            QStringList notes;
            if (c.defaultCredentials)
                notes.append(tr("default credentials in use"));
            if (!c.rotatesOnline)
                notes.append(tr("rotates on site only"));
            if (!c.reason.isEmpty())
                notes.append(c.reason);
            return notes.join(QStringLiteral(" · "));
        }
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case DeviceColumn: return c.deviceId;
        case SerialColumn: return c.serial;
        case MethodColumn: return int(c.method);
        case StateColumn: return int(c.state);
        case ExpiresColumn: return c.expires;
        case RotatedColumn: return c.lastRotated;
        case IssuerColumn: return c.issuer;
        case NotesColumn: return c.defaultCredentials;
        }
        return {};
    case Qt::ForegroundRole:
        if (c.state == CredentialState::Revoked)
            return QBrush(Palette::offline());
        if (index.column() == ExpiresColumn && expired)
            return QBrush(Palette::severity(Severity::Critical));
        if (index.column() == ExpiresColumn && expiring)
            return QBrush(Palette::severity(Severity::Major));
        if (index.column() == MethodColumn && c.isWeak())
            return QBrush(Palette::severity(Severity::Major));
        if (index.column() == NotesColumn && c.defaultCredentials)
            return QBrush(Palette::severity(Severity::Critical));
        if (index.column() == StateColumn && c.state == CredentialState::NeedsPhysicalService)
            return QBrush(Palette::severity(Severity::Warning));
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{tr("Fingerprint (SHA-256): %1").arg(c.fingerprint)};
        if (!c.subject.isEmpty())
            lines.append(tr("Subject: %1").arg(c.subject));
        if (!c.certificateSerial.isEmpty())
            lines.append(tr("Certificate serial: %1").arg(c.certificateSerial));
        return lines.join(u'\n');
    }
    default: return {};
    }
}

QVariant CredentialModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeviceColumn: return tr("Device");
    case SerialColumn: return tr("Serial");
    case MethodColumn: return tr("Method");
    case StateColumn: return tr("State");
    case ExpiresColumn: return tr("Expires");
    case RotatedColumn: return tr("Last rotated");
    case IssuerColumn: return tr("Issuer");
    case NotesColumn: return tr("Notes");
    }
    return {};
}

void CredentialModel::setCredentials(const QString &backend, const QList<DeviceCredential> &credentials)
{
    beginResetModel();
    m_rows.removeIf([&backend](const Row &row) { return row.backend == backend; });
    m_rows.reserve(m_rows.size() + credentials.size());
    for (const DeviceCredential &credential : credentials)
        m_rows.append(Row{backend, credential});
    // Soonest expiry first; credentials that never expire after those that do.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        const QDateTime &ea = a.credential.expires;
        const QDateTime &eb = b.credential.expires;
        if (ea.isValid() != eb.isValid())
            return ea.isValid();
        if (ea != eb)
            return ea < eb;
        return a.credential.deviceId < b.credential.deviceId;
    });
    rebuild();
    endResetModel();
}

void CredentialModel::setFilter(const CredentialFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

void CredentialModel::setNow(const QDateTime &now)
{
    beginResetModel();
    m_now = now;
    rebuild();
    endResetModel();
}

void CredentialModel::rebuild()
{
    const QDateTime current = now();
    m_visible.clear();
    QList<DeviceCredential> all;
    all.reserve(m_rows.size());
    for (int i = 0; i < int(m_rows.size()); ++i) {
        all.append(m_rows.at(i).credential);
        if (m_filter.matches(m_rows.at(i).credential, current))
            m_visible.append(i);
    }
    m_counts = CredentialCounts::of(all, current, m_filter.days);
}

int CredentialModel::rowOfDevice(const QString &backend, const QString &deviceId) const
{
    for (int row = 0; row < int(m_visible.size()); ++row) {
        const Row &r = rowAt(row);
        if (r.backend == backend && r.credential.deviceId == deviceId)
            return row;
    }
    return -1;
}

} // namespace warden
