#include "DeviceEdit.h"

namespace warden {

DeviceEditForm DeviceEdit::formOf(const Device &device)
{
    return DeviceEditForm{device.name,
                          device.ownerRef,
                          device.location,
                          device.notes,
                          device.capabilities.onlineUpdate,
                          device.capabilities.needsMaintenanceWindow,
                          device.capabilities.safetyCritical};
}

QString DeviceEdit::checkShortText(const QString &text, bool required)
{
    if (text.isEmpty())
        return required ? tr("must not be empty.") : QString();
    if (text.size() > MaxNameLength)
        return tr("is %1 characters long; at most %2 are allowed.").arg(text.size()).arg(MaxNameLength);
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("must not contain control characters such as line breaks or tabs.");
    }
    return {};
}

Result<DevicePatch> DeviceEdit::patch(const Device &current, const DeviceEditForm &form)
{
    const QString name = form.name.trimmed();
    const QString owner = form.ownerRef.trimmed();
    const QString location = form.location.trimmed();
    if (const QString problem = checkShortText(name, true); !problem.isEmpty())
        return Result<DevicePatch>::failure(tr("The name %1").arg(problem), QStringLiteral("name"));
    if (const QString problem = checkShortText(owner, false); !problem.isEmpty())
        return Result<DevicePatch>::failure(tr("The owner reference %1").arg(problem), QStringLiteral("owner_ref"));
    if (const QString problem = checkShortText(location, false); !problem.isEmpty())
        return Result<DevicePatch>::failure(tr("The location %1").arg(problem), QStringLiteral("location"));
    if (form.notes.size() > MaxNotesLength)
        return Result<DevicePatch>::failure(
            tr("The notes are %1 characters long; at most %2 are allowed.").arg(form.notes.size()).arg(MaxNotesLength),
            QStringLiteral("notes"));
    for (const QChar c : form.notes) {
        if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7f)
            return Result<DevicePatch>::failure(tr("The notes contain a control character."), QStringLiteral("notes"));
    }

    DevicePatch patch;
    if (name != current.name)
        patch.name = name;
    if (owner != current.ownerRef)
        patch.ownerRef = owner;
    if (location != current.location)
        patch.location = location;
    if (form.notes != current.notes)
        patch.notes = form.notes;
    if (form.onlineUpdate != current.capabilities.onlineUpdate)
        patch.onlineUpdate = form.onlineUpdate;
    if (form.needsMaintenanceWindow != current.capabilities.needsMaintenanceWindow)
        patch.needsMaintenanceWindow = form.needsMaintenanceWindow;
    if (form.safetyCritical != current.capabilities.safetyCritical)
        patch.safetyCritical = form.safetyCritical;
    return patch;
}

} // namespace warden
