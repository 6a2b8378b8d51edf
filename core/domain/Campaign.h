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

    static Result<Campaign> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const Campaign &, const Campaign &) = default;
};

} // namespace warden
