#include "LicenceListModel.h"

#include "SeverityPalette.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace warden {

namespace {

QString dateText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QStringList sensitiveFirst(QStringList scopes)
{
    std::stable_sort(scopes.begin(), scopes.end(), [](const QString &a, const QString &b) {
        return LicenceListModel::isSensitiveScope(a) && !LicenceListModel::isSensitiveScope(b);
    });
    return scopes;
}

} // namespace

LicenceListModel::LicenceListModel(Scope scope, QObject *parent) : QAbstractTableModel(parent), m_scope(scope) {}

int LicenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LicenceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool LicenceListModel::isSensitiveScope(const QString &scope)
{
    // Scopes that reach personal health data or give an interactive foothold on the device.
    return scope == u"patient-data" || scope == u"remote-shell" || scope.startsWith(u"patient-data:")
           || scope.startsWith(u"remote-shell:");
}

QDateTime LicenceListModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void LicenceListModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::BackgroundRole, Qt::ToolTipRole, Qt::FontRole, ExpiringSoonRole});
}

bool LicenceListModel::isExpiringSoon(int row) const
{
    const Licence &licence = m_rows.at(row).licence;
    return licence.state == LicenceState::Active && licence.expires.isValid()
           && licence.expires <= now().addDays(ExpiryWarningDays);
}

bool LicenceListModel::isLowRisk(int row) const
{
    const Row &r = m_rows.at(row);
    return r.device.riskScore < LowRiskBelow && !r.device.safetyCritical
           && std::none_of(r.newlyExposed.cbegin(), r.newlyExposed.cend(), &LicenceListModel::isSensitiveScope);
}

int LicenceListModel::rowOfLicence(const QString &backend, const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).licence.id == id && m_rows.at(row).backend == backend)
            return row;
    return -1;
}

void LicenceListModel::setLicences(const QString &backend, const QList<Licence> &licences,
                                   const QHash<QString, LicenceDevice> &devices)
{
    QHash<QString, QSet<QString>> granted; // device -> scopes its active licences already grant
    for (const Licence &licence : licences)
        if (licence.state == LicenceState::Active)
            for (const QString &scope : licence.grantedScopes)
                granted[licence.deviceId].insert(scope);

    QList<Row> rows;
    for (const Row &row : std::as_const(m_rows))
        if (row.backend != backend)
            rows.append(row);
    const LicenceState wanted = m_scope == Scope::Pending ? LicenceState::Requested : LicenceState::Active;
    for (const Licence &licence : licences) {
        if (licence.state != wanted)
            continue;
        Row row;
        row.backend = backend;
        row.licence = licence;
        row.device = devices.value(licence.deviceId);
        if (row.device.name.isEmpty())
            row.device.name = licence.deviceId;
        const QSet<QString> already = granted.value(licence.deviceId);
        for (const QString &scope : licence.requestedScopes)
            if (!already.contains(scope))
                row.newlyExposed.append(scope);
        row.newlyExposed = sensitiveFirst(row.newlyExposed);
        rows.append(row);
    }
    if (m_scope == Scope::Pending) {
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.licence.requested < b.licence.requested;
        });
    } else {
        // Soonest expiry first; licences without an expiry last.
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            if (a.licence.expires.isValid() != b.licence.expires.isValid())
                return a.licence.expires.isValid();
            return a.licence.expires < b.licence.expires;
        });
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QVariant LicenceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Licence &licence = row.licence;
    const QStringList &scopes = m_scope == Scope::Pending ? licence.requestedScopes : licence.grantedScopes;
    const bool sensitive = std::any_of(row.newlyExposed.cbegin(), row.newlyExposed.cend(), &isSensitiveScope);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DeviceColumn:
            return row.device.safetyCritical ? tr("%1 (safety-critical)").arg(row.device.name) : row.device.name;
        case ClassColumn:
            return row.device.deviceClass;
        case RiskColumn:
            return row.device.riskScore;
        case ScopesColumn:
            return scopes.join(QStringLiteral(", "));
        case ExposesColumn: {
            if (row.newlyExposed.isEmpty())
                return tr("nothing new");
            QStringList parts;
            for (const QString &scope : row.newlyExposed)
                parts.append(isSensitiveScope(scope) ? tr("%1 (sensitive)").arg(scope) : scope);
            return parts.join(QStringLiteral(", "));
        }
        case RequestedColumn:
            return dateText(licence.requested);
        case ExpiresColumn:
            if (!licence.expires.isValid())
                return tr("no expiry");
            return isExpiringSoon(index.row()) ? tr("%1 (expires soon)").arg(dateText(licence.expires))
                                               : dateText(licence.expires);
        case DecidedByColumn:
            return licence.decidedBy;
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case DeviceColumn:
            return row.device.name;
        case ClassColumn:
            return row.device.deviceClass;
        case RiskColumn:
            return row.device.riskScore;
        case ScopesColumn:
            return scopes;
        case ExposesColumn:
            return row.newlyExposed;
        case RequestedColumn:
            return licence.requested;
        case ExpiresColumn:
            return licence.expires;
        case DecidedByColumn:
            return licence.decidedBy;
        }
        return {};
    case BackendRole:
        return row.backend;
    case LicenceIdRole:
        return licence.id;
    case SensitiveRole:
        return sensitive;
    case ExpiringSoonRole:
        return isExpiringSoon(index.row());
    case Qt::ToolTipRole:
        if (index.column() == ExposesColumn && sensitive)
            return tr("Approving gives this device access to sensitive scopes.");
        if (isExpiringSoon(index.row()))
            return tr("This licence expires within %1 days.").arg(ExpiryWarningDays);
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == ExposesColumn && sensitive) || (index.column() == ExpiresColumn && isExpiringSoon(index.row())))
            return QBrush(Palette::severity(Severity::Major));
        if (index.column() == RiskColumn && row.device.riskScore >= 70)
            return QBrush(Palette::severity(Severity::Critical));
        return {};
    case Qt::BackgroundRole:
        if (isExpiringSoon(index.row())) {
            QColor tint = Palette::severity(Severity::Warning);
            tint.setAlpha(48);
            return QBrush(tint);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == ExposesColumn && sensitive) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RiskColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant LicenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DeviceColumn:
        return tr("Device");
    case ClassColumn:
        return tr("Class");
    case RiskColumn:
        return tr("Risk");
    case ScopesColumn:
        return m_scope == Scope::Pending ? tr("Requested scopes") : tr("Granted scopes");
    case ExposesColumn:
        return tr("Approving would newly expose");
    case RequestedColumn:
        return tr("Requested");
    case ExpiresColumn:
        return tr("Expires");
    case DecidedByColumn:
        return tr("Approved by");
    }
    return {};
}

} // namespace warden
