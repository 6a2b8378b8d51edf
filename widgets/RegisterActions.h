#pragma once

#include "QuarantineDialog.h"
#include "analysis/ImpactReport.h"
#include "domain/AuditEntry.h"
#include "domain/Campaign.h"
#include "domain/Device.h"
#include "domain/Incident.h"
#include "domain/Licence.h"
#include "domain/ThreatEvent.h"
#include "fleet/FleetError.h"
#include "fleet/FleetTypes.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace warden {

// A device's past as the register's detail panel shows it, read from its backend's cache.
struct DeviceHistory {
    QList<ThreatEvent> events;     // newest first
    QList<Incident> incidents;     // the device is among their devices
    QList<Licence> licences;
    QList<Campaign> campaigns;     // campaigns whose target the device is in
    QList<AuditEntry> audit;       // backend and console entries naming the device, newest first
    // The device's owner with contact details: only when the operator's role may read owners and the personal-data
    // key is unlocked (personal data: show it on request, copy it only through SecretClipboard).
    std::optional<Owner> owner;
    QString error;                 // why the history could not be read (empty when it could)
};

// The outcome of an action on many devices, for the page's result line.
struct SelectionOutcome {
    int succeeded = 0;
    int failed = 0;
    QString message; // one sentence: counts, and the first failure's reason
};

// What the register page asks of the backends and of the other pages. Implemented in app/ over each backend's
// session and the console's audit chain, so the page never sees a session or another page. Every action sent to a
// backend is recorded in that backend's console audit chain before it is sent, and its result after; the returned
// number is the audit entry (-1 when it could not be written, or when nothing was sent). Replies run on the
// context's thread and are dropped when the context is gone.
class RegisterActions {
public:
    template <typename T>
    using Reply = std::function<void(FleetResult<T>)>;

    virtual ~RegisterActions() = default;

    virtual qint64 editDevice(const QString &backend, const QString &deviceId, const DevicePatch &patch,
                              QObject *context, Reply<Device> done) = 0;
    virtual qint64 setDeviceDisabled(const QString &backend, const QString &deviceId, bool disabled,
                                     const QString &reason, QObject *context, Reply<Device> done) = 0;
    virtual qint64 createDevice(const QString &backend, const Device &device, QObject *context,
                                Reply<Device> done) = 0;
    virtual void deviceHistory(const QString &backend, const QString &deviceId, QObject *context,
                               Reply<DeviceHistory> done) = 0;

    // Hand a selection to the pages that own those actions, opening their dialogs.
    virtual void quarantine(const QList<QuarantineTarget> &devices) = 0;
    // targetFilter in the register's filter grammar (e.g. the current filter, or "id:a OR id:b").
    virtual void pushUpdate(const QString &backend, const QString &targetFilter) = 0;
    // Devices picked one by one (all of backend): the campaign names them by id.
    virtual void pushUpdateToDevices(const QString &backend, const QStringList &deviceIds) = 0;
    // Asks for confirmation (RevokeLicencesDialog) and revokes the active licences of the devices; done runs once
    // every answer is in (not at all when the operator cancels or there is nothing to revoke and message says so).
    virtual void revokeLicences(const QList<QuarantineTarget> &devices, QObject *context,
                                std::function<void(const SelectionOutcome &)> done) = 0;
    // What the devices (all of one backend) affect, from that backend's cached topology; done runs later.
    virtual void assessImpact(const QString &backend, const QStringList &deviceIds, QObject *context,
                              std::function<void(ImpactAnswer)> done) = 0;
    // Lights an assessment on the topology page and shows it.
    virtual void showImpactOnTopology(const ImpactReport &report) = 0;
};

} // namespace warden
