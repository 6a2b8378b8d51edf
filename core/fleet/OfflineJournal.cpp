#include "fleet/OfflineJournal.h"

#include "cache/CacheWriter.h"
#include "domain/JsonReader.h"
#include "fleet/FleetApiClient.h"
#include "fleet/StoreQuery.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace warden {

const QString OfflineJournal::NoteKind = u"incident.note"_s;

namespace {

struct KindSpec {
    const char *kind;
    const char *idField;
    QList<const char *> requiredText; // further required non-empty string fields
};

const QList<KindSpec> &kindSpecs()
{
    static const QList<KindSpec> specs{
        {"device.quarantine", "device_id", {"level", "reason"}},
        {"device.release", "device_id", {"reason"}},
        {"device.disable", "device_id", {"reason"}},
        {"device.enable", "device_id", {"reason"}},
        {"device.patch", "device_id", {}},
        {"incident.acknowledge", "incident_id", {}},
        {"incident.assign", "incident_id", {"assignee"}},
        {"incident.state", "incident_id", {"state"}},
        {"incident.note", "incident_id", {"text", "written_at"}},
        {"licence.approve", "licence_id", {}},
        {"licence.deny", "licence_id", {"reason"}},
        {"licence.revoke", "licence_id", {"reason"}},
        {"campaign.pause", "campaign_id", {}},
        {"campaign.resume", "campaign_id", {}},
        {"campaign.abort", "campaign_id", {}},
        {"campaign.retry", "campaign_id", {}},
        {"approval.approve", "approval_id", {}},
        {"approval.deny", "approval_id", {"reason"}},
        {"work_order.complete", "device_id", {"firmware_version"}},
        {"admission.accept", "join_request_id", {}},
        {"admission.reject", "join_request_id", {"reason"}},
        {"credential.rotate", "device_id", {"reason"}},
        {"credential.revoke", "device_id", {"reason"}},
        {"credential.serviced", "device_id", {}},
        // Rule payloads are the rule's JSON (rule_id: the rule to replace or delete; a new rule has none yet).
        {"rule.create", "name", {"condition", "action"}},
        {"rule.update", "rule_id", {"name", "condition", "action"}},
        {"rule.delete", "rule_id", {}},
    };
    return specs;
}

const KindSpec *specFor(const QString &kind)
{
    for (const KindSpec &spec : kindSpecs()) {
        if (kind == QLatin1String(spec.kind))
            return &spec;
    }
    return nullptr;
}

QString text(const QJsonObject &payload, const char *key)
{
    return payload.value(QLatin1String(key)).toString();
}

QDateTime time(const QJsonObject &payload, const char *key)
{
    return QDateTime::fromString(text(payload, key), Qt::ISODateWithMs).toUTC();
}

} // namespace

QStringList OfflineJournal::knownKinds()
{
    QStringList kinds;
    for (const KindSpec &spec : kindSpecs())
        kinds.append(QString::fromLatin1(spec.kind));
    return kinds;
}

