#include "fleet/FleetApiClient.h"
#include "fleet/FleetResponses.h"

#include "DomainCompare.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace warden;
using namespace warden::fleetresponses;
using namespace Qt::StringLiterals;

namespace {

QJsonObject siteJson(const QString &id)
{
    return QJsonObject{{u"id"_s, id},
                       {u"name"_s, QString(u"Site "_s + id)},
                       {u"kind"_s, u"hospital"_s},
                       {u"time_zone"_s, u"Europe/Berlin"_s},
                       {u"city"_s, u"Berlin"_s}};
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray sitePage(const QJsonArray &items, const QJsonValue &cursor, qint64 revision = 77,
                    const QJsonValue &deleted = QJsonValue())
{
    QJsonObject page{{u"items"_s, items}, {u"next_cursor"_s, cursor}, {u"revision"_s, revision}};
    if (!deleted.isNull())
        page.insert(u"deleted"_s, deleted);
    return json(page);
}

QJsonObject eventJson(qint64 seq)
{
    return QJsonObject{{u"seq"_s, seq},
                       {u"time"_s, u"2026-11-25T10:00:00.000Z"_s},
                       {u"device_id"_s, u"dev-1"_s},
                       {u"type"_s, u"anomaly"_s},
                       {u"severity"_s, u"WARNING"_s}};
}

} // namespace

// The response parsers of the Fleet API client: strict, bounded, and precise about the field at fault.
class TestFleetResponses : public QObject {
    Q_OBJECT

private slots:
    void pageEnvelope();
    void lastPageHasNoCursor();
    void deltaPageCarriesDeletions();
    void malformedPages_data();
    void malformedPages();
    void oversizedPageIsRefused();
    void login();
    void loginRejects_data();
    void loginRejects();
    void quarantineOutcome();
    void eventsPage_data();
    void eventsPage();
    void auditPageAndHead();
    void dryRunHits();
    void wrappedAndListed();
    void linkIds_data();
    void linkIds();
    void requestBodies();
    void sessionRoles_data();
    void sessionRoles();
};

void TestFleetResponses::pageEnvelope()
{
    const Result<Page<Site>> page =
        parsePage<Site>(sitePage({siteJson(u"s1"_s), siteJson(u"s2"_s)}, u"opaque-cursor"_s, 1234));
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    QCOMPARE(page->items.size(), 2);
    QCOMPARE(page->items.at(1).id, u"s2"_s);
    QCOMPARE(page->items.at(0).kind, SiteKind::Hospital);
    QCOMPARE(page->nextCursor, u"opaque-cursor"_s);
    QCOMPARE(page->revision, 1234);
    QVERIFY(page->deleted.isEmpty());
}

void TestFleetResponses::lastPageHasNoCursor()
{
    const Result<Page<Site>> page = parsePage<Site>(sitePage({siteJson(u"s1"_s)}, QJsonValue::Null));
    QVERIFY(page.ok());
    QVERIFY(page->nextCursor.isEmpty());
    // Unknown fields of a newer backend are ignored.
    QJsonObject extended{{u"items"_s, QJsonArray{}},
                         {u"next_cursor"_s, QJsonValue::Null},
                         {u"revision"_s, 1},
                         {u"server_hint"_s, u"whatever"_s}};
    QVERIFY(parsePage<Site>(json(extended)).ok());
}

void TestFleetResponses::deltaPageCarriesDeletions()
{
    const Result<Page<Site>> page = parsePage<Site>(sitePage({}, QJsonValue::Null, 90, QJsonArray{u"s7"_s, u"s9"_s}));
    QVERIFY(page.ok());
    QCOMPARE(page->deleted, (QStringList{u"s7"_s, u"s9"_s}));
    QVERIFY(page->items.isEmpty());
}

void TestFleetResponses::malformedPages_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QJsonObject badSite = siteJson(u"s2"_s);
    badSite.insert(u"kind"_s, u"castle"_s);
    QJsonObject noId = siteJson(u"s3"_s);
    noId.remove(u"id"_s);

