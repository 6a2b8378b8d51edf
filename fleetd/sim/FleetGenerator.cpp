#include "sim/FleetGenerator.h"

#include "sim/DeviceCatalog.h"
#include "sim/SimRandom.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace warden {

using namespace Qt::StringLiterals;

namespace {

struct CityInfo {
    QStringView city;
    QStringView timeZone;
    QStringView countryCode;
};

constexpr CityInfo Cities[] = {
    {u"London", u"Europe/London", u"44"},
    {u"Manchester", u"Europe/London", u"44"},
    {u"Berlin", u"Europe/Berlin", u"49"},
    {u"Munich", u"Europe/Berlin", u"49"},
    {u"Paris", u"Europe/Paris", u"33"},
    {u"Lyon", u"Europe/Paris", u"33"},
    {u"Madrid", u"Europe/Madrid", u"34"},
    {u"Rome", u"Europe/Rome", u"39"},
    {u"Amsterdam", u"Europe/Amsterdam", u"31"},
    {u"Vienna", u"Europe/Vienna", u"43"},
    {u"Zurich", u"Europe/Zurich", u"41"},
    {u"Stockholm", u"Europe/Stockholm", u"46"},
    {u"Warsaw", u"Europe/Warsaw", u"48"},
    {u"Dublin", u"Europe/Dublin", u"353"},
    {u"Lisbon", u"Europe/Lisbon", u"351"},
    {u"New York", u"America/New_York", u"1"},
    {u"Boston", u"America/New_York", u"1"},
    {u"Chicago", u"America/Chicago", u"1"},
    {u"Denver", u"America/Denver", u"1"},
    {u"Los Angeles", u"America/Los_Angeles", u"1"},
    {u"Toronto", u"America/Toronto", u"1"},
    {u"Sao Paulo", u"America/Sao_Paulo", u"55"},
    {u"Mexico City", u"America/Mexico_City", u"52"},
    {u"Tokyo", u"Asia/Tokyo", u"81"},
    {u"Seoul", u"Asia/Seoul", u"82"},
    {u"Singapore", u"Asia/Singapore", u"65"},
    {u"Mumbai", u"Asia/Kolkata", u"91"},
    {u"Dubai", u"Asia/Dubai", u"971"},
    {u"Sydney", u"Australia/Sydney", u"61"},
    {u"Auckland", u"Pacific/Auckland", u"64"},
    {u"Johannesburg", u"Africa/Johannesburg", u"27"},
};

constexpr QStringView HospitalBases[] = {
    u"St. Mary", u"St. Luke's",     u"Royal",     u"General",      u"Memorial",        u"University",     u"Children's",
    u"Mercy",    u"Good Samaritan", u"Riverside", u"St. George's", u"Queen Elizabeth", u"Northwick Park", u"Westfield"};
constexpr QStringView HospitalSuffixes[] = {u" Hospital"};
constexpr QStringView FactoryBases[] = {u"Riverside", u"Northgate", u"Harbour",    u"Eastfield", u"Ironbridge",
                                        u"Westbrook", u"Millbank",  u"Southpoint", u"Kingsway",  u"Greenhill"};
constexpr QStringView FactorySuffixes[] = {u" Plant", u" Works", u" Assembly Plant", u" Foundry"};
constexpr QStringView CampusBases[] = {u"North",      u"South",        u"East",           u"West",     u"Central",
                                       u"Innovation", u"Science Park", u"Medical School", u"Lakeside", u"Hillside"};
constexpr QStringView CampusSuffixes[] = {u" Campus"};
constexpr QStringView CityBases[] = {u"Harbour District", u"Old Town",  u"City Centre",  u"Riverside",
                                     u"Northern Quarter", u"Docklands", u"Airport Zone", u"Market District"};
constexpr QStringView CitySuffixes[] = {u" Smart Grid", u" Traffic Network", u" Utilities", u" Street Lighting"};

constexpr QStringView HospitalLocations[] = {u"Emergency",  u"ICU",        u"Ward 2A",           u"Ward 3B",
                                             u"Radiology",  u"Pharmacy",   u"Theatre 1",         u"Main Lobby",
                                             u"Cardiology", u"Plant Room", u"Oncology Day Unit", u"Car Park"};
constexpr QStringView FactoryLocations[] = {u"Assembly Line 1", u"Assembly Line 2", u"Paint Shop",  u"Warehouse",
                                            u"Loading Dock",    u"Boiler House",    u"Quality Lab", u"Press Shop",
                                            u"Front Gate",      u"Substation"};
constexpr QStringView CampusLocations[] = {u"Library",       u"Lecture Hall A",  u"Science Building", u"Student Union",
                                           u"Sports Centre", u"Dormitory North", u"Main Gate",        u"Data Centre",
                                           u"Car Park East", u"Admin Building"};
constexpr QStringView CityLocations[] = {u"Harbour Road", u"Central Station", u"Market Square", u"Ring Road J4",
                                         u"Water Works",  u"Bus Depot",       u"Old Bridge",    u"Town Hall",
                                         u"Tram Line 2",  u"Park Avenue"};

constexpr QStringView FirstNames[] = {
    u"Olivia", u"Liam",   u"Emma",    u"Noah",     u"Amelia", u"Oliver", u"Sophia", u"Elijah", u"Mia",    u"Lucas",
    u"Hannah", u"Jonas",  u"Lea",     u"Felix",    u"Chloe",  u"Hugo",   u"Ines",   u"Mateo",  u"Sofia",  u"Luca",
    u"Aiko",   u"Haruto", u"Min-jun", u"Seo-yeon", u"Priya",  u"Arjun",  u"Fatima", u"Omar",   u"Zanele", u"Thabo",
    u"Ana",    u"Pedro",  u"Camila",  u"Diego",    u"Freya",  u"Erik",   u"Zofia",  u"Jakub",  u"Aoife",  u"Sean"};
constexpr QStringView LastNames[] = {
    u"Smith",   u"Jones",     u"Taylor",  u"Brown",  u"Wilson",  u"Miller",   u"Davis",    u"Garcia",
    u"Mueller", u"Schmidt",   u"Fischer", u"Weber",  u"Martin",  u"Bernard",  u"Dubois",   u"Rossi",
    u"Russo",   u"Fernandez", u"Lopez",   u"Silva",  u"Santos",  u"Tanaka",   u"Suzuki",   u"Kim",
    u"Park",    u"Sharma",    u"Patel",   u"Khan",   u"Haddad",  u"Nkosi",    u"Dlamini",  u"Andersson",
    u"Nilsson", u"Kowalski",  u"Nowak",   u"Murphy", u"O'Brien", u"Van Dijk", u"De Vries", u"Novak"};

template <typename T, std::size_t N> constexpr int countOf(const T (&)[N])
{
    return static_cast<int>(N);
}

int digitCount(qint64 n)
{
    int digits = 1;
    while (n >= 10) {
        n /= 10;
        ++digits;
    }
    return digits;
}

// prefix + number zero-padded to width, written straight into one allocation (a million of these are made).
void appendPadded(QString &out, qint64 number, int width)
{
    char16_t digits[24];
    int len = 0;
    auto n = static_cast<quint64>(number < 0 ? 0 : number);
    do {
        digits[len++] = static_cast<char16_t>(u'0' + n % 10);
        n /= 10;
    } while (n != 0);
    for (int i = len; i < width; ++i)
        out.append(u'0');
    while (len > 0)
        out.append(QChar(digits[--len]));
}

QString paddedId(QStringView prefix, qint64 number, int width)
{
    QString out;
    out.reserve(prefix.size() + std::max(width, 20));
    out.append(prefix);
    appendPadded(out, number, width);
    out.squeeze();
    return out;
}

// Lower-case letters and digits of a name joined by single dashes: "St. Mary Hospital" -> "st-mary-hospital".
QString slug(const QString &name)
{
    QString out;
    out.reserve(name.size());
    bool dash = false;
    for (QChar c : name) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            if (dash && !out.isEmpty())
                out.append(u'-');
            out.append(c.toLower());
            dash = false;
        } else if (c != u'\'') {
            dash = true;
        }
    }
    return out;
}

