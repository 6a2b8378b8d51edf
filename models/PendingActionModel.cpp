#include "PendingActionModel.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace warden {

using namespace Qt::Literals::StringLiterals;

namespace {

QString field(const QJsonObject &payload, const char *name)
{
    return payload.value(QLatin1String(name)).toString();
}

// Offline incident notes change only the record, so the journal sends them by itself on reconnect.
bool sentWithoutConfirmation(const PendingAction &action)
{
    return action.kind == u"incident.note"_s;
}

QString stateText(const PendingAction &action)
{
    switch (action.state) {
    case PendingActionState::PendingConfirmation:
        return sentWithoutConfirmation(action) ? PendingActionModel::tr("Kept; sent when the backend is back")
                                               : PendingActionModel::tr("Waiting for your confirmation");
    case PendingActionState::Sent: return PendingActionModel::tr("Sent");
    case PendingActionState::Failed: return PendingActionModel::tr("Failed");
    }
    return {};
}

} // namespace

PendingActionModel::PendingActionModel(QObject *parent) : QAbstractTableModel(parent) {}

int PendingActionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PendingActionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PendingActionModel::describe(const PendingAction &action)
{
    const QJsonObject &p = action.payload;
    const QString device = field(p, "device_id");
    const QString reason = field(p, "reason");
    const auto withReason = [&reason](const QString &text) {
        return reason.isEmpty() ? text : tr("%1: %2").arg(text, reason);
    };
    const QString kind = action.kind;
    if (kind == u"device.quarantine"_s)
        return withReason(tr("Quarantine %1 (%2)").arg(device, field(p, "level")));
    if (kind == u"device.release"_s)
        return withReason(tr("Release %1 from quarantine").arg(device));
    if (kind == u"device.disable"_s)
        return withReason(tr("Disable %1").arg(device));
    if (kind == u"device.enable"_s)
        return withReason(tr("Enable %1").arg(device));
    if (kind == u"device.patch"_s) {
        QStringList fields = p.keys();
        fields.removeAll(u"device_id"_s);
        return tr("Edit %1 (%2)").arg(device, fields.join(u", "_s));
    }
    if (kind == u"incident.acknowledge"_s)
        return tr("Acknowledge incident %1").arg(field(p, "incident_id"));
    if (kind == u"incident.assign"_s)
        return tr("Assign incident %1 to %2").arg(field(p, "incident_id"), field(p, "assignee"));
    if (kind == u"incident.state"_s)
        return tr("Move incident %1 to %2").arg(field(p, "incident_id"), field(p, "state"));
    if (kind == u"incident.note"_s)
        return tr("Note on incident %1: %2").arg(field(p, "incident_id"), field(p, "text"));
    if (kind == u"licence.approve"_s) {
        QStringList scopes;
        for (const QJsonValue &scope : p.value(u"scopes"_s).toArray())
            scopes.append(scope.toString());
        return scopes.isEmpty() ? tr("Approve licence %1").arg(field(p, "licence_id"))
                                : tr("Approve licence %1 (%2)").arg(field(p, "licence_id"), scopes.join(u", "_s));
    }
    if (kind == u"licence.deny"_s)
        return withReason(tr("Deny licence %1").arg(field(p, "licence_id")));
    if (kind == u"licence.revoke"_s)
        return withReason(tr("Revoke licence %1").arg(field(p, "licence_id")));
    if (kind.startsWith(u"campaign."_s))
        return tr("Campaign %1: %2").arg(field(p, "campaign_id"), kind.mid(9));
    if (kind == u"approval.approve"_s)
        return tr("Approve request %1").arg(field(p, "approval_id"));
    if (kind == u"approval.deny"_s)
        return withReason(tr("Deny request %1").arg(field(p, "approval_id")));
    if (kind == u"work_order.complete"_s)
        return tr("Work order done: %1 on firmware %2").arg(device, field(p, "firmware_version"));
    if (kind == u"admission.accept"_s)
        return tr("Accept join request %1").arg(field(p, "join_request_id"));
    if (kind == u"admission.reject"_s)
        return withReason(tr("Reject join request %1").arg(field(p, "join_request_id")));
    if (kind == u"credential.rotate"_s) {
        const qsizetype count = p.value(u"device_ids"_s).toArray().size();
        return withReason(count > 1 ? tr("Rotate the credentials of %1 devices (%2, …)").arg(count).arg(device)
                                    : tr("Rotate the credential of %1").arg(device));
    }
    if (kind == u"credential.revoke"_s)
        return withReason(tr("Revoke the credential of %1").arg(device));
    if (kind == u"credential.serviced"_s)
        return tr("New credential installed on site: %1").arg(device);
    if (kind == u"rule.create"_s)
        return tr("Create rule \"%1\" (%2)").arg(field(p, "name"), field(p, "condition"));
    if (kind == u"rule.update"_s)
        return tr("Change rule %1 \"%2\" (%3)").arg(field(p, "rule_id"), field(p, "name"), field(p, "condition"));
    if (kind == u"rule.delete"_s)
        return tr("Delete rule %1").arg(field(p, "rule_id"));
    return tr("%1 %2").arg(kind, device);
}

QVariant PendingActionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case BackendRole: return row.backend;
    case ActionIdRole: return row.action.id;
    case StateRole: return int(row.action.state);
    case RawValueRole:
        switch (index.column()) {
        case CreatedColumn: return row.action.created;
        case StateColumn: return int(row.action.state);
        default: break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ActionColumn || index.column() == OutcomeColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case CreatedColumn: return QLocale().toString(row.action.created.toLocalTime(), QLocale::ShortFormat);
    case BackendColumn: return row.backend;
    case ActionColumn: return describe(row.action);
    case StateColumn: return stateText(row.action);
    case OutcomeColumn: return row.action.message;
    default: return {};
    }
}

QVariant PendingActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn: return tr("Tried at");
    case BackendColumn: return tr("Backend");
    case ActionColumn: return tr("Action");
    case StateColumn: return tr("State");
    case OutcomeColumn: return tr("Backend's answer");
    default: return {};
    }
}

void PendingActionModel::setEntries(const QString &backend, const QList<PendingAction> &entries)
{
    const int waitingBefore = waitingCount();
    beginResetModel();
    m_rows.removeIf([&backend](const Row &row) { return row.backend == backend; });
    for (const PendingAction &action : entries)
        m_rows.append({backend, action});
    // Newest first; ties by id so the order is stable across reloads.
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.action.created != b.action.created)
            return a.action.created > b.action.created;
        return a.action.id > b.action.id;
    });
    endResetModel();
    const int waiting = waitingCount();
    if (waiting != waitingBefore)
        emit waitingCountChanged(waiting);
}

bool PendingActionModel::needsConfirmation(int row) const
{
    const PendingAction &action = m_rows.at(row).action;
    return action.state == PendingActionState::PendingConfirmation && !sentWithoutConfirmation(action);
}

int PendingActionModel::waitingCount() const
{
    int waiting = 0;
    for (int row = 0; row < rowCount(); ++row)
        waiting += needsConfirmation(row) ? 1 : 0;
    return waiting;
}

} // namespace warden
