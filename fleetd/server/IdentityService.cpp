#include "IdentityService.h"

#include "FleetTime.h"
#include "JsonBytesWriter.h"
#include "domain/Licence.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSslCertificate>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcFleetdIdentity, "warden.fleetd.identity")

namespace warden {

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000LL;
constexpr qsizetype SeedBatch = 20000;
constexpr int CertificateDays = 365;
const QString SeededKey = u"identity_seeded"_s;

bool reachable(const Device &device)
{
    return device.status != DeviceStatus::Offline && device.status != DeviceStatus::Disabled
        && device.quarantine == QuarantineLevel::None;
}

} // namespace

IdentityService::IdentityService(FleetContext &context, const GeneratedFleet &fleet, quint64 seed, quint64 runSeed)
    : m_context(context), m_simulator(fleet, seed, runSeed)
{
}

QByteArray IdentityService::credentialJson(const DeviceCredential &credential)
{
    QByteArray out;
    out.reserve(512);
    bool first = true;
    const auto key = [&out, &first](const char *name) {
        out += first ? "{\"" : ",\"";
        out += name;
        out += "\":";
        first = false;
    };
    const auto text = [&](const char *name, const QString &value, bool always) {
        if (!always && value.isEmpty())
            return;
        key(name);
        JsonBytesWriter::appendString(out, value);
    };
    const auto time = [&](const char *name, const QDateTime &value) {
        if (!value.isValid())
            return;
        key(name);
        JsonBytesWriter::appendTimestamp(out, value);
    };
    // Keys in sorted order, as QJsonObject keeps them.
    text("certificate_serial", credential.certificateSerial, false);
    key("default_credentials");
    out += credential.defaultCredentials ? "true" : "false";
    text("device_id", credential.deviceId, true);
    time("expires", credential.expires);
    text("fingerprint", credential.fingerprint, true);
    text("id", credential.id, true);
    time("issued", credential.issued);
    text("issuer", credential.issuer, false);
    time("last_rotated", credential.lastRotated);
    text("method", warden::toString(credential.method), true);
    text("reason", credential.reason, false);
    key("rotates_online");
    out += credential.rotatesOnline ? "true" : "false";
    text("serial", credential.serial, true);
    text("state", warden::toString(credential.state), true);
    text("subject", credential.subject, false);
    out += '}';
    return out;
}

QString IdentityService::toString(RotationOutcome outcome)
{
    switch (outcome) {
    case RotationOutcome::Rotated: return u"rotated"_s;
    case RotationOutcome::NeedsPhysicalService: return u"needs_physical_service"_s;
    case RotationOutcome::Failed: return u"failed"_s;
    }
    return {};
}

// --- start-up -------------------------------------------------------------------------------------------------------

ApiStatus IdentityService::prepare()
{
    // Devices keep their certificates across restarts, so the CA that signed them must be the stored one.
    if (!m_deviceCa)
        return ApiError::internal(tr("The device certificate authority was not loaded."));

    if (m_context.store.meta(SeededKey) != u"1"_s) {
        QElapsedTimer timer;
        timer.start();
        if (ApiStatus s = seed(); !s)
            return s;
        qCInfo(lcFleetdIdentity) << "seeded device credentials in" << timer.elapsed() << "ms";
    }
    Result<QList<QJsonObject>> stored = m_context.store.allObjects(FleetCollection::JoinRequests);
    if (!stored)
        return ApiError::fromStoreError(stored.error());
    for (const QJsonObject &json : std::as_const(*stored)) {
        Result<JoinRequest> request = JoinRequest::fromJson(json);
        if (!request) {
            qCWarning(lcFleetdIdentity) << "skipping unreadable join request" << request.errorMessage();
            continue;
        }
        if (request->state == AdmissionState::Accepted && !request->deviceId.isEmpty())
            m_admitted.insert(request->serial, request->deviceId);
        m_requests.insert(request->id, std::move(request).value());
    }
    // The visits are few; one pass at start keeps GET /work-orders from reading every credential each time. Only
    // rows that mention the state are parsed: a fleet has 100 000 credentials and a handful of visits.
    QString after;
    while (true) {
        Result<StoredPage> page = m_context.store.page(FleetCollection::Credentials, after, -1, int(SeedBatch));
        if (!page)
            return ApiError::fromStoreError(page.error());
        for (const QByteArray &bytes : std::as_const(page->items)) {
            if (!bytes.contains("\"needs_physical_service\""))
                continue;
            const QJsonObject json = QJsonDocument::fromJson(bytes).object();
            if (json.value(u"state"_s).toString() == u"needs_physical_service"_s)
                m_visits.insert(json.value(u"device_id"_s).toString(), json.value(u"reason"_s).toString());
        }
        if (!page->more || page->items.isEmpty())
            break;
        after = page->lastId;
    }
    m_nextJoinMs = m_context.clock.nowMs() + m_simulator.nextGapMs();
    return apiSuccess();
}

