#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace warden {

// One operator action as the console's audit records it: who, what (the backend's action name, e.g.
// "licence.approve"), on which object, with the request's fields (secrets redacted).
struct FleetAction {
    QString actor;
    QString action;
    QString target;
    QJsonObject details;

    // The action a state-changing request stands for, named like the backend's own audit does:
    // POST /licences/L/approve -> "licence.approve" on L; PATCH /devices/D -> "device.update" on D;
    // POST /campaigns -> "campaign.create" (target: the body's id, else its name); POST /incidents/I/notes -> "incident.note";
    // POST /work-orders/D/complete -> "workorder.complete"; POST /credentials/rotate -> "credential.rotate". Paths nobody named yet get the same treatment, so a new
    // endpoint is recorded with a sensible name without anyone remembering to add it. body is the JSON sent.
    static FleetAction describe(const QByteArray &method, const QString &path, const QByteArray &body,
                                const QString &actor);
    // details with every value whose key names a secret (password, secret, token, totp, passphrase, private key)
    // replaced by "[redacted]", recursively: an audit log must not become a place secrets leak to.
    static QJsonObject redactSecrets(const QJsonObject &details);
};

// Receives every state-changing request a FleetApiClient sends (FleetApiClient::setActionRecorder) and its
// outcome. This is the single place operator actions reach the console's audit: controllers only call the API
// client, and nothing they add can bypass it. Implemented by ActionAudit (core/audit). A QObject so the client can
// tell when it is gone.
class FleetActionRecorder : public QObject {
public:
    using QObject::QObject;

    // Called before the request goes out. Returns a handle for actionAnswered, or -1 when the action cannot be
    // recorded: the client then refuses to send it.
    virtual qint64 actionSent(const FleetAction &action) = 0;
    // outcome: "succeeded" (2xx), "pending_approval" (202: four-eyes), "failed" (message says why), "cancelled"
    // (the console stopped waiting; the backend may have carried it out).
    virtual void actionAnswered(qint64 handle, const QString &outcome, const QString &message) = 0;
};

} // namespace warden