    QTest::newRow("not json") << QByteArray("<html>") << QString();
    QTest::newRow("array") << QByteArray("[]") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("no items") << json({{u"revision"_s, 1}}) << u"items"_s;
    QTest::newRow("items object") << json({{u"items"_s, QJsonObject{}}, {u"revision"_s, 1}}) << u"items"_s;
    QTest::newRow("no revision") << json({{u"items"_s, QJsonArray{}}}) << u"revision"_s;
    QTest::newRow("revision string") << json({{u"items"_s, QJsonArray{}}, {u"revision"_s, u"5"_s}}) << u"revision"_s;
    QTest::newRow("negative revision") << sitePage({}, QJsonValue::Null, -1) << u"revision"_s;
    QTest::newRow("cursor number") << sitePage({}, 5) << u"next_cursor"_s;
    QTest::newRow("deleted of numbers") << sitePage({}, QJsonValue::Null, 1, QJsonArray{1, 2}) << u"deleted[0]"_s;
    QTest::newRow("item not object") << sitePage({siteJson(u"s1"_s), u"s2"_s}, QJsonValue::Null) << u"items[1]"_s;
    QTest::newRow("item bad enum") << sitePage({siteJson(u"s1"_s), badSite}, QJsonValue::Null) << u"items[1].kind"_s;
    QTest::newRow("item missing id") << sitePage({siteJson(u"s1"_s), siteJson(u"s2"_s), noId}, QJsonValue::Null)
                                     << u"items[2].id"_s;
}

void TestFleetResponses::malformedPages()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const Result<Page<Site>> page = parsePage<Site>(body);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().field, field);
    QVERIFY(!page.errorMessage().isEmpty());
    if (!field.isEmpty())
        QVERIFY2(page.errorMessage().contains(field), qPrintable(page.errorMessage()));
}

void TestFleetResponses::oversizedPageIsRefused()
{
    const QByteArray body = sitePage({siteJson(u"s1"_s)}, QJsonValue::Null);
    QVERIFY(parsePage<Site>(body, body.size()).ok());
    const Result<Page<Site>> page = parsePage<Site>(body, body.size() - 1);
    QVERIFY(!page.ok());
    QVERIFY(page.errorMessage().contains(u"larger than"_s));

    // The client turns such an error into a ProtocolError naming the request and the field.
    const FleetError error = FleetError::protocol(u"x"_s, u"items[3].id"_s);
    QCOMPARE(error.kind(), FleetError::Kind::ProtocolError);
    QCOMPARE(error.field(), u"items[3].id"_s);
}

void TestFleetResponses::login()
{
    const QByteArray body = json({{u"token"_s, u"tok-123"_s},
                                  {u"expires_at"_s, u"2026-11-25T10:15:00.000Z"_s},
                                  {u"user"_s, u"alice"_s},
                                  {u"roles"_s, QJsonArray{u"operator"_s}},
                                  {u"backend"_s, QJsonObject{{u"name"_s, u"fleetd"_s}, {u"version"_s, u"0.1.0"_s}}}});
    Result<LoginReply> reply = parseLogin(body);
    QVERIFY2(reply.ok(), qPrintable(reply.errorMessage()));
    QCOMPARE(reply.value().token.bytes(), QByteArray("tok-123"));
    QCOMPARE(reply.value().session.user, u"alice"_s);
    QCOMPARE(reply.value().session.roles, QStringList{u"operator"_s});
    QCOMPARE(reply.value().session.expiresAt, QDateTime(QDate(2026, 11, 25), QTime(10, 15), Qt::UTC));
    QCOMPARE(reply.value().session.backendName, u"fleetd"_s);
    QCOMPARE(reply.value().session.backendVersion, u"0.1.0"_s);
}

void TestFleetResponses::loginRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const QJsonObject good{{u"token"_s, u"t"_s},
                           {u"expires_at"_s, u"2026-11-25T10:15:00.000Z"_s},
                           {u"user"_s, u"alice"_s},
                           {u"roles"_s, QJsonArray{u"viewer"_s}}};
    const auto without = [&](const QString &key) {
        QJsonObject copy = good;
        copy.remove(key);
        return json(copy);
    };
    const auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject copy = good;
        copy.insert(key, value);
        return json(copy);
    };
    QTest::newRow("no token") << without(u"token"_s) << u"token"_s;
    QTest::newRow("token number") << with(u"token"_s, 5) << u"token"_s;
    QTest::newRow("huge token") << with(u"token"_s, QString(5000, u'a')) << u"token"_s;
    QTest::newRow("no expiry") << without(u"expires_at"_s) << u"expires_at"_s;
    QTest::newRow("bad expiry") << with(u"expires_at"_s, u"soon"_s) << u"expires_at"_s;
    QTest::newRow("no user") << without(u"user"_s) << u"user"_s;
    QTest::newRow("no roles") << with(u"roles"_s, QJsonArray{}) << u"roles"_s;
    QTest::newRow("roles not strings") << with(u"roles"_s, QJsonArray{1}) << u"roles[0]"_s;
}

