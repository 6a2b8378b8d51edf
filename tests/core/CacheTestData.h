#pragma once

// Valid domain values for the cache tests: every field set to something distinguishable, so a column that is
// dropped or swapped on the way through SQLite shows up as a failed comparison.

#include "cache/CacheBatch.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>

namespace warden::test {

inline QDateTime utcMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

inline QString numbered(const char *prefix, qint64 i)
{
    return QString::fromLatin1(prefix) + QString::number(i);
}

inline Site makeSite(int i)
{
    Site site;
    site.id = numbered("site-", i);
    site.name = QStringLiteral("Klinikum Süd %1").arg(i);
    site.kind = i % 2 ? SiteKind::Hospital : SiteKind::Factory;
    site.timeZone = QStringLiteral("Europe/Berlin");
    site.city = QStringLiteral("München");
    return site;
}

inline Gateway makeGateway(int i)
{
    return Gateway{numbered("gw-", i), numbered("site-", i % 3), numbered("Gateway ", i), numbered("vlan-", 20 + i)};
}

inline Link makeLink(int i)
{
    return Link{numbered("dev-", i), numbered("gw-", i % 4), i % 5 == 0 ? LinkKind::Peer : LinkKind::Uplink};
}

inline Device makeDevice(qint64 i)
{
    Device device;
    device.id = numbered("dev-", i);
    device.name = numbered("Infusion pump ", i);
    device.deviceClass = i % 2 ? QStringLiteral("infusion_pump") : QStringLiteral("ip_camera");
    device.vendor = QStringLiteral("Acme Medical");
    device.model = numbered("AP-", i % 7);
    device.firmwareVersion = QStringLiteral("4.2.%1").arg(i % 5);
    device.siteId = numbered("site-", i % 3);
    device.gatewayId = numbered("gw-", i % 4);
    device.segment = QStringLiteral("clinical-vlan-20");
    device.ownerRef = numbered("owner-", i);
    device.location = QStringLiteral("Station 3, Zimmer %1").arg(i % 40);
    device.notes = i % 3 ? QString() : QStringLiteral("Wartung fällig – 🛠 nach Schichtende");
    device.status = static_cast<DeviceStatus>(i % 4);
    device.riskScore = int(i % 101);
    device.lastSeen = i % 10 == 0 ? QDateTime() : utcMs(1700000000000 + i * 1000 + i % 1000);
    device.capabilities.onlineUpdate = i % 2 == 0;
    device.capabilities.needsMaintenanceWindow = i % 3 == 0;
    device.capabilities.safetyCritical = i % 5 == 0;
    device.quarantine = static_cast<QuarantineLevel>(i % 4);
    device.revision = 1000 + i;
    return device;
}

inline Owner makeOwner(int i)
{
    return Owner{numbered("owner-", i), QStringLiteral("Dr. Jörg Müller %1").arg(i),
                 QStringLiteral("j.mueller%1@klinikum.example").arg(i), i % 2 ? QStringLiteral("+49 89 123 %1").arg(i)
                                                                              : QString()};
}

inline ThreatEvent makeEvent(qint64 seq)
{
    ThreatEvent event;
    event.seq = seq;
    event.time = utcMs(1700000000000 + seq * 250);
    event.deviceId = numbered("dev-", seq % 17);
    event.type = static_cast<ThreatType>(seq % 11);
    event.severity = static_cast<Severity>(seq % 5);
    event.source = QStringLiteral("10.0.%1.%2").arg(seq % 256).arg(seq % 7);
    event.destination = numbered("dev-", seq % 13);
    if (seq % 4 != 0)
        event.details = QJsonObject{{QStringLiteral("port"), int(seq % 65536)}, {QStringLiteral("attempts"), 3}};
    return event;
}

inline Incident makeIncident(int i)
{
    Incident incident;
    incident.id = numbered("inc-", i);
    incident.title = QStringLiteral("Brute force on pump %1").arg(i);
    incident.type = ThreatType::BruteForce;
    incident.severity = Severity::Major;
    incident.state = i % 2 ? IncidentState::Investigating : IncidentState::New;
    incident.assignee = QStringLiteral("alice");
    incident.siteId = numbered("site-", i);
    incident.deviceIds = {numbered("dev-", i), numbered("dev-", i + 1)};
    incident.eventSeqs = {10 + i, 11 + i};
    incident.notes = {IncidentNote{utcMs(1700000100000), QStringLiteral("bob"), QStringLiteral("Isolated for now")}};
    incident.opened = utcMs(1700000000000 + i);
    incident.updated = i % 2 ? utcMs(1700000200000) : QDateTime();
    return incident;
}

inline Licence makeLicence(int i)
{
    Licence licence;
    licence.id = numbered("lic-", i);
    licence.deviceId = numbered("dev-", i);
    licence.requestedScopes = {QStringLiteral("telemetry-upload"), QStringLiteral("cloud-storage:bucket-x")};
    licence.grantedScopes = i % 2 ? QStringList{QStringLiteral("telemetry-upload")} : QStringList{};
    licence.state = i % 2 ? LicenceState::Active : LicenceState::Requested;
    licence.requested = utcMs(1700000000000);
    licence.expires = i % 2 ? utcMs(1800000000000) : QDateTime();
    licence.decidedBy = i % 2 ? QStringLiteral("carol") : QString();
    return licence;
}

inline Firmware makeFirmware(int i)
{
    Firmware image;
    image.id = numbered("fw-", i);
    image.deviceClass = QStringLiteral("infusion_pump");
    image.version = QStringLiteral("4.3.%1").arg(i);
    image.signatureVerified = i % 2 == 1;
    image.vulnerabilities = {QStringLiteral("CVE-2024-0001")};
    image.fixes = {QStringLiteral("CVE-2023-9999"), QStringLiteral("CVE-2023-8888")};
    image.releaseNotes = QStringLiteral("Fixes the bolus rounding issue.\nSecond line.");
    image.released = utcMs(1690000000000);
    return image;
}

inline Campaign makeCampaign(int i)
{
    Campaign campaign;
    campaign.id = numbered("camp-", i);
    campaign.name = numbered("Pump rollout ", i);
    campaign.firmwareId = numbered("fw-", i);
    campaign.targetFilter = QStringLiteral("class = infusion_pump and site = site-1");
    campaign.waves = {CampaignWave{10.0, 5.0}, CampaignWave{100.0, 10.0}};
    campaign.waitMinutesBetweenWaves = 30;
    campaign.state = CampaignState::Running;
    campaign.currentWave = 1;
    campaign.createdBy = QStringLiteral("dave");
    campaign.created = utcMs(1700000000000);
    campaign.counts = {{DeviceUpdateState::Succeeded, 12}, {DeviceUpdateState::Failed, 1}};
    return campaign;
}

inline Approval makeApproval(int i)
{
    Approval approval;
    approval.id = numbered("appr-", i);
    approval.kind = ApprovalKind::Quarantine;
    approval.state = i % 2 ? ApprovalState::Approved : ApprovalState::Pending;
    approval.summary = QStringLiteral("Isolate infusion pump dev-%1").arg(i);
    approval.action = QJsonObject{{QStringLiteral("device_id"), numbered("dev-", i)},
                                  {QStringLiteral("level"), QStringLiteral("isolate")}};
    approval.requestedBy = QStringLiteral("alice");
    approval.decidedBy = i % 2 ? QStringLiteral("bob") : QString();
    approval.created = utcMs(1700000000000);
    approval.decided = i % 2 ? utcMs(1700000300000) : QDateTime();
    return approval;
}

inline Rule makeRule(int i)
{
    Rule rule;
    rule.id = numbered("rule-", i);
    rule.name = numbered("Quarantine beacons ", i);
    rule.enabled = i % 2 == 1;
    rule.priority = 10 + i;
    rule.condition = QStringLiteral("event.type == \"malware_beacon\" and device.class != \"infusion_pump\"");
    rule.action = RuleActionKind::Quarantine;
    rule.quarantineLevel = QuarantineLevel::Isolate;
    rule.createdBy = QStringLiteral("erin");
    return rule;
}

// A valid chain link: hash = SHA-256(prevHash || canonical bytes).
inline AuditEntry makeAuditEntry(qint64 index, const QByteArray &prevHash)
{
    AuditEntry entry;
    entry.index = index;
    entry.time = utcMs(1700000000000 + index);
    entry.actor = QStringLiteral("alice");
    entry.action = QStringLiteral("quarantine.request");
    entry.target = numbered("dev-", index);
    entry.details = QJsonObject{{QStringLiteral("level"), QStringLiteral("isolate")}};
    entry.prevHash = prevHash;
    entry.hash = QCryptographicHash::hash(QByteArray(prevHash + entry.canonicalBytes()), QCryptographicHash::Sha256);
    return entry;
}

inline QList<AuditEntry> makeAuditChain(qint64 first, int count)
{
    QList<AuditEntry> chain;
    QByteArray prev(32, '\0');
    for (qint64 i = first; i < first + count; ++i) {
        chain.append(makeAuditEntry(i, prev));
        prev = chain.last().hash;
    }
    return chain;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace warden::test