QString emailLocalPart(QStringView first, QStringView last)
{
    QString out;
    out.reserve(first.size() + last.size() + 1);
    for (QChar c : first) {
        if (c.isLetter())
            out.append(c.toLower());
    }
    out.append(u'.');
    for (QChar c : last) {
        if (c.isLetter())
            out.append(c.toLower());
    }
    return out;
}

// Picks an index with probability proportional to weights[i].
template <std::size_t N> int pickWeighted(SimRandom &rng, const std::array<int, N> &cumulative)
{
    const int total = cumulative[N - 1];
    if (total <= 0)
        return 0;
    const int r = rng.belowInt(total);
    for (std::size_t i = 0; i < N; ++i) {
        if (r < cumulative[i])
            return static_cast<int>(i);
    }
    return static_cast<int>(N - 1);
}

struct SiteNameSource {
    const QStringView *bases;
    int baseCount;
    const QStringView *suffixes;
    int suffixCount;
    const QStringView *locations;
    int locationCount;
};

SiteNameSource nameSource(SiteKind kind)
{
    switch (kind) {
    case SiteKind::Hospital:
        return {HospitalBases,     countOf(HospitalBases),    HospitalSuffixes, countOf(HospitalSuffixes),
                HospitalLocations, countOf(HospitalLocations)};
    case SiteKind::Factory:
        return {FactoryBases,     countOf(FactoryBases),    FactorySuffixes, countOf(FactorySuffixes),
                FactoryLocations, countOf(FactoryLocations)};
    case SiteKind::Campus:
        return {CampusBases,     countOf(CampusBases),    CampusSuffixes, countOf(CampusSuffixes),
                CampusLocations, countOf(CampusLocations)};
    case SiteKind::City:
        return {CityBases,     countOf(CityBases),    CitySuffixes, countOf(CitySuffixes),
                CityLocations, countOf(CityLocations)};
    }
    return {CampusBases,     countOf(CampusBases),    CampusSuffixes, countOf(CampusSuffixes),
            CampusLocations, countOf(CampusLocations)};
}

