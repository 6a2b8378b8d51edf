#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace warden {

// One stage of a rollout: the cumulative share of targets it reaches and the failure share that halts it.
struct CampaignWave {
    double percent = 100.0;          // cumulative, 0 < p <= 100
    double failureThresholdPercent = 10.0;
    friend bool operator==(const CampaignWave &, const CampaignWave &) = default;
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

    // JSON: required id, name, firmware_id, state, created_by, created, and waves: 1..100 objects
    // {percent in (0, 100], strictly increasing; failure_threshold_percent in [0, 100]} (errors name "waves[i].x").
    // Optional: target_filter, halt_reason (default ""), wait_minutes_between_waves (0..527040, default 0),
    // current_wave (0..number of waves, default 0), counts (object keyed by DeviceUpdateState wire names, values
    // 0..INT_MAX, default {}; unknown keys are rejected because they would silently drop devices from the totals).
    // JSON conventions (absent == null, unknown fields ignored, limits): see domain/JsonReader.h.
    static Result<Campaign> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const Campaign &, const Campaign &) = default;
};

} // namespace warden