std::optional<ApiResult<Device>> IdentityService::completeVisit(const QString &deviceId, const QString &actor)
{
    if (!m_visits.contains(deviceId))
        return std::nullopt;
    ApiResult<DeviceCredential> done = serviced(deviceId, actor);
    if (!done)
        return ApiResult<Device>(done.error());
    std::optional<Device> device = m_context.store.device(deviceId);
    if (!device)
        return ApiResult<Device>(ApiError::notFound(tr("There is no device \"%1\".").arg(deviceId)));
    return ApiResult<Device>(std::move(*device));
}

ApiResult<QJsonArray> IdentityService::workOrders()
{
    QStringList ids = m_visits.keys();
    ids.sort();
    QJsonArray items;
    for (const QString &deviceId : std::as_const(ids)) {
        const std::optional<Device> device = m_context.store.device(deviceId);
        items.append(QJsonObject{{u"kind"_s, u"credential_rotation"_s},
                                 {u"device_id"_s, deviceId},
                                 {u"site_id"_s, device ? device->siteId : QString()},
                                 {u"reason"_s, m_visits.value(deviceId)},
                                 {u"window"_s, QJsonValue(QJsonValue::Null)}});
    }
    return items;
}

ApiStatus IdentityService::seed()
{
    const qint64 nowMs = m_context.clock.nowMs();
    // The generated devices, as the simulation knows them (reading them back from the store would cost more than
    // the seeding itself). Devices registered through the API get their credential when they are admitted.
    const QList<Device> &devices = m_simulator.devices();
    qint64 revision = 0;
    for (qsizetype start = 0; start < devices.size(); start += SeedBatch) {
        Result<FleetStore::WriteScope> scope = m_context.store.write();
        if (!scope)
            return ApiError::fromStoreError(scope.error());
        if (revision == 0)
            revision = m_context.store.nextRevision();
        const qsizetype end = std::min(devices.size(), start + SeedBatch);
        for (qsizetype i = start; i < end; ++i) {
            const DeviceCredential credential = m_simulator.seededCredential(devices.at(i), nowMs);
            if (Status s = m_context.store.putObject(FleetCollection::Credentials, credential.id,
                                                     credentialJson(credential), revision);
                !s)
                return ApiError::fromStoreError(s.error());
        }
        if (Status s = scope.value().commit(); !s)
            return ApiError::fromStoreError(s.error());
    }

    // A few visitors at the door from the start: a new camera (the demo's story admits one), other new devices and
    // two impostors.
    const QList<JoinAttempt> initial{m_simulator.newDevice(u"ip_camera"_s), m_simulator.newDevice(),
                                     m_simulator.newDevice(),
                                     m_simulator.impostorOf(u"dev-000001"_s), m_simulator.newDevice(),
                                     m_simulator.impostorOf(u"dev-000002"_s)};
    for (const JoinAttempt &attempt : initial) {
        if (attempt.serial.isEmpty())
            continue;
        if (ApiResult<JoinRequest> r = receive(attempt); !r)
            return r.error();
    }
    Result<FleetStore::WriteScope> scope = m_context.store.write();
    if (!scope)
        return ApiError::fromStoreError(scope.error());
    if (Status s = m_context.store.setMeta(SeededKey, u"1"_s); !s)
        return ApiError::fromStoreError(s.error());
    if (Status s = scope.value().commit(); !s)
        return ApiError::fromStoreError(s.error());
    return apiSuccess();
}