OfflineJournal::OfflineJournal(CacheWriter *writer, FleetApiClient *client, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_client(client)
{
}

void OfflineJournal::setOnline(bool online)
{
    m_online = online;
}

QString OfflineJournal::validate(const QString &kind, const QJsonObject &payload)
{
    const KindSpec *spec = specFor(kind);
    if (!spec)
        return tr("\"%1\" is not an action the journal knows.").arg(kind);
    const auto needText = [&](const char *key) -> QString {
        const QJsonValue value = payload.value(QLatin1String(key));
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return tr("The action %1 needs the field \"%2\".").arg(kind, QLatin1String(key));
        return {};
    };
    if (QString problem = needText(spec->idField); !problem.isEmpty())
        return problem;
    for (const char *key : spec->requiredText) {
        if (QString problem = needText(key); !problem.isEmpty())
            return problem;
    }
    if (kind == u"device.quarantine"_s) {
        const std::optional<QuarantineLevel> level = enumFromString<QuarantineLevel>(text(payload, "level"));
        if (!level || *level == QuarantineLevel::None)
            return tr("The quarantine level must be isolate, disable or revoke_credentials.");
    }
    if (kind == u"incident.state"_s && !enumFromString<IncidentState>(text(payload, "state")))
        return tr("\"%1\" is not an incident state.").arg(text(payload, "state"));
    if (kind == u"incident.note"_s && !time(payload, "written_at").isValid())
        return tr("The note needs the time it was written.");
    if (kind == u"rule.create"_s || kind == u"rule.update"_s) {
        QJsonObject json = payload;
        json.insert(u"id"_s, kind == u"rule.update"_s ? text(payload, "rule_id") : u"new"_s);
        if (Result<Rule> rule = Rule::fromJson(json); !rule)
            return rule.errorMessage();
    }
    if (kind == u"licence.approve"_s) {
        const QJsonValue scopes = payload.value(u"scopes"_s);
        if (!scopes.isArray() || scopes.toArray().isEmpty())
            return tr("Approving a licence needs at least one scope.");
    }
    return {};
}

void OfflineJournal::record(const QString &kind, const QJsonObject &payload, QObject *context,
                            std::function<void(Result<qint64>)> done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    const auto answer = [guard, hadContext, done](Result<qint64> result) {
        if (done && (!hadContext || guard))
            done(std::move(result));
    };
    if (const QString problem = validate(kind, payload); !problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [answer, problem] { answer(Result<qint64>::failure(problem)); }, Qt::QueuedConnection);
        return;
    }
    if (!m_writer) {
        QMetaObject::invokeMethod(
            this, [answer] { answer(Result<qint64>::failure(tr("The cache is closed."))); }, Qt::QueuedConnection);
        return;
    }
    PendingAction action;
    action.created = QDateTime::currentDateTimeUtc();
    action.kind = kind;
    action.payload = payload;
    action.state = PendingActionState::PendingConfirmation;
    queryStore<Result<qint64>>(
        m_writer, this,
        [action](CacheStore *store) -> Result<qint64> {
            if (!store)
                return Result<qint64>::failure(tr("The cache could not be opened."));
            return store->addPendingAction(action);
        },
        [this, answer, kind](Result<qint64> id) {
            answer(id);
            refresh();
            if (id && kind == NoteKind && m_online)
                sendNotes();
        });
}

void OfflineJournal::recordNote(const QString &incidentId, const QString &text, const QDateTime &writtenAt,
                                QObject *context, std::function<void(Result<qint64>)> done)
{
    const QDateTime when = writtenAt.isValid() ? writtenAt.toUTC() : QDateTime::currentDateTimeUtc();
    record(NoteKind,
           QJsonObject{
               {u"incident_id"_s, incidentId}, {u"text"_s, text}, {u"written_at"_s, when.toString(Qt::ISODateWithMs)}},
           context, std::move(done));
}

void OfflineJournal::refresh()
{
    if (!m_writer)
        return;
    queryStore<Result<QList<PendingAction>>>(
        m_writer, this,
        [](CacheStore *store) -> Result<QList<PendingAction>> {
            if (!store)
                return Result<QList<PendingAction>>::failure(tr("The cache could not be opened."));
            return store->pendingActions();
        },
        [this](Result<QList<PendingAction>> entries) {
            if (!entries)
                return;
            m_entries = std::move(entries).value();
            emit entriesChanged(m_entries);
        });
}

QList<PendingAction> OfflineJournal::pendingConfirmation() const
{
    QList<PendingAction> pending;
    for (const PendingAction &action : m_entries) {
        if (action.state == PendingActionState::PendingConfirmation && action.kind != NoteKind)
            pending.append(action);
    }
    return pending;
}

