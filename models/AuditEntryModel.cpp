#include "AuditEntryModel.h"

#include "SeverityPalette.h"

#include <QJsonDocument>
#include <QLocale>

namespace warden {

AuditChainSnapshot AuditChainSnapshot::fromBackend(const BackendAuditState &state)
{
    AuditChainSnapshot snapshot;
    snapshot.key = QStringLiteral("backend:") + state.backend;
    snapshot.source = state.backend;
    snapshot.backendChain = true;
    snapshot.entries = state.chain.entries;
    snapshot.verification = state.chain.verification;
    snapshot.head = state.head;
    snapshot.publicKey = state.pinnedKey;
    snapshot.offeredKey = state.offeredKey;
    snapshot.headVerified = state.headVerified;
    snapshot.headProblem = state.headProblem;
    snapshot.fetchError = state.fetchError;
    return snapshot;
}

AuditEntryModel::AuditEntryModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditEntryModel::setChain(const QList<AuditEntry> &entries, const AuditChain::Verification &verification)
{
    beginResetModel();
    m_entries = entries;
    m_verification = verification;
    endResetModel();
}

bool AuditEntryModel::isVerified(int row) const
{
    return m_verification.intact || row < m_verification.firstBrokenIndex;
}

const AuditEntry *AuditEntryModel::entryFromIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_entries.size())
        return nullptr;
    return &m_entries.at(index.row());
}

int AuditEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEntryModel::data(const QModelIndex &index, int role) const
{
    const AuditEntry *entry = entryFromIndex(index);
    if (!entry)
        return {};
    const bool verified = isVerified(index.row());
    switch (role) {
    case VerifiedRole:
        return verified;
    case IndexRole:
        return entry->index;
    case Qt::DisplayRole:
        switch (index.column()) {
        case VerifiedColumn:
            return verified ? QStringLiteral("\u2713") : QStringLiteral("\u2717");
        case IndexColumn:
            return QLocale().toString(entry->index);
        case TimeColumn:
            return entry->time.isValid()
                ? QLocale().toString(entry->time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                : QString();
        case ActorColumn:
            return entry->actor;
        case ActionColumn:
            return entry->action;
        case TargetColumn:
            return entry->target;
        case DetailsColumn:
            return entry->details.isEmpty()
                ? QString()
                : QString::fromUtf8(QJsonDocument(entry->details).toJson(QJsonDocument::Compact));
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case VerifiedColumn:
            return verified;
        case IndexColumn:
            return entry->index;
        case TimeColumn:
            return entry->time;
        case ActorColumn:
            return entry->actor;
        case ActionColumn:
            return entry->action;
        case TargetColumn:
            return entry->target;
        case DetailsColumn:
            return entry->details;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == VerifiedColumn)
            return verified ? Palette::healthy() : Palette::severity(Severity::Critical);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == VerifiedColumn)
            return int(Qt::AlignCenter);
        if (index.column() == IndexColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == VerifiedColumn) {
            if (verified)
                return tr("Entry %1 matches its hash and links to the entry before it.").arg(entry->index);
            if (index.row() == m_verification.firstBrokenIndex)
                return m_verification.reason;
            return tr("Not verified: the chain is broken at an earlier entry.");
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == VerifiedColumn)
            return verified ? tr("verified") : tr("not verified");
        return {};
    }
    return {};
}

QVariant AuditEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VerifiedColumn:
        return tr("Verified");
    case IndexColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Operator");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

AuditFilterModel::AuditFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AuditEntryModel::RawValueRole);
}

void AuditFilterModel::setActor(const QString &text)
{
    m_actor = text.trimmed();
    invalidateFilter();
}

void AuditFilterModel::setAction(const QString &text)
{
    m_action = text.trimmed();
    invalidateFilter();
}

void AuditFilterModel::setTarget(const QString &text)
{
    m_target = text.trimmed();
    invalidateFilter();
}

void AuditFilterModel::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool AuditFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const AuditEntryModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const AuditEntry *entry = model->entryFromIndex(model->index(sourceRow, 0));
    if (!entry)
        return false;
    if (!m_actor.isEmpty() && !entry->actor.contains(m_actor, Qt::CaseInsensitive))
        return false;
    if (!m_action.isEmpty() && !entry->action.contains(m_action, Qt::CaseInsensitive))
        return false;
    if (!m_target.isEmpty() && !entry->target.contains(m_target, Qt::CaseInsensitive))
        return false;
    if (m_from.isValid() && entry->time < m_from)
        return false;
    if (m_to.isValid() && entry->time > m_to)
        return false;
    return true;
}

} // namespace warden
