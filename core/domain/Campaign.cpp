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

constexpr qsizetype MaxSites = 10000;

// "HH:MM" exactly, as the backend writes it (fleet-api.md): "7:00" or "07:00:00" are refused, not guessed.
QTime readClock(JsonReader &reader, const char *key)
{
    const QString text = reader.requiredString(key, 5);
    if (!reader.ok())
        return {};
    const QTime time = QTime::fromString(text, u"HH:mm"_s);
    if (text.size() != 5 || !time.isValid()) {
        reader.fail(QString::fromLatin1(key), u"must be a time of day written HH:MM"_s, JsonReader::describe(text));
        return {};
    }
    return time;
}

// {start, end[, time_zone]}; the zone is required for a site's own window (zoneKey non-null).
CampaignWindow readWindow(JsonReader &reader, const char *zoneKey)
{
    CampaignWindow window;
    window.start = readClock(reader, "start");
    window.end = readClock(reader, "end");
    if (zoneKey)
        window.timeZone = reader.requiredId(zoneKey);
    return window;
}

void readWindows(JsonReader &reader, Campaign &campaign)
{
    if (!reader.ok())
        return;
    const QJsonObject defaultWindow = reader.optionalObject("maintenance_window", 1024);
    if (reader.ok() && !defaultWindow.isEmpty()) {
        JsonReader windowReader = reader.nested(defaultWindow, reader.path("maintenance_window"));
        campaign.defaultWindow = readWindow(windowReader, nullptr);
    }
    const QJsonObject sites = reader.optionalObject("site_windows", 2 * 1024 * 1024);
    if (reader.ok() && sites.size() > MaxSites) {
        reader.fail(u"site_windows"_s, u"must name at most "_s + QString::number(MaxSites) + u" sites"_s);
        return;
    }
    for (auto it = sites.constBegin(); reader.ok() && it != sites.constEnd(); ++it) {
        const QString path = reader.path(u"site_windows."_s + it.key().left(JsonReader::MaxNameLength));
        if (it.key().isEmpty() || it.key().size() > JsonReader::MaxNameLength || !it.value().isObject()) {
            reader.fail(u"site_windows"_s, u"must map site ids to {start, end, time_zone} objects"_s);
            return;
        }
        JsonReader windowReader = reader.nested(it.value().toObject(), path);
        campaign.siteWindows.insert(it.key(), readWindow(windowReader, "time_zone"));
    }
    const QList<QJsonObject> waits = reader.objectList("window_waits", false, 0, MaxSites);
    const QString listPath = reader.path("window_waits");
    for (qsizetype i = 0; reader.ok() && i < waits.size(); ++i) {
        JsonReader waitReader = reader.nested(waits.at(i), JsonReader::elementPath(listPath, i));
        CampaignWindowWait wait;
        wait.siteId = waitReader.requiredId("site_id");
        wait.window = readWindow(waitReader, "time_zone");
        wait.siteWindow = waitReader.optionalBool("site_window", false);
        wait.waiting = int(waitReader.requiredInteger("waiting", 1, std::numeric_limits<int>::max()));
        wait.nextOpen = waitReader.optionalTime("next_open");
        campaign.windowWaits.append(wait);
    }
}

QJsonObject windowJson(const CampaignWindow &window)
{
    QJsonObject json{{u"start"_s, window.start.toString(u"HH:mm"_s)}, {u"end"_s, window.end.toString(u"HH:mm"_s)}};
    if (!window.timeZone.isEmpty())
        json.insert(u"time_zone"_s, window.timeZone);
    return json;
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
    readWindows(reader, campaign);
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

    QJsonObject json{
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
    // Window fields only when known, so a campaign read from an older backend is written back as it came.
    if (defaultWindow)
        json.insert(u"maintenance_window"_s, windowJson(*defaultWindow));
    if (!siteWindows.isEmpty()) {
        QJsonObject sites;
        for (auto it = siteWindows.constBegin(); it != siteWindows.constEnd(); ++it)
            sites.insert(it.key(), windowJson(it.value()));
        json.insert(u"site_windows"_s, sites);
    }
    if (!windowWaits.isEmpty()) {
        QJsonArray waits;
        for (const CampaignWindowWait &wait : windowWaits) {
            QJsonObject item = windowJson(wait.window);
            item.insert(u"site_id"_s, wait.siteId);
            item.insert(u"site_window"_s, wait.siteWindow);
            item.insert(u"waiting"_s, wait.waiting);
            insertOptionalTimestamp(item, u"next_open"_s, wait.nextOpen);
            waits.append(item);
        }
        json.insert(u"window_waits"_s, waits);
    }
    return json;
}

} // namespace warden