void OfflineJournal::confirmAndSend(qint64 id, QObject *context, std::function<void(FleetStatus)> done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto answer = [guard, hadContext, done](FleetStatus status) {
        if (done && (!hadContext || guard))
            done(std::move(status));
    };
    const auto refuse = [this, answer](const QString &message) {
        const FleetError error(FleetError::Kind::Conflict, message, 0, u"journal"_s);
        QMetaObject::invokeMethod(
            this, [answer, error] { answer(FleetStatus(error)); }, Qt::QueuedConnection);
    };
    if (!m_online || !m_client->isLoggedIn()) {
        refuse(tr("The backend is not connected; the action stays in the journal."));
        return;
    }
    if (!m_writer) {
        refuse(tr("The cache is closed."));
        return;
    }
    // Read the entry from the store, not from the possibly stale list, so a confirmation cannot send twice.
    queryStore<Result<QList<PendingAction>>>(
        m_writer, this,
        [](CacheStore *store) -> Result<QList<PendingAction>> {
            if (!store)
                return Result<QList<PendingAction>>::failure(tr("The cache could not be opened."));
            return store->pendingActions();
        },
        [this, id, answer, refuse](Result<QList<PendingAction>> entries) {
            if (!entries) {
                refuse(entries.errorMessage());
                return;
            }
            for (const PendingAction &action : entries.value()) {
                if (action.id != id)
                    continue;
                if (action.state != PendingActionState::PendingConfirmation || m_sending.contains(id)) {
                    refuse(tr("This action was already sent or has failed; it is not sent again."));
                    return;
                }
                send(action, answer);
                return;
            }
            refuse(tr("There is no such action in the journal."));
        });
}

void OfflineJournal::discard(qint64 id, QObject *context, std::function<void(Status)> done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    if (!m_writer || m_sending.contains(id)) {
        const Status refused = Status::failure(tr("The action cannot be discarded now."));
        QMetaObject::invokeMethod(
            this,
            [guard, hadContext, done, refused] {
                if (done && (!hadContext || guard))
                    done(refused);
            },
            Qt::QueuedConnection);
        return;
    }
    queryStore<Status>(
        m_writer, this,
        [id](CacheStore *store) -> Status {
            if (!store)
                return Status::failure(tr("The cache could not be opened."));
            return store->removePendingAction(id);
        },
        [this, guard, hadContext, done](Status status) {
            if (done && (!hadContext || guard))
                done(status);
            refresh();
        });
}

void OfflineJournal::sendNotes()
{
    if (!m_online || !m_writer || !m_client->isLoggedIn())
        return;
    queryStore<Result<QList<PendingAction>>>(
        m_writer, this,
        [](CacheStore *store) -> Result<QList<PendingAction>> {
            if (!store)
                return Result<QList<PendingAction>>::failure(tr("The cache could not be opened."));
            return store->pendingActions();
        },
        [this](Result<QList<PendingAction>> entries) {
            if (!entries)
                return;
            for (const PendingAction &action : entries.value()) {
                if (action.kind == NoteKind && action.state == PendingActionState::PendingConfirmation &&
                    !m_sending.contains(action.id))
                    send(action, {});
            }
        });
}