constexpr SegmentFamily DeviceFamilies[] = {SegmentFamily::Building, SegmentFamily::Security, SegmentFamily::Ot,
                                            SegmentFamily::Fleet, SegmentFamily::Clinical};

constexpr int DevicesPerGateway = 40;

// Precomputed per class: cumulative firmware weights (oldest most likely) and the risk each image implies.
struct ClassTables {
    std::vector<int> firmwareCumulative;
    std::vector<int> openCves;
};

QList<Firmware> buildFirmwareCatalogue(const QDateTime &epoch)
{
    QList<Firmware> catalogue;
    const QList<DeviceClassProfile> &profiles = deviceClassProfiles();
    for (int c = 0; c < profiles.size(); ++c) {
        const DeviceClassProfile &profile = profiles[c];
        const int n = static_cast<int>(profile.firmwareVersions.size());
        for (int i = 0; i < n; ++i) {
            Firmware fw;
            fw.deviceClass = profile.name;
            fw.version = profile.firmwareVersions[i];
            fw.id = u"fw-"_s + profile.name + u'-' + fw.version;
            fw.signatureVerified = true;
            fw.vulnerabilities = firmwareVulnerabilities(c, i);
            fw.fixes = firmwareFixes(c, i);
            fw.releaseNotes = i == 0 ? u"Baseline image of the installed base."_s
                                     : u"Security release; fixes "_s + fw.fixes.join(u", "_s) + u'.';
            fw.released = epoch.addDays(-150LL * (n - i) - c);
            catalogue.append(fw);
        }
        if (!profile.unverifiedVersion.isEmpty()) {
            Firmware fw;
            fw.deviceClass = profile.name;
            fw.version = profile.unverifiedVersion;
            fw.id = u"fw-"_s + profile.name + u'-' + fw.version;
            fw.signatureVerified = false;
            fw.releaseNotes = u"Vendor hotfix published outside the signed channel; its signature does not verify."_s;
            fw.released = epoch.addDays(-20 - c);
            catalogue.append(fw);
        }
    }
    return catalogue;
}

} // namespace

