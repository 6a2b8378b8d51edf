#include "domain/Campaign.h"

#include "domain/JsonReader.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

constexpr qsizetype MaxWaves = 100;
constexpr qint64 MaxWaitMinutes = 366LL * 24 * 60; // a year; anything longer is a typo, not a rollout plan

void readWaves(JsonReader &reader, Campaign &campaign)
{
    const QList<QJsonObject> waves = reader.objectList("waves", true, 1, MaxWaves);
    const QString listPath = reader.path("waves");
    for (qsizetype i = 0; reader.ok() && i < waves.size(); ++i) {
        JsonReader waveReader = reader.nested(waves.at(i), JsonReader::elementPath(listPath, i));
        CampaignWave wave;
        wave.percent = waveReader.requiredNumber("percent", 0.0, 100.0, true);
        wave.failureThresholdPercent = waveReader.requiredNumber("failure_threshold_percent", 0.0, 100.0);
        // Percentages are cumulative: a wave that does not reach further than the previous one does nothing.
        if (waveReader.ok() && i > 0 && wave.percent <= campaign.waves.constLast().percent) {
            waveReader.fail(u"percent"_s,
                            u"must be greater than the previous wave's percent ("_s
                                + QString::number(campaign.waves.constLast().percent) + u')',
                            JsonReader::describe(wave.percent));
        }
        campaign.waves.append(wave);
    }
}

void readCounts(JsonReader &reader, Campaign &campaign)
{
    const QJsonObject counts = reader.optionalObject("counts");
    if (!reader.ok())
        return;
    JsonReader countReader = reader.nested(counts, reader.path("counts"));
    for (auto it = counts.constBegin(); countReader.ok() && it != counts.constEnd(); ++it) {
        const std::optional<DeviceUpdateState> state = enumFromString<DeviceUpdateState>(it.key());
        if (!state) {
            QStringList names;
            const QList<DeviceUpdateState> values = enumValues<DeviceUpdateState>();
            for (const DeviceUpdateState value : values)
                names.append(toString(value));
            countReader.fail(it.key().left(JsonReader::MaxNameLength),
                             u"is not a device update state; use one of "_s + names.join(u", "_s));
            return;
        }
        const QByteArray key = it.key().toLatin1(); // wire names are ASCII
        campaign.counts.insert(*state, static_cast<int>(countReader.requiredInteger(
                                           key.constData(), 0, std::numeric_limits<int>::max())));
    }
}

} // namespace

Result<Campaign> Campaign::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Campaign campaign;
    campaign.id = reader.requiredId("id");
    campaign.name = reader.requiredId("name");
    campaign.firmwareId = reader.requiredId("firmware_id");
    campaign.targetFilter = reader.optionalString("target_filter", JsonReader::MaxTextLength);
    readWaves(reader, campaign);
    campaign.waitMinutesBetweenWaves =
        static_cast<int>(reader.optionalInteger("wait_minutes_between_waves", 0, MaxWaitMinutes, 0));
    campaign.state = reader.requiredEnum<CampaignState>("state");
    // current_wave may equal the number of waves once the last one has finished.
    campaign.currentWave = static_cast<int>(reader.optionalInteger("current_wave", 0, campaign.waves.size(), 0));
    campaign.haltReason = reader.optionalString("halt_reason", JsonReader::MaxTextLength);
    campaign.createdBy = reader.requiredId("created_by");
    campaign.created = reader.requiredTime("created");
    readCounts(reader, campaign);
    return reader.finish(std::move(campaign));
}

QJsonObject Campaign::toJson() const
{
    QJsonArray waveArray;
    for (const CampaignWave &wave : waves) {
        waveArray.append(QJsonObject{
            {u"percent"_s, wave.percent},
            {u"failure_threshold_percent"_s, wave.failureThresholdPercent},
        });
    }
    QJsonObject countObject;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        countObject.insert(toString(it.key()), it.value());

    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"firmware_id"_s, firmwareId},
        {u"target_filter"_s, targetFilter},
        {u"waves"_s, waveArray},
        {u"wait_minutes_between_waves"_s, waitMinutesBetweenWaves},
        {u"state"_s, toString(state)},
        {u"current_wave"_s, currentWave},
        {u"halt_reason"_s, haltReason},
        {u"created_by"_s, createdBy},
        {u"created"_s, toJsonTimestamp(created)},
        {u"counts"_s, countObject},
    };
}

} // namespace warden
