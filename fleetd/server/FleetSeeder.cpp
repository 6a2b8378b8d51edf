#include "FleetSeeder.h"

#include <QElapsedTimer>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

constexpr qsizetype BatchSize = 20000;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

template <typename T, typename IdOf>
Status insertAll(FleetStore &store, FleetCollection collection, const QList<T> &items, IdOf idOf, qint64 revision)
{
    for (qsizetype start = 0; start < items.size(); start += BatchSize) {
        Result<FleetStore::WriteScope> scope = store.write();
        if (!scope)
            return scope.error();
        const qsizetype end = std::min(items.size(), start + BatchSize);
        for (qsizetype i = start; i < end; ++i) {
            const T &item = items.at(i);
            if (Status status = store.putObject(collection, idOf(item), compact(item.toJson()), revision); !status)
                return status;
        }
        if (Status status = scope.value().commit(); !status)
            return status;
    }
    return Status::success();
}

} // namespace

QString FleetSeeder::linkId(const Link &link)
{
    return link.fromId + u'>' + link.toId;
}

Result<FleetSeeder::Outcome> FleetSeeder::prepare(FleetStore &store, const FleetdConfig &config,
                                                  const QDateTime &epoch)
{
    Outcome outcome;
    const bool seeded = store.meta(u"fleet_seeded"_s) == u"1"_s;
    if (seeded) {
        outcome.spec.devices = store.meta(u"fleet_devices"_s).toInt();
        outcome.spec.seed = store.meta(u"fleet_seed"_s).toULongLong();
        outcome.spec.epoch = QDateTime::fromString(store.meta(u"fleet_epoch"_s), Qt::ISODateWithMs).toUTC();
        if (outcome.spec.devices <= 0 || !outcome.spec.epoch.isValid())
            return Result<Outcome>::failure(tr("The fleet description in the store is damaged."));
        outcome.fleet = generateFleet(outcome.spec);
        return outcome;
    }

    outcome.spec.devices = config.devices;
    outcome.spec.seed = config.seed;
    outcome.spec.epoch = epoch.isValid() ? epoch.toUTC() : defaultSimulationEpoch();
    outcome.fleet = generateFleet(outcome.spec);
    outcome.seededNow = true;

    QElapsedTimer timer;
    timer.start();
    // Everything generated shares revision 1: a client syncing from 0 gets it all, from 1 only later changes.
    constexpr qint64 SeedRevision = 1;
    {
        Result<FleetStore::WriteScope> scope = store.write();
        if (!scope)
            return scope.error();
        if (store.revision() < SeedRevision)
            store.nextRevision();
        if (Status s = scope.value().commit(); !s)
            return s.error();
    }
    const GeneratedFleet &fleet = outcome.fleet;
    if (Status s = insertAll(store, FleetCollection::Sites, fleet.sites, [](const Site &x) { return x.id; },
                             SeedRevision);
        !s)
        return s.error();
    if (Status s = insertAll(store, FleetCollection::Gateways, fleet.gateways, [](const Gateway &x) { return x.id; },
                             SeedRevision);
        !s)
        return s.error();
    if (Status s = insertAll(store, FleetCollection::Links, fleet.links, [](const Link &x) { return linkId(x); },
                             SeedRevision);
        !s)
        return s.error();
    if (Status s = insertAll(store, FleetCollection::Owners, fleet.owners, [](const Owner &x) { return x.ref; },
                             SeedRevision);
        !s)
        return s.error();
    if (Status s = insertAll(store, FleetCollection::Firmware, fleet.firmware,
                             [](const Firmware &x) { return x.id; }, SeedRevision);
        !s)
        return s.error();
    if (Status s = insertAll(store, FleetCollection::Licences, fleet.licenceRequests,
                             [](const Licence &x) { return x.id; }, SeedRevision);
        !s)
        return s.error();
    for (qsizetype start = 0; start < fleet.devices.size(); start += BatchSize) {
        Result<FleetStore::WriteScope> scope = store.write();
        if (!scope)
            return scope.error();
        if (Status s = store.insertDevices(fleet.devices.mid(start, BatchSize), SeedRevision); !s)
            return s.error();
        if (Status s = scope.value().commit(); !s)
            return s.error();
    }
    {
        Result<FleetStore::WriteScope> scope = store.write();
        if (!scope)
            return scope.error();
        for (const auto &[key, value] : {std::pair{u"fleet_devices"_s, QString::number(outcome.spec.devices)},
                                         std::pair{u"fleet_seed"_s, QString::number(outcome.spec.seed)},
                                         std::pair{u"fleet_epoch"_s, outcome.spec.epoch.toString(Qt::ISODateWithMs)},
                                         std::pair{u"fleet_seeded"_s, u"1"_s}}) {
            if (Status s = store.setMeta(key, value); !s)
                return s.error();
        }
        if (Status s = scope.value().commit(); !s)
            return s.error();
    }
    outcome.seedMilliseconds = timer.elapsed();
    return outcome;
}

} // namespace warden
