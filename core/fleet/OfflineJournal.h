#pragma once

#include "cache/PendingAction.h"
#include "fleet/FleetError.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

namespace warden {

class CacheWriter;
class FleetApiClient;

// The offline journal of one backend, over the cache's pending_actions table: operator actions attempted while the
// backend was unreachable are recorded as pending_confirmation and sent only when the operator confirms each one
// (confirmAndSend) once the backend is back; nothing destructive is ever sent silently. Incident notes written
// offline are the exception: they change nothing but the record, so they are sent by themselves on reconnect
// (sendNotes) and keep the time they were written (written_at).
//
// Responsible for: the action vocabulary (kind + payload), validating it when recorded, sending each kind through
// FleetApiClient, storing the backend's answer in the cache and the outcome in the journal.
// Not responsible for knowing whether the backend is reachable (BackendSession tells it with setOnline).
class OfflineJournal final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfflineJournal)

public:
    // Kinds and their payload fields (ids by name, e.g. {"device_id": "dev-1", "level": "isolate", "reason": "..."}).
    static const QString NoteKind; // "incident.note" {incident_id, text, written_at}
    static QStringList knownKinds();

    OfflineJournal(CacheWriter *writer, FleetApiClient *client, QObject *parent = nullptr);

    void setOnline(bool online);
    bool isOnline() const { return m_online; }

    // Records an action (state pending_confirmation, created = now). done gets the journal id or why it was refused.
    void record(const QString &kind, const QJsonObject &payload, QObject *context,
                std::function<void(Result<qint64>)> done);
    // Records a note on an incident, written now (or at writtenAt); sent automatically when online.
    void recordNote(const QString &incidentId, const QString &text, const QDateTime &writtenAt, QObject *context,
                    std::function<void(Result<qint64>)> done);

    // Re-reads the journal; entriesChanged() follows.
    void refresh();
    QList<PendingAction> entries() const { return m_entries; }
    QList<PendingAction> pendingConfirmation() const;

    // Sends one pending action now that the operator confirmed it. Refused while offline or if it is not pending.
    void confirmAndSend(qint64 id, QObject *context, std::function<void(FleetStatus)> done);
    // Drops a pending action the operator decided against.
    void discard(qint64 id, QObject *context, std::function<void(Status)> done);
    // Sends every pending note, oldest first (called on reconnect).
    void sendNotes();

    // The payload check used by record(): an empty string when fine, else what is wrong.
    static QString validate(const QString &kind, const QJsonObject &payload);

signals:
    void entriesChanged(const QList<warden::PendingAction> &entries);
    void actionSent(qint64 id);
    void actionFailed(qint64 id, const warden::FleetError &error);

private:
    void send(const PendingAction &action, std::function<void(FleetStatus)> done);
    void finishSend(qint64 id, const FleetStatus &status, std::function<void(FleetStatus)> done);

    QPointer<CacheWriter> m_writer;
    FleetApiClient *m_client;
    bool m_online = false;
    QList<PendingAction> m_entries;
    QSet<qint64> m_sending; // ids in flight, never sent twice at once
};

} // namespace warden
