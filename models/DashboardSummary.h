#pragma once

#include "IncidentListModel.h"
#include "domain/Campaign.h"

#include <QDateTime>
#include <QList>

#include <array>
#include <optional>

namespace warden {

// Open incidents by severity and age, and the mean times to acknowledge and to resolve, for the dashboard.
// Pure figures computed from the incident rows; no model, no timer.
struct IncidentSummary {
    static constexpr int SeverityCount = int(Severity::Indeterminate) + 1;
    // Age buckets of open incidents: under 1 h, 1–4 h, 4–24 h, a day or more.
    static constexpr int AgeBucketCount = 4;
    using SeverityCounts = std::array<int, SeverityCount>;

    int open = 0;
    int unassignedOpen = 0;
    int newOpen = 0; // open and not yet acknowledged
    int resolved = 0;
    SeverityCounts openBySeverity{};
    std::array<SeverityCounts, AgeBucketCount> openByAge{};
    // Over incidents with a known acknowledge/resolve time; nullopt when there is none.
    std::optional<qint64> meanSecondsToAcknowledge;
    std::optional<qint64> meanSecondsToResolve;

    static IncidentSummary compute(const QList<IncidentListModel::Row> &rows, const QDateTime &now);
    static int ageBucket(qint64 ageSeconds);
    static QString ageBucketLabel(int bucket);
    // "45 s", "12 min", "3.5 h", "2.1 d"; "—" when unknown.
    static QString durationText(std::optional<qint64> seconds);
};

// Update campaigns in progress and how far they got, for the dashboard.
struct CampaignSummary {
    int active = 0; // scheduled, running, paused, halted or waiting for approval
    int running = 0;
    int halted = 0;
    qint64 devicesTargeted = 0;  // over active campaigns
    qint64 devicesSucceeded = 0;
    qint64 devicesFailed = 0;

    // 0..100, nullopt when no active campaign targets a device.
    std::optional<double> percentDone() const;
    static CampaignSummary compute(const QList<Campaign> &campaigns);
    static bool isActive(CampaignState state);
};

} // namespace warden