void TestFleetResponses::loginRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const Result<LoginReply> reply = parseLogin(body);
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error().field, field);
}

void TestFleetResponses::quarantineOutcome()
{
    const QJsonObject device{{u"id"_s, u"dev-1"_s},
                             {u"name"_s, u"Camera"_s},
                             {u"device_class"_s, u"ip_camera"_s},
                             {u"site_id"_s, u"s1"_s},
                             {u"status"_s, u"online"_s},
                             {u"risk_score"_s, 50},
                             {u"capabilities"_s, QJsonObject{{u"online_update"_s, true},
                                                             {u"needs_maintenance_window"_s, false},
                                                             {u"safety_critical"_s, false}}},
                             {u"quarantine"_s, u"isolate"_s}};
    const Result<QuarantineOutcome> applied = parseQuarantine(200, json({{u"device"_s, device}}));
    QVERIFY2(applied.ok(), qPrintable(applied.errorMessage()));
    QVERIFY(applied->device.has_value());
    QVERIFY(!applied->needsApproval());
    QCOMPARE(applied->device->quarantine, QuarantineLevel::Isolate);

    const QJsonObject approval{{u"id"_s, u"apr-1"_s},
                               {u"kind"_s, u"quarantine"_s},
                               {u"state"_s, u"pending"_s},
                               {u"summary"_s, u"Isolate pump"_s},
                               {u"action"_s, QJsonObject{{u"level"_s, u"isolate"_s}}},
                               {u"requested_by"_s, u"alice"_s},
                               {u"created"_s, u"2026-11-25T10:00:00.000Z"_s}};
    const Result<QuarantineOutcome> held = parseQuarantine(202, json({{u"approval"_s, approval}}));
    QVERIFY2(held.ok(), qPrintable(held.errorMessage()));
    QVERIFY(held->needsApproval());
    QVERIFY(!held->device.has_value());

    // 202 with a device instead of the approval is malformed, and says where.
    const Result<QuarantineOutcome> wrong = parseQuarantine(202, json({{u"device"_s, device}}));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().field, u"approval"_s);
    QJsonObject broken = device;
    broken.insert(u"risk_score"_s, 500);
    QCOMPARE(parseQuarantine(200, json({{u"device"_s, broken}})).error().field, u"device.risk_score"_s);
}

void TestFleetResponses::eventsPage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field"); // "" = valid
    QTest::newRow("contiguous") << json({{u"items"_s, QJsonArray{eventJson(5), eventJson(6)}}, {u"last_seq"_s, 9}})
                                << QString();
    QTest::newRow("empty") << json({{u"items"_s, QJsonArray{}}, {u"last_seq"_s, 9}}) << QString();
    QTest::newRow("gap") << json({{u"items"_s, QJsonArray{eventJson(5), eventJson(7)}}, {u"last_seq"_s, 9}})
                         << u"items[1].seq"_s;
    QTest::newRow("beyond last_seq") << json({{u"items"_s, QJsonArray{eventJson(10)}}, {u"last_seq"_s, 9}})
                                     << u"last_seq"_s;
    QTest::newRow("no last_seq") << json({{u"items"_s, QJsonArray{}}}) << u"last_seq"_s;
    QJsonObject bad = eventJson(5);
    bad.insert(u"severity"_s, u"Major"_s);
    QTest::newRow("bad event") << json({{u"items"_s, QJsonArray{bad}}, {u"last_seq"_s, 9}}) << u"items[0].severity"_s;
}

void TestFleetResponses::eventsPage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const Result<EventRange> page = parseEvents(body);
    QCOMPARE(page.ok(), field.isEmpty());
    if (!field.isEmpty())
        QCOMPARE(page.error().field, field);
    else
        QCOMPARE(page->lastSeq, 9);
}