void OfflineJournal::send(const PendingAction &action, std::function<void(FleetStatus)> done)
{
    m_sending.insert(action.id);
    const qint64 id = action.id;
    const QJsonObject &p = action.payload;
    const QString kind = action.kind;
    QPointer<CacheWriter> writer = m_writer;

    // Every answer carries the object as the backend now has it: store it, then record the outcome.
    const auto stored = [this, id, done, writer]<typename T>(std::function<void(CacheBatch &, T)> put) {
        return [this, id, done, writer, put](FleetResult<T> result) {
            if (result && writer) {
                CacheBatch batch;
                put(batch, std::move(result).value());
                writer->submit(std::move(batch));
            }
            finishSend(id, result ? FleetStatus(std::monostate{}) : FleetStatus(result.error()), done);
        };
    };
    const auto device = stored.operator()<Device>([](CacheBatch &b, Device d) { b.devices.append(std::move(d)); });
    const auto incident =
        stored.operator()<Incident>([](CacheBatch &b, Incident i) { b.incidents.append(std::move(i)); });
    const auto licence = stored.operator()<Licence>([](CacheBatch &b, Licence l) { b.licences.append(std::move(l)); });
    const auto campaign =
        stored.operator()<Campaign>([](CacheBatch &b, Campaign c) { b.campaigns.append(std::move(c)); });
    const auto approval =
        stored.operator()<Approval>([](CacheBatch &b, Approval a) { b.approvals.append(std::move(a)); });

    const QString deviceId = text(p, "device_id");
    if (kind == u"device.quarantine"_s) {
        const QuarantineLevel level =
            enumFromString<QuarantineLevel>(text(p, "level")).value_or(QuarantineLevel::Isolate);
        m_client->quarantineDevice(deviceId, level, text(p, "reason"), time(p, "expires"), this,
                                   stored.operator()<QuarantineOutcome>([](CacheBatch &b, QuarantineOutcome o) {
                                       if (o.device)
                                           b.devices.append(std::move(*o.device));
                                       if (o.approval)
                                           b.approvals.append(std::move(*o.approval));
                                   }));
    } else if (kind == u"device.release"_s) {
        m_client->releaseDevice(deviceId, text(p, "reason"), this, device);
    } else if (kind == u"device.disable"_s) {
        m_client->disableDevice(deviceId, text(p, "reason"), this, device);
    } else if (kind == u"device.enable"_s) {
        m_client->enableDevice(deviceId, text(p, "reason"), this, device);
    } else if (kind == u"device.patch"_s) {
        DevicePatch patch;
        if (p.contains(u"name"_s))
            patch.name = text(p, "name");
        if (p.contains(u"location"_s))
            patch.location = text(p, "location");
        if (p.contains(u"notes"_s))
            patch.notes = text(p, "notes");
        if (p.contains(u"owner_ref"_s))
            patch.ownerRef = text(p, "owner_ref");
        m_client->patchDevice(deviceId, patch, this, device);
    } else if (kind == u"incident.acknowledge"_s) {
        m_client->acknowledgeIncident(text(p, "incident_id"), this, incident);
    } else if (kind == u"incident.assign"_s) {
        m_client->assignIncident(text(p, "incident_id"), text(p, "assignee"), this, incident);
    } else if (kind == u"incident.state"_s) {
        const IncidentState state = enumFromString<IncidentState>(text(p, "state")).value_or(IncidentState::New);
        m_client->setIncidentState(text(p, "incident_id"), state, text(p, "note"), this, incident);
    } else if (kind == NoteKind) {
        m_client->addIncidentNote(text(p, "incident_id"), text(p, "text"), time(p, "written_at"), this, incident);
    } else if (kind == u"licence.approve"_s) {
        QStringList scopes;
        const QJsonArray array = p.value(u"scopes"_s).toArray();
        for (const QJsonValue &scope : array)
            scopes.append(scope.toString());
        m_client->approveLicence(text(p, "licence_id"), scopes, time(p, "expires"), this, licence);
    } else if (kind == u"licence.deny"_s) {
        m_client->denyLicence(text(p, "licence_id"), text(p, "reason"), this, licence);
    } else if (kind == u"licence.revoke"_s) {
        m_client->revokeLicence(text(p, "licence_id"), text(p, "reason"), this, licence);
    } else if (kind.startsWith(u"campaign."_s)) {
        const QString verb = kind.mid(9);
        const CampaignAction campaignAction = verb == u"pause"_s    ? CampaignAction::Pause
                                              : verb == u"resume"_s ? CampaignAction::Resume
                                              : verb == u"abort"_s  ? CampaignAction::Abort
                                                                    : CampaignAction::Retry;
        m_client->campaignAction(text(p, "campaign_id"), campaignAction, this, campaign);
    } else if (kind == u"approval.approve"_s) {
        m_client->approveApproval(text(p, "approval_id"), text(p, "reason"), this, approval);
    } else if (kind == u"approval.deny"_s) {
        m_client->denyApproval(text(p, "approval_id"), text(p, "reason"), this, approval);
    } else if (kind == u"work_order.complete"_s) {
        m_client->completeWorkOrder(deviceId, text(p, "firmware_version"), this, device);
    } else if (kind == u"admission.accept"_s || kind == u"admission.reject"_s) {
        const auto request = stored.operator()<JoinRequest>(
            [](CacheBatch &b, JoinRequest r) { b.joinRequests.append(std::move(r)); });
        const QString requestId = text(p, "join_request_id");
        if (kind == u"admission.accept"_s) {
            QStringList scopes;
            const QJsonArray array = p.value(u"licence_scopes"_s).toArray();
            for (const QJsonValue &scope : array)
                scopes.append(scope.toString());
            m_client->acceptJoinRequest(requestId, scopes, this, request);
        } else {
            m_client->rejectJoinRequest(requestId, text(p, "reason"), this, request);
        }
    } else if (kind == u"credential.rotate"_s) {
        // Several devices rotate in one request: device_ids holds them all, device_id the first (for the list).
        QStringList deviceIds;
        const QJsonArray array = p.value(u"device_ids"_s).toArray();
        for (const QJsonValue &rotated : array)
            deviceIds.append(rotated.toString());
        if (deviceIds.isEmpty())
            deviceIds.append(deviceId);
        m_client->rotateCredentials(deviceIds, text(p, "reason"), this,
                                    stored.operator()<QList<CredentialRotation>>(
                                        [](CacheBatch &b, const QList<CredentialRotation> &rotations) {
                                            for (const CredentialRotation &rotation : rotations) {
                                                if (rotation.credential)
                                                    b.credentials.append(*rotation.credential);
                                            }
                                        }));
    } else if (kind == u"credential.revoke"_s || kind == u"credential.serviced"_s) {
        const auto credential = stored.operator()<DeviceCredential>(
            [](CacheBatch &b, DeviceCredential c) { b.credentials.append(std::move(c)); });
        if (kind == u"credential.revoke"_s)
            m_client->revokeCredential(deviceId, text(p, "reason"), this, credential);
        else
            m_client->credentialServiced(deviceId, this, credential);
    } else if (kind == u"rule.create"_s || kind == u"rule.update"_s) {
        QJsonObject json = p;
        json.insert(u"id"_s, kind == u"rule.update"_s ? text(p, "rule_id") : u"new"_s);
        Result<Rule> parsed = Rule::fromJson(json); // validated when recorded
        const Rule rule = parsed ? std::move(parsed).value() : Rule{};
        const auto ruleStored = stored.operator()<Rule>([](CacheBatch &b, Rule r) { b.rules.append(std::move(r)); });
        if (kind == u"rule.update"_s)
            m_client->updateRule(rule, this, ruleStored);
        else
            m_client->createRule(rule, this, ruleStored);
    } else if (kind == u"rule.delete"_s) {
        const QString ruleId = text(p, "rule_id");
        m_client->deleteRule(ruleId, this,
                             stored.operator()<std::monostate>(
                                 [ruleId](CacheBatch &b, std::monostate) { b.deletedRuleIds.append(ruleId); }));
    } else {
        finishSend(id,
                   FleetStatus(FleetError(FleetError::Kind::BadRequest,
                                          tr("\"%1\" is not an action the journal knows.").arg(kind), 0, u"journal"_s)),
                   done);
    }
}

void OfflineJournal::finishSend(qint64 id, const FleetStatus &status, std::function<void(FleetStatus)> done)
{
    m_sending.remove(id);
    // A network failure leaves the action waiting (the operator may confirm it again later); a refusal by the
    // backend is final and recorded with its reason.
    const bool keep = !status.ok() && (status.error().isTransient() || status.error().needsLogin());
    if (m_writer && !keep) {
        const PendingActionState state = status.ok() ? PendingActionState::Sent : PendingActionState::Failed;
        const QString message = status.ok() ? QString() : status.error().message();
        queryStore<Status>(
            m_writer, this,
            [id, state, message](CacheStore *store) -> Status {
                if (!store)
                    return Status::failure(tr("The cache could not be opened."));
                return store->updatePendingAction(id, state, message);
            },
            [this](Status) { refresh(); });
    }
    if (status.ok())
        emit actionSent(id);
    else
        emit actionFailed(id, status.error());
    if (done)
        done(status);
}

} // namespace warden
