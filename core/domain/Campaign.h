#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QTime>

#include <optional>

namespace warden {

// One stage of a rollout: the cumulative share of targets it reaches and the failure share that halts it.
struct CampaignWave {
    double percent = 100.0;          // cumulative, 0 < p <= 100
    double failureThresholdPercent = 10.0;
    friend bool operator==(const CampaignWave &, const CampaignWave &) = default;
};

// A daily maintenance window: local time of day from start to end (start == end: all day; start > end wraps past
// midnight). timeZone is the IANA zone it is read in; empty for a campaign's default window, which every site reads
// in its own zone.
struct CampaignWindow {
    QTime start;
    QTime end;
    QString timeZone;
    bool allDay() const { return start == end; }
    friend bool operator==(const CampaignWindow &, const CampaignWindow &) = default;
};

// The devices of one site that wait for their maintenance window, as the backend saw them at the campaign's latest
// change: the window they wait for (the site's own or the default, read in timeZone) and when it opens next.
struct CampaignWindowWait {
    QString siteId;
    CampaignWindow window; // timeZone = the site's zone
    bool siteWindow = false; // the site's own window (false: the campaign's default)
    int waiting = 0;
    QDateTime nextOpen;      // invalid when the backend did not say
    friend bool operator==(const CampaignWindowWait &, const CampaignWindowWait &) = default;
};

// A staged firmware rollout (hawkBit-like waves with thresholds, pause/resume/abort).
struct Campaign {
    QString id;
    QString name;
    QString firmwareId;
    QString targetFilter; // register filter expression
    QList<CampaignWave> waves;
    int waitMinutesBetweenWaves = 0;
    CampaignState state = CampaignState::Draft;
    int currentWave = 0;
    QString haltReason;
    QString createdBy;
    QDateTime created;
    QMap<DeviceUpdateState, int> counts; // devices per update state
    std::optional<CampaignWindow> defaultWindow; // for sites without their own; none from an older backend
    QMap<QString, CampaignWindow> siteWindows;  // site id -> the site's own window, in the site's zone
    QList<CampaignWindowWait> windowWaits;       // sites with devices waiting for a window, by site id

    // JSON: required id, name, firmware_id, state, created_by, created, and waves: 1..100 objects
    // {percent in (0, 100], strictly increasing; failure_threshold_percent in [0, 100]} (errors name "waves[i].x").
    // Optional: target_filter, halt_reason (default ""), wait_minutes_between_waves (0..527040, default 0),
    // current_wave (0..number of waves, default 0), counts (object keyed by DeviceUpdateState wire names, values
    // 0..INT_MAX, default {}; unknown keys are rejected because they would silently drop devices from the totals),
    // maintenance_window {start, end} ("HH:MM"), site_windows {site id: {start, end, time_zone}} (at most 10,000
    // sites), window_waits [{site_id, start, end, time_zone, site_window, waiting (>= 1), next_open}] (at most 10,000).
    // JSON conventions (absent == null, unknown fields ignored, limits): see domain/JsonReader.h.
    static Result<Campaign> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const Campaign &, const Campaign &) = default;
};

} // namespace warden