void IdentityService::restoreSimulation()
{
    if (!m_context.simulation.setQuarantine)
        return;
    QString after;
    while (true) {
        Result<StoredPage> page = m_context.store.page(FleetCollection::Credentials, after, -1, int(SeedBatch));
        if (!page)
            return;
        for (const QByteArray &bytes : std::as_const(page->items)) {
            if (!bytes.contains("\"revoked\""))
                continue;
            const QJsonObject json = QJsonDocument::fromJson(bytes).object();
            if (json.value(u"state"_s).toString() == u"revoked"_s)
                m_context.simulation.setQuarantine(json.value(u"device_id"_s).toString(),
                                                   QuarantineLevel::RevokeCredentials);
        }
        if (!page->more || page->items.isEmpty())
            break;
        after = page->lastId;
    }
}

// --- admission ------------------------------------------------------------------------------------------------------

ApiStatus IdentityService::save(FleetTransaction &transaction, const JoinRequest &request)
{
    return transaction.put(FleetCollection::JoinRequests, request.id, request.toJson());
}

QString IdentityService::admittedDevice(const QString &serial) const
{
    const QString generated = m_simulator.generatedSerials().value(serial);
    return generated.isEmpty() ? m_admitted.value(serial) : generated;
}

const JoinRequest *IdentityService::findRequest(const QString &serial, AdmissionState state,
                                                const QString &fingerprint) const
{
    for (const JoinRequest &request : m_requests) {
        if (request.serial == serial && request.state == state
            && (fingerprint.isEmpty() || request.fingerprint.isEmpty() || request.fingerprint == fingerprint))
            return &request;
    }
    return nullptr;
}

ApiResult<DeviceCredential> IdentityService::credential(FleetStore &store, const QString &deviceId)
{
    const std::optional<QJsonObject> json = store.object(FleetCollection::Credentials, deviceId);
    if (!json)
        return ApiError::notFound(tr("Device \"%1\" has no credential on record.").arg(deviceId));
    Result<DeviceCredential> parsed = DeviceCredential::fromJson(*json);
    if (!parsed)
        return ApiError::internal(u"stored credential %1 unreadable: %2"_s.arg(deviceId, parsed.errorMessage()));
    return std::move(parsed).value();
}

ApiStatus IdentityService::admit(FleetTransaction &transaction, JoinRequest &request, const QStringList &licenceScopes,
                                 const QString &actor)
{
    const QDateTime now = m_context.clock.now();
    Result<QString> deviceId = transaction.store().nextId(u"dev-adm"_s, 4);
    if (!deviceId)
        return ApiError::fromStoreError(deviceId.error());
    Device device;
    device.id = *deviceId;
    device.name = request.serial;
    device.deviceClass = request.deviceClass.isEmpty() ? u"unknown"_s : request.deviceClass;
    device.vendor = request.vendor;
    device.model = request.model;
    device.siteId = request.siteId.isEmpty() ? u"unassigned"_s : request.siteId;
    device.gatewayId = request.gatewayId;
    device.status = DeviceStatus::Online;
    device.lastSeen = request.lastSeen.isValid() ? request.lastSeen : now;
    device.notes = tr("Admitted from join request %1").arg(request.id);
    if (!request.gatewayId.isEmpty()) {
        if (const std::optional<QJsonObject> gateway = transaction.store().object(FleetCollection::Gateways,
                                                                                  request.gatewayId))
            device.segment = gateway->value(u"segment"_s).toString();
    }
    if (ApiStatus s = transaction.putDevice(device); !s)
        return s;

    DeviceCredential credential;
    credential.id = device.id;
    credential.deviceId = device.id;
    credential.serial = request.serial;
    credential.method = CredentialMethod::X509;
    credential.fingerprint = request.fingerprint;
    credential.subject = u"CN=%1"_s.arg(request.serial);
    credential.issuer = u"CN=Warden Fleet Device CA"_s;
    credential.certificateSerial = request.fingerprint.left(16).toUpper();
    credential.issued = now;
    credential.lastRotated = now;
    credential.expires = now.addDays(CertificateDays);
    if (ApiStatus s = transaction.put(FleetCollection::Credentials, credential.id, credential.toJson()); !s)
        return s;

    if (!licenceScopes.isEmpty()) {
        Result<QString> licenceId = transaction.store().nextId(u"lic-adm"_s, 4);
        if (!licenceId)
            return ApiError::fromStoreError(licenceId.error());
        Licence licence;
        licence.id = *licenceId;
        licence.deviceId = device.id;
        licence.requestedScopes = licenceScopes;
        licence.requestedScopes.removeDuplicates();
        licence.state = LicenceState::Requested;
        licence.requested = now;
        if (ApiStatus s = transaction.put(FleetCollection::Licences, licence.id, licence.toJson()); !s)
            return s;
        if (ApiStatus s = transaction.audit(actor, u"licence.request"_s, licence.id,
                                            QJsonObject{{u"device_id"_s, device.id},
                                                        {u"scopes"_s,
                                                         QJsonArray::fromStringList(licence.requestedScopes)}});
            !s)
            return s;
        request.licenceId = licence.id;
    }
    request.state = AdmissionState::Accepted;
    request.deviceId = device.id;
    request.decidedBy = actor;
    request.decided = now;
    return apiSuccess();
}