QDateTime defaultSimulationEpoch()
{
    return QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
}

GeneratedFleet generateFleet(const FleetSpec &spec)
{
    GeneratedFleet fleet;
    const int deviceTotal = std::max(0, spec.devices);
    const QDateTime epoch = spec.epoch.isValid() ? spec.epoch.toUTC() : defaultSimulationEpoch();
    const qint64 epochMs = epoch.toMSecsSinceEpoch();
    SimRandom rng(spec.seed);
    SimRandom licenceRng(hashKey(spec.seed, 0x11CE));
    const QList<DeviceClassProfile> &profiles = deviceClassProfiles();
    const int classCount = static_cast<int>(profiles.size());

    // Class tables used in the per-device loop.
    std::vector<ClassTables> classTables(static_cast<std::size_t>(classCount));
    std::array<std::array<int, 16>, SiteKindCount> kindCumulative{};
    for (int c = 0; c < classCount; ++c) {
        const int n = static_cast<int>(profiles[c].firmwareVersions.size());
        int sum = 0;
        for (int i = 0; i < n; ++i) {
            sum += n - i; // oldest image most common, newest least
            classTables[c].firmwareCumulative.push_back(sum);
            classTables[c].openCves.push_back(2 * (n - 1 - i));
        }
    }
    for (int k = 0; k < SiteKindCount; ++k) {
        int sum = 0;
        for (int c = 0; c < 16; ++c) {
            if (c < classCount)
                sum += profiles[c].siteWeights[k];
            kindCumulative[k][c] = sum;
        }
    }

    // Sites: ~one per 250 devices, the first four cover every kind.
    const int siteCount = std::max(4, (deviceTotal + 125) / 250);
    const int siteWidth = std::max(2, digitCount(siteCount));
    const std::array<int, 4> kindCumulativeForSites{25, 55, 80, 100};
    QSet<QString> usedSiteNames;
    QStringList siteDomains;
    QList<QStringView> siteCountryCodes;
    fleet.sites.reserve(siteCount);
    for (int s = 0; s < siteCount; ++s) {
        Site site;
        site.id = paddedId(u"site-", s + 1, siteWidth);
        site.kind = s < 4 ? static_cast<SiteKind>(s) : static_cast<SiteKind>(pickWeighted(rng, kindCumulativeForSites));
        const CityInfo &city = Cities[rng.belowInt(countOf(Cities))];
        site.city = city.city.toString();
        site.timeZone = city.timeZone.toString();
        const SiteNameSource source = nameSource(site.kind);
        // Separate statements: the order in which operands of one expression are evaluated is unspecified.
        const int base = rng.belowInt(source.baseCount);
        const int suffix = rng.belowInt(source.suffixCount);
        QString name = source.bases[base] + source.suffixes[suffix];
        if (usedSiteNames.contains(name))
            name += u' ' + site.city;
        if (usedSiteNames.contains(name))
            name += u' ' + QString::number(s + 1);
        usedSiteNames.insert(name);
        site.name = name;
        siteDomains.append(slug(name) + u".example"_s);
        siteCountryCodes.append(city.countryCode);
        fleet.sites.append(site);
    }

    // Devices per site: random weights 2..6, shared out exactly.
    std::vector<int> siteWeights(static_cast<std::size_t>(siteCount));
    qint64 weightSum = 0;
    for (int &w : siteWeights) {
        w = static_cast<int>(rng.between(2, 6));
        weightSum += w;
    }
    std::vector<int> siteSizes(static_cast<std::size_t>(siteCount));
    int assigned = 0;
    for (int s = 0; s < siteCount; ++s) {
        siteSizes[s] = static_cast<int>(static_cast<qint64>(deviceTotal) * siteWeights[s] / weightSum);
        assigned += siteSizes[s];
    }
    for (int s = 0; assigned < deviceTotal; s = (s + 1) % siteCount, ++assigned)
        ++siteSizes[s];

    const int deviceWidth = std::max(6, digitCount(deviceTotal));
    const int estimatedGateways = siteCount * 6 + deviceTotal / DevicesPerGateway;
    const int gatewayWidth = std::max(4, digitCount(estimatedGateways));
    const int ownerWidth = std::max(6, digitCount(deviceTotal / 8 + siteCount));

    fleet.devices.reserve(deviceTotal);
    fleet.gateways.reserve(estimatedGateways);
    fleet.owners.reserve(deviceTotal / 8 + siteCount);
    fleet.links.reserve(static_cast<qsizetype>(deviceTotal) + deviceTotal / 4 + estimatedGateways);

    // Shared strings: one copy per distinct value, referenced by every device that has it.
    const QString defaultPasswordNote = u"Factory default admin password still set"_s;
    std::array<QStringList, SiteKindCount> locations;
    for (int k = 0; k < SiteKindCount; ++k) {
        const SiteNameSource source = nameSource(static_cast<SiteKind>(k));
        for (int i = 0; i < source.locationCount; ++i)
            locations[k].append(source.locations[i].toString());
    }

    QHash<QString, int> emailUses;
    std::vector<int> reservoirSeen(static_cast<std::size_t>(classCount), 0);
    std::vector<int> reservoirPick(static_cast<std::size_t>(classCount), -1);
    std::vector<int> siteGatewayOfDevice; // gateway index of each device of the current site
    QSet<quint64> crossLinks;

    int deviceNumber = 0;
    int gatewayNumber = 0;
    int ownerNumber = 0;
    for (int s = 0; s < siteCount; ++s) {
        const Site &site = fleet.sites[s];
        const int kind = static_cast<int>(site.kind);
        const int siteDevices = siteSizes[s];
        const int siteFirstDevice = deviceNumber;

        std::vector<int> classCounts(static_cast<std::size_t>(classCount), 0);
        for (int i = 0; i < siteDevices; ++i)
            ++classCounts[pickWeighted(rng, kindCumulative[kind])];

        // Owners of this site: several devices each.
        const int siteOwners = siteDevices > 0 ? std::max(1, (siteDevices + 7) / 8) : 0;
        const int firstOwner = ownerNumber;
        for (int o = 0; o < siteOwners; ++o) {
            Owner owner;
            owner.ref = paddedId(u"own-", ++ownerNumber, ownerWidth);
            const QStringView first = FirstNames[rng.belowInt(countOf(FirstNames))];
            const QStringView last = LastNames[rng.belowInt(countOf(LastNames))];
            owner.name = first + u' ' + last;
            QString local = emailLocalPart(first, last);
            const QString plain = local + u'@' + siteDomains[s];
            const int uses = emailUses.value(plain, 0);
            emailUses.insert(plain, uses + 1);
            owner.email = uses == 0 ? plain : local + QString::number(uses + 1) + u'@' + siteDomains[s];
            owner.phone = u'+' + siteCountryCodes[s] + u" 555 "_s +
                          paddedId(u"", (static_cast<qint64>(ownerNumber) * 7919) % 10000000, 7);
            fleet.owners.append(owner);
        }

        // Core gateway: the admin network where staff workstations sit; every other gateway uplinks to it.
        const int coreGateway = static_cast<int>(fleet.gateways.size());
        {
            Gateway gw;
            gw.id = paddedId(u"gw-", ++gatewayNumber, gatewayWidth);
            gw.siteId = site.id;
            gw.name = site.name + u" core gateway"_s;
            gw.segment = u"admin-vlan-100"_s;
            fleet.gateways.append(gw);
        }

        siteGatewayOfDevice.assign(static_cast<std::size_t>(siteDevices), 0);
        std::vector<int> classNameCounter(static_cast<std::size_t>(classCount), 0);
        const QString siteNumber = paddedId(u"", s + 1, 2);
        for (SegmentFamily family : DeviceFamilies) {
            int familyDevices = 0;
            for (int c = 0; c < classCount; ++c) {
                if (profiles[c].family == family)
                    familyDevices += classCounts[c];
            }
            if (familyDevices == 0)
                continue;
            const int gatewayCount = (familyDevices + DevicesPerGateway - 1) / DevicesPerGateway;
            const int familyVlan = 100 * (static_cast<int>(family) + 1);
            const QString familyName = segmentFamilyName(family);
            // Every gateway of the family gets its share of each class (a ward has pumps and monitors); the
            // remainders rotate over the gateways so their sizes differ by at most one.
            std::vector<int> share(static_cast<std::size_t>(gatewayCount) * classCount, 0);
            int rotation = 0;
            for (int c = 0; c < classCount; ++c) {
                if (profiles[c].family != family)
                    continue;
                for (int g = 0; g < gatewayCount; ++g)
                    share[static_cast<std::size_t>(g) * classCount + c] = classCounts[c] / gatewayCount;
                const int extra = classCounts[c] % gatewayCount;
                for (int e = 0; e < extra; ++e)
                    ++share[static_cast<std::size_t>((rotation + e) % gatewayCount) * classCount + c];
                rotation = (rotation + extra) % gatewayCount;
            }
            for (int g = 0; g < gatewayCount; ++g) {
                Gateway gw;
                gw.id = paddedId(u"gw-", ++gatewayNumber, gatewayWidth);
                gw.siteId = site.id;
                gw.name = site.name + u' ' + familyName + u" gateway "_s + QString::number(g + 1);
                gw.segment = familyName + u"-vlan-"_s + QString::number(familyVlan + g);
                const int gatewayIndex = static_cast<int>(fleet.gateways.size());
                fleet.gateways.append(gw);
                fleet.links.append(Link{gw.id, fleet.gateways[coreGateway].id, LinkKind::Uplink});
                const Gateway &stored = fleet.gateways.last();

                const int gatewayFirstDevice = deviceNumber;
                for (int c = 0; c < classCount; ++c) {
                    for (int k = share[static_cast<std::size_t>(g) * classCount + c]; k > 0; --k) {
                        const DeviceClassProfile &profile = profiles[c];
                        const ClassTables &tables = classTables[c];

                        Device device;
                        device.id = paddedId(u"dev-", deviceNumber + 1, deviceWidth);
                        QString name;
                        name.reserve(profile.namePrefix.size() + siteNumber.size() + 7);
                        name.append(profile.namePrefix).append(u'-').append(siteNumber).append(u'-');
                        appendPadded(name, ++classNameCounter[c], 4);
                        device.name = std::move(name);
                        device.deviceClass = profile.name;
                        const VendorModel &vm =
                            profile.vendorModels[rng.belowInt(static_cast<int>(profile.vendorModels.size()))];
                        device.vendor = vm.vendor;
                        device.model = vm.model;
                        const int versions = static_cast<int>(tables.firmwareCumulative.size());
                        const int fwTotal = tables.firmwareCumulative.back();
                        const int r = rng.belowInt(fwTotal);
                        int fwIndex = 0;
                        while (fwIndex < versions - 1 && r >= tables.firmwareCumulative[fwIndex])
                            ++fwIndex;
                        device.firmwareVersion = profile.firmwareVersions[fwIndex];
                        device.siteId = site.id;
                        device.gatewayId = stored.id;
                        device.segment = stored.segment;
                        device.ownerRef = fleet.owners[firstOwner + rng.belowInt(siteOwners)].ref;
                        device.location = locations[kind][rng.belowInt(static_cast<int>(locations[kind].size()))];
                        const bool defaultPassword = profile.defaultCredentialsPossible && rng.belowInt(100) < 12;
                        if (defaultPassword)
                            device.notes = defaultPasswordNote;
                        const int statusRoll = rng.belowInt(1000);
                        device.status = statusRoll < 20   ? DeviceStatus::Offline
                                        : statusRoll < 30 ? DeviceStatus::Degraded
                                                          : DeviceStatus::Online;
                        const qint64 silenceSeconds =
                            device.status == DeviceStatus::Offline ? rng.between(3600, 72 * 3600) : rng.between(5, 600);
                        device.lastSeen = QDateTime::fromMSecsSinceEpoch(epochMs - silenceSeconds * 1000, Qt::UTC);
                        device.riskScore = std::min(100, profile.baseRisk + 12 * tables.openCves[fwIndex] +
                                                             (defaultPassword ? 10 : 0) +
                                                             (device.status == DeviceStatus::Degraded ? 5 : 0));
                        device.capabilities = profile.capabilities;

                        // One reservoir sample per class picks the devices behind the initial licence requests.
                        if (licenceRng.belowInt(++reservoirSeen[c]) == 0)
                            reservoirPick[c] = deviceNumber;

                        fleet.links.append(Link{device.id, stored.id, LinkKind::Uplink});
                        siteGatewayOfDevice[deviceNumber - siteFirstDevice] = gatewayIndex;
                        fleet.devices.append(std::move(device));
                        ++deviceNumber;
                    }
                }

                // Peer chains between neighbouring devices of one gateway (e.g. cameras daisy-chained to an NVR).
                int pos = gatewayFirstDevice + rng.belowInt(8);
                while (pos + 1 < deviceNumber) {
                    const int length = static_cast<int>(rng.between(2, 5));
                    const int end = std::min(pos + length, deviceNumber - 1);
                    for (int i = pos; i < end; ++i)
                        fleet.links.append(Link{fleet.devices[i].id, fleet.devices[i + 1].id, LinkKind::Peer});
                    pos = end + 1 + static_cast<int>(rng.between(6, 19));
                }
            }
        }

        // A few peer links across gateways of the same site, so attacks can hop segments.
        const int crossCount = siteDevices / 50;
        crossLinks.clear();
        for (int i = 0; i < crossCount; ++i) {
            const int a = rng.belowInt(siteDevices);
            const int b = rng.belowInt(siteDevices);
            if (siteGatewayOfDevice[a] == siteGatewayOfDevice[b])
                continue;
            const auto low = static_cast<quint64>(std::min(a, b));
            const auto high = static_cast<quint64>(std::max(a, b));
            if (crossLinks.contains((low << 32) | high))
                continue;
            crossLinks.insert((low << 32) | high);
            fleet.links.append(Link{fleet.devices[siteFirstDevice + static_cast<int>(low)].id,
                                    fleet.devices[siteFirstDevice + static_cast<int>(high)].id, LinkKind::Peer});
        }
    }

    fleet.firmware = buildFirmwareCatalogue(epoch);

    // A handful of pending licence requests, one per class in this order while devices of it exist.
    const QStringView licenceClasses[] = {u"infusion_pump",   u"ip_camera",       u"plc",
                                          u"cardiac_monitor", u"vehicle_tracker", u"smart_meter",
                                          u"hvac_controller", u"door_controller"};
    const QString siteBucket = QString::fromUtf16(SiteBucketScope);
    for (QStringView className : licenceClasses) {
        const int c = deviceClassIndex(className);
        if (c < 0 || reservoirPick[c] < 0)
            continue;
        const Device &device = fleet.devices[reservoirPick[c]];
        Licence licence;
        licence.id = paddedId(u"lic-", fleet.licenceRequests.size() + 1, 4);
        licence.deviceId = device.id;
        for (const QString &scope : profiles[c].requestScopes)
            licence.requestedScopes.append(scope == siteBucket ? u"cloud-storage:bucket-"_s + device.siteId : scope);
        licence.state = LicenceState::Requested;
        licence.requested = QDateTime::fromMSecsSinceEpoch(epochMs - licenceRng.between(2, 240) * 60000, Qt::UTC);
        fleet.licenceRequests.append(licence);
    }
    return fleet;
}

} // namespace warden