void TestFleetResponses::auditPageAndHead()
{
    const QJsonObject entry{{u"index"_s, 3},
                            {u"time"_s, u"2026-11-25T10:00:00.000Z"_s},
                            {u"actor"_s, u"alice"_s},
                            {u"action"_s, u"quarantine.request"_s},
                            {u"target"_s, u"dev-1"_s},
                            {u"details"_s, QJsonObject{}},
                            {u"prev_hash"_s, QString(64, u'0')},
                            {u"hash"_s, QString(64, u'f')}};
    const Result<AuditRange> page = parseAudit(json({{u"items"_s, QJsonArray{entry}}, {u"head_index"_s, 3}}));
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->headIndex, 3);
    QCOMPARE(page->items.first().hash, QByteArray(32, char(0xff)));

    const QByteArray signature = QByteArray(64, 's').toBase64();
    Result<AuditHead> head = parseObject<AuditHead>(json({{u"index"_s, 3},
                                                          {u"hash"_s, QString(64, u'f')},
                                                          {u"signed_at"_s, u"2026-11-25T10:00:00.000Z"_s},
                                                          {u"signature"_s, QString::fromLatin1(signature)}}));
    QVERIFY2(head.ok(), qPrintable(head.errorMessage()));
    QCOMPARE(head->signature.size(), 64);
    QCOMPARE(head->signedAt, u"2026-11-25T10:00:00.000Z"_s);
    head = parseObject<AuditHead>(json(
        {{u"index"_s, 3}, {u"hash"_s, QString(64, u'f')}, {u"signed_at"_s, u"x"_s}, {u"signature"_s, u"c2hvcnQ="_s}}));
    QVERIFY(!head.ok());
    QCOMPARE(head.error().field, u"signature"_s);
}

void TestFleetResponses::dryRunHits()
{
    const QJsonObject hit{{u"rule_id"_s, u"r1"_s},        {u"seq"_s, 12},
                          {u"device_id"_s, u"dev-1"_s},   {u"time"_s, u"2026-11-25T10:00:00.000Z"_s},
                          {u"action"_s, u"quarantine"_s}, {u"quarantine_level"_s, u"isolate"_s},
                          {u"needs_approval"_s, true}};
    const Result<QList<RuleHit>> hits = parseHits(json({{u"hits"_s, QJsonArray{hit}}}));
    QVERIFY2(hits.ok(), qPrintable(hits.errorMessage()));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().action, RuleActionKind::Quarantine);
    QCOMPARE(hits->first().level, QuarantineLevel::Isolate);
    QVERIFY(hits->first().needsApproval);
    QJsonObject bad = hit;
    bad.insert(u"action"_s, u"explode"_s);
    QCOMPARE(parseHits(json({{u"hits"_s, QJsonArray{hit, bad}}})).error().field, u"hits[1].action"_s);
}

void TestFleetResponses::wrappedAndListed()
{
    const QJsonObject state{{u"device_id"_s, u"dev-1"_s}, {u"state"_s, u"waiting_for_window"_s}, {u"message"_s, u""_s}};
    const Result<QList<CampaignDeviceState>> states =
        fleetresponses::parseList<CampaignDeviceState>(json({{u"items"_s, QJsonArray{state}}}), "items");
    QVERIFY2(states.ok(), qPrintable(states.errorMessage()));
    QCOMPARE(states->first().state, DeviceUpdateState::WaitingForWindow);

    const QJsonObject order{{u"device_id"_s, u"dev-1"_s},
                            {u"site_id"_s, u"s1"_s},
                            {u"campaign_id"_s, u"c1"_s},
                            {u"firmware_id"_s, u"fw1"_s},
                            {u"required_version"_s, u"2.0"_s},
                            {u"window"_s, QJsonObject{{u"start"_s, u"22:00"_s}, {u"end"_s, u"04:00"_s}}}};
    const Result<QList<WorkOrder>> orders =
        fleetresponses::parseList<WorkOrder>(json({{u"items"_s, QJsonArray{order}}}), "items");
    QVERIFY2(orders.ok(), qPrintable(orders.errorMessage()));
    QCOMPARE(orders->first().window.value(u"start"_s).toString(), u"22:00"_s);
    QCOMPARE(fleetresponses::parseList<WorkOrder>(json({{u"items"_s, 3}}), "items").error().field, u"items"_s);
}