ApiResult<JoinRequest> IdentityService::accept(const QString &id, const QStringList &licenceScopes,
                                               const QString &actor)
{
    const auto found = m_requests.constFind(id);
    if (found == m_requests.constEnd())
        return ApiError::notFound(tr("There is no join request \"%1\".").arg(id));
    JoinRequest request = *found;
    if (request.isClone()) {
        return ApiError::conflict(tr("Join request %1 claims the identity of %2 with a different key. A clone is never "
                                     "merged into the device it impersonates; reject it.")
                                      .arg(id, request.cloneOf));
    }
    if (request.state != AdmissionState::Pending && request.state != AdmissionState::Rejected)
        return ApiError::conflict(tr("Only a pending or rejected join request can be accepted; %1 is %2.")
                                      .arg(id, warden::toString(request.state)));
    if (const QString existing = admittedDevice(request.serial); !existing.isEmpty())
        return ApiError::conflict(tr("The serial %1 is already admitted as %2.").arg(request.serial, existing));

    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction)
        return transaction.error();
    if (ApiStatus s = admit(*transaction, request, licenceScopes, actor); !s)
        return s.error();
    request.reason.clear();
    if (ApiStatus s = save(*transaction, request); !s)
        return s.error();
    QJsonObject details{{u"serial"_s, request.serial}, {u"device_id"_s, request.deviceId}};
    if (!request.licenceId.isEmpty())
        details.insert(u"licence_id"_s, request.licenceId);
    if (ApiStatus s = transaction->audit(actor, u"admission.accept"_s, id, details); !s)
        return s.error();
    if (ApiStatus s = transaction->commit(); !s)
        return s.error();
    m_admitted.insert(request.serial, request.deviceId);
    m_requests.insert(id, request);
    return request;
}

ApiResult<JoinRequest> IdentityService::reject(const QString &id, const QString &reason, const QString &actor)
{
    const auto found = m_requests.constFind(id);
    if (found == m_requests.constEnd())
        return ApiError::notFound(tr("There is no join request \"%1\".").arg(id));
    JoinRequest request = *found;
    if (request.state != AdmissionState::Pending && request.state != AdmissionState::Preauthorized)
        return ApiError::conflict(tr("Only a pending or preauthorized join request can be rejected; %1 is %2.")
                                      .arg(id, warden::toString(request.state)));
    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction)
        return transaction.error();
    request.state = AdmissionState::Rejected;
    request.reason = reason;
    request.decidedBy = actor;
    request.decided = m_context.clock.now();
    if (ApiStatus s = save(*transaction, request); !s)
        return s.error();
    QJsonObject details{{u"serial"_s, request.serial}, {u"reason"_s, reason}};
    if (request.isClone())
        details.insert(u"clone_of"_s, request.cloneOf);
    if (ApiStatus s = transaction->audit(actor, u"admission.reject"_s, id, details); !s)
        return s.error();
    if (ApiStatus s = transaction->commit(); !s)
        return s.error();
    m_requests.insert(id, request);
    return request;
}

