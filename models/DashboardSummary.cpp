#include "DashboardSummary.h"

#include <QCoreApplication>
#include <QLocale>

namespace warden {

namespace {
const char *const Context = "DashboardSummary";
}

int IncidentSummary::ageBucket(qint64 ageSeconds)
{
    if (ageSeconds < 3600)
        return 0;
    if (ageSeconds < 4 * 3600)
        return 1;
    if (ageSeconds < 24 * 3600)
        return 2;
    return 3;
}

QString IncidentSummary::ageBucketLabel(int bucket)
{
    switch (bucket) {
    // No "<": chart axis labels are rich text.
    case 0: return QCoreApplication::translate(Context, "0–1 h");
    case 1: return QCoreApplication::translate(Context, "1–4 h");
    case 2: return QCoreApplication::translate(Context, "4–24 h");
    default: break;
    }
    return QCoreApplication::translate(Context, "≥ 1 day");
}

QString IncidentSummary::durationText(std::optional<qint64> seconds)
{
    if (!seconds)
        return QCoreApplication::translate(Context, "—");
    const QLocale locale;
    const qint64 s = *seconds;
    if (s < 60)
        return QCoreApplication::translate(Context, "%1 s").arg(locale.toString(s));
    if (s < 3600)
        return QCoreApplication::translate(Context, "%1 min").arg(locale.toString(s / 60));
    if (s < 86400)
        return QCoreApplication::translate(Context, "%1 h").arg(locale.toString(double(s) / 3600.0, 'f', 1));
    return QCoreApplication::translate(Context, "%1 d").arg(locale.toString(double(s) / 86400.0, 'f', 1));
}

IncidentSummary IncidentSummary::compute(const QList<IncidentListModel::Row> &rows, const QDateTime &now)
{
    IncidentSummary summary;
    qint64 ackTotal = 0;
    qint64 ackCount = 0;
    qint64 resolveTotal = 0;
    qint64 resolveCount = 0;
    for (const IncidentListModel::Row &row : rows) {
        const Incident &incident = row.incident;
        if (row.acknowledged.isValid() && incident.opened.isValid()) {
            ackTotal += std::max<qint64>(0, incident.opened.secsTo(row.acknowledged));
            ++ackCount;
        }
        if (incident.state == IncidentState::Resolved) {
            ++summary.resolved;
            const QDateTime resolved = row.resolved.isValid() ? row.resolved : incident.updated;
            if (resolved.isValid() && incident.opened.isValid()) {
                resolveTotal += std::max<qint64>(0, incident.opened.secsTo(resolved));
                ++resolveCount;
            }
            continue;
        }
        ++summary.open;
        summary.unassignedOpen += incident.assignee.isEmpty();
        summary.newOpen += incident.state == IncidentState::New;
        const auto severity = std::size_t(incident.severity);
        ++summary.openBySeverity[severity];
        const qint64 age = incident.opened.isValid() ? std::max<qint64>(0, incident.opened.secsTo(now)) : 0;
        ++summary.openByAge[std::size_t(ageBucket(age))][severity];
    }
    if (ackCount > 0)
        summary.meanSecondsToAcknowledge = ackTotal / ackCount;
    if (resolveCount > 0)
        summary.meanSecondsToResolve = resolveTotal / resolveCount;
    return summary;
}

bool CampaignSummary::isActive(CampaignState state)
{
    switch (state) {
    case CampaignState::PendingApproval:
    case CampaignState::Scheduled:
    case CampaignState::Running:
    case CampaignState::Paused:
    case CampaignState::Halted:
        return true;
    case CampaignState::Draft:
    case CampaignState::Aborted:
    case CampaignState::Completed:
        break;
    }
    return false;
}

std::optional<double> CampaignSummary::percentDone() const
{
    if (devicesTargeted <= 0)
        return std::nullopt;
    return 100.0 * double(devicesSucceeded) / double(devicesTargeted);
}

CampaignSummary CampaignSummary::compute(const QList<Campaign> &campaigns)
{
    CampaignSummary summary;
    for (const Campaign &campaign : campaigns) {
        if (!isActive(campaign.state))
            continue;
        ++summary.active;
        summary.running += campaign.state == CampaignState::Running;
        summary.halted += campaign.state == CampaignState::Halted;
        for (auto it = campaign.counts.cbegin(); it != campaign.counts.cend(); ++it) {
            summary.devicesTargeted += it.value();
            if (it.key() == DeviceUpdateState::Succeeded)
                summary.devicesSucceeded += it.value();
            else if (it.key() == DeviceUpdateState::Failed)
                summary.devicesFailed += it.value();
        }
    }
    return summary;
}

} // namespace warden
