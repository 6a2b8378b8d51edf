#pragma once

#include "domain/Device.h"
#include "fleet/FleetTypes.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace warden {

// The register fields an operator may edit, as the edit form holds them.
struct DeviceEditForm {
    QString name;
    QString ownerRef;
    QString location;
    QString notes;
    bool onlineUpdate = true;
    bool needsMaintenanceWindow = false;
    bool safetyCritical = false;
};

// Checks an edit of a device's register fields before it is sent and turns it into the PATCH of what changed.
// The same limits as the backend (names and references: non-empty where required, at most 256 characters, no
// control characters; notes at most 64 KiB), so an operator learns what is wrong before a round trip.
// Pure; not responsible for sending or for permissions (the backend decides who may clear safety_critical).
class DeviceEdit {
    Q_DECLARE_TR_FUNCTIONS(DeviceEdit)
public:
    static constexpr qsizetype MaxNameLength = 256;
    static constexpr qsizetype MaxNotesLength = 64 * 1024;

    static DeviceEditForm formOf(const Device &device);
    // The changed fields (an empty patch when nothing changed), or the first problem with Error::field set to
    // "name", "owner_ref", "location" or "notes".
    static Result<DevicePatch> patch(const Device &current, const DeviceEditForm &form);
    // An empty QString when the text is a valid short field, else why not ("name" etc. is prepended by the caller).
    static QString checkShortText(const QString &text, bool required);
};

} // namespace warden