ApiResult<IdentityService::PreauthorizeOutcome> IdentityService::preauthorize(const QList<PreauthorizeItem> &items,
                                                                              const QString &actor)
{
    PreauthorizeOutcome outcome;
    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction)
        return transaction.error();
    QSet<QString> seen;
    for (const PreauthorizeItem &item : items) {
        if (seen.contains(item.serial)) {
            outcome.skipped.append({item.serial, tr("listed twice")});
            continue;
        }
        seen.insert(item.serial);
        if (const QString device = admittedDevice(item.serial); !device.isEmpty()) {
            outcome.skipped.append({item.serial, tr("already admitted as %1").arg(device)});
            continue;
        }
        if (findRequest(item.serial, AdmissionState::Preauthorized)) {
            outcome.skipped.append({item.serial, tr("already preauthorized")});
            continue;
        }
        if (const JoinRequest *pending = findRequest(item.serial, AdmissionState::Pending, item.fingerprint)) {
            outcome.skipped.append({item.serial, tr("join request %1 is already waiting: accept it").arg(pending->id)});
            continue;
        }
        Result<QString> id = transaction->store().nextId(u"adm"_s);
        if (!id)
            return ApiError::fromStoreError(id.error());
        JoinRequest request;
        request.id = *id;
        request.serial = item.serial;
        request.fingerprint = item.fingerprint;
        request.state = AdmissionState::Preauthorized;
        request.decidedBy = actor;
        request.decided = m_context.clock.now();
        if (ApiStatus s = save(*transaction, request); !s)
            return s.error();
        QJsonObject details{{u"serial"_s, request.serial}};
        if (!request.fingerprint.isEmpty())
            details.insert(u"fingerprint"_s, request.fingerprint);
        if (ApiStatus s = transaction->audit(actor, u"admission.preauthorize"_s, request.id, details); !s)
            return s.error();
        outcome.created.append(request);
    }
    if (ApiStatus s = transaction->commit(); !s)
        return s.error();
    for (const JoinRequest &request : std::as_const(outcome.created))
        m_requests.insert(request.id, request);
    return outcome;
}