void TestFleetResponses::linkIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("uplink") << u"dev-1>gw-1"_s << true << u"dev-1"_s << u"gw-1"_s;
    QTest::newRow("no separator") << u"dev-1"_s << false << QString() << QString();
    QTest::newRow("empty from") << u">gw-1"_s << false << QString() << QString();
    QTest::newRow("empty to") << u"dev-1>"_s << false << QString() << QString();
    QTest::newRow("two separators") << u"a>b>c"_s << false << QString() << QString();
}

void TestFleetResponses::linkIds()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QFETCH(QString, from);
    QFETCH(QString, to);
    const std::optional<Link> link = linkFromId(id);
    QCOMPARE(link.has_value(), valid);
    if (valid) {
        QCOMPARE(link->fromId, from);
        QCOMPARE(link->toId, to);
    }
}

void TestFleetResponses::requestBodies()
{
    DevicePatch patch;
    QVERIFY(patch.isEmpty());
    patch.location = u"Ward 4"_s;
    patch.notes = QString(); // set to empty: clears the notes
    const QJsonObject body = patch.toJson();
    QCOMPARE(body.keys(), (QStringList{u"location"_s, u"notes"_s}));
    QCOMPARE(body.value(u"notes"_s).toString(), QString());

    CampaignRequest campaign;
    campaign.name = u"Pumps 1.3"_s;
    campaign.firmwareId = u"fw-1"_s;
    campaign.deviceIds = {u"dev-1"_s, u"dev-2"_s};
    campaign.waves = {CampaignWave{10, 5}, CampaignWave{100, 5}};
    campaign.waitMinutesBetweenWaves = 30;
    campaign.maintenanceStart = u"22:00"_s;
    campaign.maintenanceEnd = u"04:00"_s;
    QJsonObject request = campaign.toJson();
    QCOMPARE(request.value(u"device_ids"_s).toArray().size(), 2);
    QVERIFY(!request.contains(u"target_filter"_s)); // one or the other, never both
    QCOMPARE(request.value(u"waves"_s).toArray().at(0).toObject().value(u"percent"_s).toDouble(), 10.0);
    QCOMPARE(request.value(u"maintenance_window"_s).toObject().value(u"end"_s).toString(), u"04:00"_s);
    campaign.deviceIds.clear();
    campaign.targetFilter = u"class:infusion_pump"_s;
    campaign.maintenanceStart.clear();
    campaign.maintenanceEnd.clear();
    request = campaign.toJson();
    QVERIFY(!request.contains(u"device_ids"_s));
    QVERIFY(!request.contains(u"maintenance_window"_s));
    QCOMPARE(request.value(u"target_filter"_s).toString(), u"class:infusion_pump"_s);

    QCOMPARE(toString(CampaignAction::Retry), u"retry"_s);
    QCOMPARE(collectionPath<Device>(), u"devices"_s);
    QCOMPARE(collectionPath<Owner>(), u"owners"_s);
    QCOMPARE(collectionPath<Firmware>(), u"firmware"_s);
}

void TestFleetResponses::sessionRoles_data()
{
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<bool>("viewer");
    QTest::addColumn<bool>("operatorRole");
    QTest::addColumn<bool>("admin");
    QTest::newRow("viewer") << QStringList{u"viewer"_s} << true << false << false;
    QTest::newRow("operator") << QStringList{u"operator"_s} << true << true << false;
    QTest::newRow("admin") << QStringList{u"admin"_s} << true << true << true;
    QTest::newRow("unknown role") << QStringList{u"auditor"_s} << false << false << false;
    QTest::newRow("none") << QStringList{} << false << false << false;
}

void TestFleetResponses::sessionRoles()
{
    QFETCH(QStringList, roles);
    QFETCH(bool, viewer);
    QFETCH(bool, operatorRole);
    QFETCH(bool, admin);
    LoginSession session;
    session.user = u"x"_s;
    session.roles = roles;
    QCOMPARE(session.hasRole(u"viewer"_s), viewer);
    QCOMPARE(session.hasRole(u"operator"_s), operatorRole);
    QCOMPARE(session.hasRole(u"admin"_s), admin);
    QCOMPARE(session.mayReadOwners(), operatorRole);
    if (roles.contains(u"auditor"_s))
        QVERIFY(session.hasRole(u"auditor"_s)); // unknown roles match only themselves
}

QTEST_GUILESS_MAIN(TestFleetResponses)
#include "tst_fleetresponses.moc"
