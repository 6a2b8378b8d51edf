#pragma once

#include "audit/BackendAuditSync.h"
#include "domain/AuditEntry.h"
#include "security/AuditChain.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSortFilterProxyModel>

#include <optional>

namespace warden {

// One audit chain as the audit page shows it: the entries, their verification, and for a backend's chain the
// signed head and key state.
struct AuditChainSnapshot {
    QString key;    // "backend:<name>" or "console:<name>"
    QString source; // backend name
    bool backendChain = false;
    QList<AuditEntry> entries;
    AuditChain::Verification verification;
    std::optional<AuditHead> head;
    QByteArray publicKey;   // pinned key (backend chain)
    QByteArray offeredKey;  // a different key the backend announces now
    bool headVerified = false;
    QString headProblem;
    QString fetchError;

    static AuditChainSnapshot fromBackend(const BackendAuditState &state);
};

// The rows of one audit chain, oldest first, each marked verified (✓) or not (✗): every entry from the first broken
// one on is unverified, because nothing after a broken link can be trusted.
class AuditEntryModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditEntryModel)

public:
    enum Column { VerifiedColumn, IndexColumn, TimeColumn, ActorColumn, ActionColumn, TargetColumn, DetailsColumn,
                  ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, VerifiedRole, IndexRole };

    explicit AuditEntryModel(QObject *parent = nullptr);

    void setChain(const QList<AuditEntry> &entries, const AuditChain::Verification &verification);
    const QList<AuditEntry> &entries() const { return m_entries; }
    const AuditChain::Verification &verification() const { return m_verification; }
    bool isVerified(int row) const;
    const AuditEntry *entryFromIndex(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
    AuditChain::Verification m_verification;
};

// Filters an AuditEntryModel by operator (actor), action, device (target) — case-insensitive substrings — and a time
// window. Sorts on raw values.
class AuditFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditFilterModel)

public:
    explicit AuditFilterModel(QObject *parent = nullptr);

    void setActor(const QString &text);
    void setAction(const QString &text);
    void setTarget(const QString &text);
    // Invalid times mean open-ended.
    void setTimeRange(const QDateTime &from, const QDateTime &to);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_actor;
    QString m_action;
    QString m_target;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace warden