ApiResult<JoinRequest> IdentityService::receive(const JoinAttempt &attempt)
{
    const QDateTime now = m_context.clock.now();
    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction)
        return transaction.error();

    JoinRequest request;
    bool admitNow = false;
    const QString claimed = admittedDevice(attempt.serial);
    const JoinRequest *pending = findRequest(attempt.serial, AdmissionState::Pending, attempt.fingerprint);
    const JoinRequest *preauthorized = findRequest(attempt.serial, AdmissionState::Preauthorized, attempt.fingerprint);
    if (!claimed.isEmpty() && !attempt.fingerprint.isEmpty()) {
        ApiResult<DeviceCredential> current = credential(transaction->store(), claimed);
        if (current && current->fingerprint == attempt.fingerprint)
            return ApiError::conflict(tr("The device %1 is admitted already with this key.").arg(claimed));
    }
    if (pending && (claimed.isEmpty() || pending->cloneOf == claimed)) {
        request = *pending; // the same device asking again
        request.attempts += 1;
        request.lastSeen = now;
    } else if (attempt.kind == JoinAttempt::Kind::Retry) {
        return ApiError::notFound(tr("No pending join request for %1.").arg(attempt.serial));
    } else {
        if (preauthorized && claimed.isEmpty()) {
            request = *preauthorized; // the preauthorized entry becomes this device's request
        } else {
            Result<QString> id = transaction->store().nextId(u"adm"_s);
            if (!id)
                return ApiError::fromStoreError(id.error());
            request.id = *id;
        }
        request.serial = attempt.serial;
        request.fingerprint = attempt.fingerprint;
        request.keyType = attempt.keyType;
        request.deviceClass = attempt.deviceClass;
        request.vendor = attempt.vendor;
        request.model = attempt.model;
        request.siteId = attempt.siteId;
        request.gatewayId = attempt.gatewayId;
        request.firstSeen = now;
        request.lastSeen = now;
        request.attempts = 1;
        if (!claimed.isEmpty()) {
            // Another key for an identity that is admitted already: an impostor, never merged.
            request.state = AdmissionState::Pending;
            request.cloneOf = claimed;
        } else if (preauthorized) {
            admitNow = true;
        } else {
            request.state = AdmissionState::Pending;
        }
    }
    if (admitNow) {
        if (ApiStatus s = admit(*transaction, request, {}, u"system"_s); !s)
            return s.error();
        request.reason = tr("matched a preauthorized identity");
    }
    if (ApiStatus s = save(*transaction, request); !s)
        return s.error();
    if (admitNow) {
        if (ApiStatus s = transaction->audit(u"system"_s, u"admission.auto_accept"_s, request.id,
                                             QJsonObject{{u"serial"_s, request.serial},
                                                         {u"device_id"_s, request.deviceId}});
            !s)
            return s.error();
    } else if (request.isClone() && request.attempts == 1) {
        if (ApiStatus s = transaction->audit(u"system"_s, u"admission.clone_detected"_s, request.id,
                                             QJsonObject{{u"serial"_s, request.serial},
                                                         {u"clone_of"_s, request.cloneOf},
                                                         {u"fingerprint"_s, request.fingerprint}});
            !s)
            return s.error();
    }
    if (ApiStatus s = transaction->commit(); !s)
        return s.error();
    if (admitNow)
        m_admitted.insert(request.serial, request.deviceId);
    m_requests.insert(request.id, request);
    // A device the fleet does not know yet is at the door: tell the feed once, when its request appears.
    if (!admitNow && request.attempts == 1 && m_eventSink)
        m_eventSink(announcement(request));
    return request;
}

ThreatEvent IdentityService::announcement(const JoinRequest &request)
{
    ThreatEvent event;
    event.time = request.firstSeen.isValid() ? request.firstSeen : QDateTime::currentDateTimeUtc();
    event.type = ThreatType::UnknownDevice;
    // A clone claims a device that is admitted already: more than a stranger knocking.
    event.severity = request.isClone() ? Severity::Major : Severity::Minor;
    // Seen by the gateway it came through, as the traffic's own unknown-device events are.
    event.deviceId = !request.gatewayId.isEmpty() ? request.gatewayId
                     : !request.siteId.isEmpty()  ? request.siteId
                                                  : u"admission"_s;
    event.source = request.serial;
    event.destination = request.gatewayId;
    event.details.insert(u"join_request"_s, request.id);
    event.details.insert(u"serial"_s, request.serial);
    if (!request.fingerprint.isEmpty())
        event.details.insert(u"fingerprint"_s, request.fingerprint);
    if (!request.siteId.isEmpty())
        event.details.insert(u"site_id"_s, request.siteId);
    if (request.isClone())
        event.details.insert(u"clone_of"_s, request.cloneOf);
    return event;
}

void IdentityService::simulate(qint64 simNowMs)
{
    if (simNowMs < m_nextJoinMs)
        return;
    m_nextJoinMs = simNowMs + m_simulator.nextGapMs();
    QStringList pending;
    QStringList preauthorized;
    for (const JoinRequest &request : std::as_const(m_requests)) {
        if (request.state == AdmissionState::Pending && !request.isClone())
            pending.append(request.serial);
        else if (request.state == AdmissionState::Preauthorized)
            preauthorized.append(request.serial);
    }
    pending.sort(); // hash order differs between runs; the draw should not
    preauthorized.sort();
    JoinAttempt attempt = m_simulator.next(pending, preauthorized);
    if (attempt.kind != JoinAttempt::Kind::Retry && pending.size() >= MaxPending)
        return;
    if (attempt.kind == JoinAttempt::Kind::Retry) {
        if (const JoinRequest *request = findRequest(attempt.serial, AdmissionState::Pending))
            attempt.fingerprint = request->fingerprint;
    }
    if (ApiResult<JoinRequest> r = receive(attempt); !r && r.error().status >= 500)
        qCWarning(lcFleetdIdentity) << "join request not stored:" << r.error().message;
}

