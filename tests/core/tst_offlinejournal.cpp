#include "cache/CacheWriter.h"
#include "fleet/FleetApiClient.h"
#include "fleet/OfflineJournal.h"

#include "DomainCompare.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;
using namespace Qt::StringLiterals;

// The offline journal without a backend: what it accepts, what it lists, and that nothing leaves while offline.
// (Sending after confirmation is covered against fleetd in tests/integration/tst_fleetstream.)
class TestOfflineJournal : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void validate_data();
    void validate();
    void recordedActionsWaitForConfirmation();
    void offlineConfirmationIsRefused();
    void discardRemoves();
    void invalidActionIsNotRecorded();

private:
    Result<qint64> record(const QString &kind, const QJsonObject &payload);

    QTemporaryDir m_dir;
    ConnectionProfile m_profile;
    std::optional<TlsSettings> m_tls; // built once: loading the system CAs for every row would be slow
    std::unique_ptr<CacheWriter> m_writer;
    std::unique_ptr<FleetApiClient> m_api;
    std::unique_ptr<OfflineJournal> m_journal;
    int m_case = 0;
};

void TestOfflineJournal::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_profile.name = u"offline"_s;
    m_profile.baseUrl = QUrl(u"https://127.0.0.1:1"_s);
    m_tls = TlsSetup::build(m_profile).value();
}

void TestOfflineJournal::init()
{
    m_writer = std::make_unique<CacheWriter>(m_dir.filePath(u"journal-%1.sqlite"_s.arg(++m_case)));
    m_api = std::make_unique<FleetApiClient>(m_profile, *m_tls);
    m_journal = std::make_unique<OfflineJournal>(m_writer.get(), m_api.get());
}

void TestOfflineJournal::cleanup()
{
    m_journal.reset();
    m_api.reset();
    m_writer.reset();
}

Result<qint64> TestOfflineJournal::record(const QString &kind, const QJsonObject &payload)
{
    std::optional<Result<qint64>> result;
    m_journal->record(kind, payload, this, [&](Result<qint64> id) { result.emplace(std::move(id)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return Result<qint64>::failure(u"no answer"_s);
    return *result;
}

void TestOfflineJournal::validate_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<bool>("valid");
    const QJsonObject quarantine{{u"device_id"_s, u"dev-1"_s}, {u"level"_s, u"isolate"_s}, {u"reason"_s, u"beacon"_s}};
    QTest::newRow("quarantine") << u"device.quarantine"_s << quarantine << true;
    QJsonObject noneLevel = quarantine;
    noneLevel.insert(u"level"_s, u"none"_s);
    QTest::newRow("quarantine level none") << u"device.quarantine"_s << noneLevel << false;
    QJsonObject noReason = quarantine;
    noReason.remove(u"reason"_s);
    QTest::newRow("quarantine without reason") << u"device.quarantine"_s << noReason << false;
    QTest::newRow("release") << u"device.release"_s
                             << QJsonObject{{u"device_id"_s, u"dev-1"_s}, {u"reason"_s, u"clean"_s}} << true;
    QTest::newRow("incident state") << u"incident.state"_s
                                    << QJsonObject{{u"incident_id"_s, u"i1"_s}, {u"state"_s, u"contained"_s}} << true;
    QTest::newRow("incident bad state") << u"incident.state"_s
                                        << QJsonObject{{u"incident_id"_s, u"i1"_s}, {u"state"_s, u"gone"_s}} << false;
    QTest::newRow("note") << u"incident.note"_s
                          << QJsonObject{{u"incident_id"_s, u"i1"_s},
                                         {u"text"_s, u"seen"_s},
                                         {u"written_at"_s, u"2026-11-25T10:00:00.000Z"_s}}
                          << true;
    QTest::newRow("note without time") << u"incident.note"_s
                                       << QJsonObject{{u"incident_id"_s, u"i1"_s},
                                                      {u"text"_s, u"seen"_s},
                                                      {u"written_at"_s, u"later"_s}}
                                       << false;
    QTest::newRow("licence approve") << u"licence.approve"_s
                                     << QJsonObject{{u"licence_id"_s, u"l1"_s}, {u"scopes"_s, QJsonArray{u"a"_s}}}
                                     << true;
    QTest::newRow("licence approve no scopes")
        << u"licence.approve"_s << QJsonObject{{u"licence_id"_s, u"l1"_s}, {u"scopes"_s, QJsonArray{}}} << false;
    QTest::newRow("campaign abort") << u"campaign.abort"_s << QJsonObject{{u"campaign_id"_s, u"c1"_s}} << true;
    QTest::newRow("approval deny no reason") << u"approval.deny"_s << QJsonObject{{u"approval_id"_s, u"a1"_s}} << false;
    QTest::newRow("id of wrong type") << u"device.enable"_s << QJsonObject{{u"device_id"_s, 7}, {u"reason"_s, u"x"_s}}
                                      << false;
    const QJsonObject rule{{u"name"_s, u"Isolate cameras"_s}, {u"enabled"_s, true}, {u"priority"_s, 10},
                           {u"condition"_s, u"class:ip_camera type:brute_force"_s}, {u"action"_s, u"quarantine"_s},
                           {u"quarantine_level"_s, u"isolate"_s}};
    QTest::newRow("rule create") << u"rule.create"_s << rule << true;
    QJsonObject update = rule;
    update.insert(u"rule_id"_s, u"rule-0001"_s);
    QTest::newRow("rule update") << u"rule.update"_s << update << true;
    QTest::newRow("rule update without id") << u"rule.update"_s << rule << false;
    QJsonObject noLevel = rule;
    noLevel.remove(u"quarantine_level"_s);
    QTest::newRow("rule quarantine without level") << u"rule.create"_s << noLevel << false;
    QJsonObject badAction = rule;
    badAction.insert(u"action"_s, u"explode"_s);
    QTest::newRow("rule with unknown action") << u"rule.create"_s << badAction << false;
    QTest::newRow("rule delete") << u"rule.delete"_s << QJsonObject{{u"rule_id"_s, u"rule-0001"_s}} << true;
    QTest::newRow("rule delete without id") << u"rule.delete"_s << QJsonObject{} << false;
    QTest::newRow("unknown kind") << u"device.explode"_s << QJsonObject{{u"device_id"_s, u"dev-1"_s}} << false;
}

void TestOfflineJournal::validate()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, payload);
    QFETCH(bool, valid);
    const QString problem = OfflineJournal::validate(kind, payload);
    QCOMPARE(problem.isEmpty(), valid);
    QVERIFY(OfflineJournal::knownKinds().contains(kind) || !valid);
}

