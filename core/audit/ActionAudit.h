#pragma once

#include "domain/AuditEntry.h"
#include "fleet/FleetActionRecorder.h"
#include "security/AuditChain.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace warden {

class CacheWriter;

// The console's own audit chain in one backend's cache file: every operator action the console sends, and later
// its result, becomes a hash-chained AuditEntry (AuditChain::append) stored with CacheStore::appendLocalAudit.
// The chain is read and verified when the object is created, and each append is checked against the stored entry
// it links to, so a chain edited behind the console's back is reported (chainBroken) instead of silently extended.
// Entries are computed on the caller's thread (record() returns the index at once) and written on the cache
// writer's thread. As a FleetActionRecorder it is installed on its backend's FleetApiClient (AuditController), so
// every action any page sends is recorded there with its result, without the page doing anything.
// Not responsible for the backend's chain (BackendAuditSync) or for showing anything.
class ActionAudit final : public FleetActionRecorder {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionAudit)

public:
    using TimeSource = std::function<QDateTime()>;

    // Starts reading and verifying the stored chain on the writer's thread; loaded() reports the outcome.
    explicit ActionAudit(CacheWriter *writer, QObject *parent = nullptr, TimeSource now = {});
    ~ActionAudit() override;

    // Appends "actor did action to target" and returns the new entry's index (> 0), or -1 when the chain cannot be
    // written (its file did not open). Only if called before the stored chain was read does this wait for that read.
    qint64 record(const QString &actor, const QString &action, const QString &target,
                  const QJsonObject &details = {});
    // Appends the outcome of the action recorded as requestIndex: action "<action>.result", same actor and target,
    // details {"request": requestIndex, "outcome": outcome, "message": message}. Outcome is e.g. "succeeded",
    // "pending_approval", "failed". Returns -1 and records nothing when that request was answered already.
    qint64 recordResult(qint64 requestIndex, const QString &outcome, const QString &message = {});

    // FleetActionRecorder: record() and recordResult() for the API client's requests. A request that a caller has
    // just record()ed by hand (same actor, action and target, no result yet, within ClaimWindowMs) is not recorded
    // again: the hook takes over that entry, and whichever result comes first is the one recorded.
    qint64 actionSent(const FleetAction &action) override;
    void actionAnswered(qint64 handle, const QString &outcome, const QString &message) override;

    // Runs send (which calls the API client) and returns the index of the entry this audit's hook recorded for the
    // request it sent, or -1 when none was recorded (audit null, nothing sent, or the chain cannot be written).
    // The client records a request before send returns, so callers learn their entry without recording by hand.
    static qint64 requestEntry(ActionAudit *audit, const std::function<void()> &send);

    bool isLoaded() const;
    // The verification of the chain as last read or appended to (intact until shown otherwise).
    AuditChain::Verification verification() const;

signals:
    void loaded(const warden::AuditChain::Verification &verification, qint64 entries);
    void appended(qint64 index);
    void appendFailed(qint64 index, const QString &message);
    void chainBroken(const warden::AuditChain::Verification &verification);

private:
    static constexpr qint64 ClaimWindowMs = 10'000;
    struct Request {
        QString actor;
        QString action;
        QString target;
        QDateTime time;
        bool byHand = true;   // recorded with record(), not by the API client's hook
        bool claimed = false; // the hook took it over
    };
    struct Shared; // the chain's tail, shared with jobs on the writer's thread
    void write(const AuditEntry &entry);

    CacheWriter *m_writer;
    TimeSource m_now;
    std::shared_ptr<Shared> m_shared;
    QHash<qint64, Request> m_requests; // recorded actions awaiting their result
    qint64 m_lastSent = 0;             // the entry of the newest request the hook recorded
};

} // namespace warden