// --- credentials ----------------------------------------------------------------------------------------------------

Status IdentityService::issueCertificate(DeviceCredential &credential, QByteArray *certificatePem)
{
    if (!m_deviceCa)
        return Status::failure(tr("The device certificate authority is not ready."));
    const QDateTime now = m_context.clock.now();
    CertificateRequest request;
    request.commonName = credential.serial.left(64);
    request.usage = CertificateRequest::Usage::Client;
    request.notBefore = now.addSecs(-60);
    request.notAfter = now.addDays(CertificateDays);
    Result<IssuedCertificate> issued = m_deviceCa->issue(request);
    if (!issued)
        return issued.error();
    // The key goes to the device over its authenticated channel; fleetd keeps nothing of it.
    issued.value().privateKeyPem.fill('\0');
    const QList<QSslCertificate> parsed = QSslCertificate::fromData(issued->certificatePem, QSsl::Pem);
    if (parsed.isEmpty())
        return Status::failure(tr("The new device certificate cannot be read."));
    const QSslCertificate &certificate = parsed.constFirst();
    credential.method = CredentialMethod::X509;
    credential.state = CredentialState::Active;
    credential.fingerprint = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
    credential.subject = u"CN="_s + certificate.subjectInfo(QSslCertificate::CommonName).value(0);
    credential.issuer = u"CN="_s + certificate.issuerInfo(QSslCertificate::CommonName).value(0);
    credential.certificateSerial = QString::fromLatin1(certificate.serialNumber()).remove(u':').toUpper();
    credential.issued = now;
    credential.expires = certificate.expiryDate().toUTC();
    credential.lastRotated = now;
    credential.defaultCredentials = false;
    credential.reason.clear();
    if (certificatePem)
        *certificatePem = issued->certificatePem;
    return Status::success();
}

ApiResult<QList<IdentityService::Rotation>> IdentityService::rotate(const QStringList &deviceIds,
                                                                     const QString &reason, const QString &actor)
{
    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction)
        return transaction.error();
    QList<Rotation> results;
    for (const QString &deviceId : deviceIds) {
        Rotation rotation;
        rotation.deviceId = deviceId;
        ApiResult<DeviceCredential> current = credential(transaction->store(), deviceId);
        if (!current) {
            if (current.error().status >= 500)
                return current.error();
            rotation.message = current.error().message;
            results.append(rotation);
            continue;
        }
        DeviceCredential next = *current;
        if (next.state == CredentialState::Revoked) {
            rotation.message = tr("The credential is revoked; admit the device again instead.");
            results.append(rotation);
            continue;
        }
        const std::optional<Device> device = transaction->store().device(deviceId);
        if (next.state == CredentialState::NeedsPhysicalService) {
            rotation.outcome = RotationOutcome::NeedsPhysicalService;
            rotation.message = tr("Already waiting for a technician.");
            rotation.credential = next;
            results.append(rotation);
            continue;
        }
        if (next.rotatesOnline && device && reachable(*device)) {
            if (Status s = issueCertificate(next, &rotation.certificatePem); !s) {
                rotation.message = s.errorMessage();
                results.append(rotation);
                continue;
            }
            rotation.outcome = RotationOutcome::Rotated;
            rotation.message = tr("New certificate %1 valid until %2.")
                                   .arg(next.certificateSerial, next.expires.toString(Qt::ISODate));
        } else {
            next.state = CredentialState::NeedsPhysicalService;
            next.reason = !next.rotatesOnline ? tr("The device cannot take a new credential over the network.")
                          : !device           ? tr("The device is not in the register.")
                          : device->quarantine != QuarantineLevel::None
                              ? tr("The device is quarantined and cannot reach the credential service.")
                              : tr("The device is %1 and cannot be reached.").arg(warden::toString(device->status));
            rotation.outcome = RotationOutcome::NeedsPhysicalService;
            rotation.message = next.reason;
        }
        if (ApiStatus s = transaction->put(FleetCollection::Credentials, next.id, next.toJson()); !s)
            return s.error();
        QJsonObject details{{u"outcome"_s, toString(rotation.outcome)}};
        if (!reason.isEmpty())
            details.insert(u"reason"_s, reason);
        if (rotation.outcome == RotationOutcome::Rotated)
            details.insert(u"certificate_serial"_s, next.certificateSerial);
        if (ApiStatus s = transaction->audit(actor, u"credential.rotate"_s, deviceId, details); !s)
            return s.error();
        rotation.credential = next;
        results.append(rotation);
    }
    if (ApiStatus s = transaction->commit(); !s)
        return s.error();
    for (const Rotation &rotation : std::as_const(results)) {
        if (rotation.outcome == RotationOutcome::NeedsPhysicalService && rotation.credential)
            m_visits.insert(rotation.deviceId, rotation.credential->reason);
    }
    return results;
}