void TestOfflineJournal::recordedActionsWaitForConfirmation()
{
    QSignalSpy changed(m_journal.get(), &OfflineJournal::entriesChanged);
    const Result<qint64> action =
        record(u"device.quarantine"_s,
               QJsonObject{{u"device_id"_s, u"dev-1"_s}, {u"level"_s, u"disable"_s}, {u"reason"_s, u"offline test"_s}});
    QVERIFY2(action.ok(), qPrintable(action.errorMessage()));
    std::optional<Result<qint64>> note;
    const QDateTime writtenAt(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC);
    m_journal->recordNote(u"inc-1"_s, u"Checked the pump on site"_s, writtenAt, this,
                          [&](Result<qint64> id) { note.emplace(std::move(id)); });
    QTRY_VERIFY(note.has_value());
    QVERIFY(note->ok());
    QTRY_VERIFY(changed.count() >= 2);

    const QList<PendingAction> entries = m_journal->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).kind, u"device.quarantine"_s);
    QCOMPARE(entries.at(0).state, PendingActionState::PendingConfirmation);
    QCOMPARE(entries.at(1).payload.value(u"written_at"_s).toString(), u"2026-11-25T09:30:00.000Z"_s);
    // Notes go out by themselves; only the destructive action waits for the operator.
    const QList<PendingAction> pending = m_journal->pendingConfirmation();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().id, action.value());

    // Survives a restart of the console: a new journal on the same file lists the same entries.
    m_journal.reset();
    m_journal = std::make_unique<OfflineJournal>(m_writer.get(), m_api.get());
    QSignalSpy reloaded(m_journal.get(), &OfflineJournal::entriesChanged);
    m_journal->refresh();
    QVERIFY(reloaded.wait(5000));
    QCOMPARE(m_journal->entries().size(), 2);
}

void TestOfflineJournal::offlineConfirmationIsRefused()
{
    const Result<qint64> action =
        record(u"device.disable"_s, QJsonObject{{u"device_id"_s, u"dev-1"_s}, {u"reason"_s, u"x"_s}});
    QVERIFY(action.ok());
    QSignalSpy sent(m_journal.get(), &OfflineJournal::actionSent);
    std::optional<FleetStatus> status;
    m_journal->confirmAndSend(action.value(), this, [&](FleetStatus s) { status.emplace(std::move(s)); });
    QTRY_VERIFY(status.has_value());
    QVERIFY(!status->ok());
    QVERIFY(status->error().message().contains(u"not connected"_s));
    // Even "online" without a login nothing is sent.
    m_journal->setOnline(true);
    status.reset();
    m_journal->confirmAndSend(action.value(), this, [&](FleetStatus s) { status.emplace(std::move(s)); });
    QTRY_VERIFY(status.has_value());
    QVERIFY(!status->ok());
    QCOMPARE(sent.count(), 0);
    m_journal->refresh();
    QTRY_COMPARE(m_journal->pendingConfirmation().size(), 1);
}

void TestOfflineJournal::discardRemoves()
{
    const Result<qint64> action = record(u"campaign.pause"_s, QJsonObject{{u"campaign_id"_s, u"c1"_s}});
    QVERIFY(action.ok());
    std::optional<Status> status;
    m_journal->discard(action.value(), this, [&](Status s) { status.emplace(s); });
    QTRY_VERIFY(status.has_value());
    QVERIFY(status->ok());
    m_journal->refresh();
    QTRY_VERIFY(m_journal->entries().isEmpty());
}

void TestOfflineJournal::invalidActionIsNotRecorded()
{
    const Result<qint64> refused = record(u"device.quarantine"_s, QJsonObject{{u"device_id"_s, u"dev-1"_s}});
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorMessage().contains(u"level"_s));
    m_journal->refresh();
    QTest::qWait(200);
    QVERIFY(m_journal->entries().isEmpty());
}

QTEST_GUILESS_MAIN(TestOfflineJournal)
#include "tst_offlinejournal.moc"