ApiResult<DeviceCredential> IdentityService::revoke(const QString &deviceId, const QString &reason,
                                                    const QString &actor)
{
    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction)
        return transaction.error();
    ApiResult<DeviceCredential> current = credential(transaction->store(), deviceId);
    if (!current)
        return current.error();
    if (current->state == CredentialState::Revoked)
        return ApiError::conflict(tr("The credential of %1 is revoked already.").arg(deviceId));
    current->state = CredentialState::Revoked;
    current->reason = reason;
    if (ApiStatus s = transaction->put(FleetCollection::Credentials, deviceId, current->toJson()); !s)
        return s.error();
    if (ApiStatus s = transaction->audit(actor, u"credential.revoke"_s, deviceId, QJsonObject{{u"reason"_s, reason}});
        !s)
        return s.error();
    if (ApiStatus s = transaction->commit(); !s)
        return s.error();
    m_visits.remove(deviceId);
    // Without a valid credential the device can no longer talk to its gateway.
    if (m_context.simulation.setQuarantine)
        m_context.simulation.setQuarantine(deviceId, QuarantineLevel::RevokeCredentials);
    return current;
}

ApiStatus IdentityService::revokeIn(FleetTransaction &transaction, const QString &deviceId, const QString &reason,
                                   const QString &actor)
{
    ApiResult<DeviceCredential> current = credential(transaction.store(), deviceId);
    if (!current)
        return current.error().status == 404 ? apiSuccess() : ApiStatus(current.error());
    if (current->state == CredentialState::Revoked)
        return apiSuccess();
    current->state = CredentialState::Revoked;
    current->reason = reason;
    if (ApiStatus s = transaction.put(FleetCollection::Credentials, deviceId, current->toJson()); !s)
        return s;
    if (ApiStatus s = transaction.audit(actor, u"credential.revoke"_s, deviceId,
                                        QJsonObject{{u"reason"_s, reason}, {u"quarantine"_s, true}});
        !s)
        return s;
    // A visit for a revoked credential is moot; should the quarantine roll back, the next start re-reads the list.
    m_visits.remove(deviceId);
    return apiSuccess();
}

ApiResult<DeviceCredential> IdentityService::serviced(const QString &deviceId, const QString &actor)
{
    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction)
        return transaction.error();
    ApiResult<DeviceCredential> current = credential(transaction->store(), deviceId);
    if (!current)
        return current.error();
    if (current->state != CredentialState::NeedsPhysicalService)
        return ApiError::conflict(tr("The credential of %1 is not waiting for a technician.").arg(deviceId));
    if (Status s = issueCertificate(*current); !s)
        return ApiError::internal(s.errorMessage());
    if (ApiStatus s = transaction->put(FleetCollection::Credentials, deviceId, current->toJson()); !s)
        return s.error();
    if (ApiStatus s = transaction->audit(actor, u"credential.serviced"_s, deviceId,
                                         QJsonObject{{u"certificate_serial"_s, current->certificateSerial}});
        !s)
        return s.error();
    if (ApiStatus s = transaction->commit(); !s)
        return s.error();
    m_visits.remove(deviceId);
    return current;
}

} // namespace warden
