// Licence decisions against a running fleetd and their effect on the licence_violation events its simulation emits
// (issue [F8], "Tests (against fleetd)"): approving a scope silences that device's violations of exactly that scope,
// revoking brings them back, denying changes nothing. Every check reads the event history by paging /events, so
// the assertions depend on sequence numbers, never on how long anything took.

#include "FleetdTestClient.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace warden;
using namespace warden::test;

namespace {

// The same device using other scopes must produce this many violations after an approval before "none for the
// approved scope" counts. A device picks uniformly among its unlicensed usable scopes (3 or 4 per class), so a
// fleetd that ignored the licence would have named the approved scope among them with probability above 99.6 %.
constexpr int OtherScopeViolationsNeeded = 20;
// QTRY timeouts for anything waiting on the simulation: generous, the machine may be loaded.
constexpr int SimulationTimeoutMs = 240000;

struct Violation {
    qint64 seq = 0;
    QString deviceId;
    QString scope;
};

} // namespace

class TestFleetdLicenceViolations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void approvalSilencesTheScopeAndRevocationRestoresIt();
    void denialLeavesViolationsFlowing();

private:
    // Pages /events from the cursor to the newest event, keeping the licence violations; false if a page failed.
    bool fetch();
    // Violations with seq in (afterSeq, uptoSeq] matching pred.
    int count(qint64 afterSeq, qint64 uptoSeq, const std::function<bool(const Violation &)> &pred) const;
    qint64 lastSeq();
    // A requested licence (not in `exclude`) whose device has violated one of its requested scopes; the scope it
    // violated most often goes to *scope.
    QJsonObject pickLicence(const QSet<QString> &exclude, QString *scope) const;

    QTemporaryDir m_dir;
    FleetdRunner m_runner;
    std::unique_ptr<FleetdTestClient> m_client;
    QByteArray m_alice;
    QJsonArray m_licences;
    QList<Violation> m_violations;
    qint64 m_nextSeq = 1;
    qint64 m_eventsSeen = 0;
    QSet<QString> m_used; // licences decided by an earlier test function
};

void TestFleetdLicenceViolations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A small fleet at a high rate: each device then violates often enough (about one a second) for the counts
    // below to be reached quickly, while the history stays small enough to page in full.
    FleetdConfig config = testConfig(m_dir.filePath(u"data"_s), 30, 11);
    config.eventRate = 100;
    config.timeScale = 8;
    const Result<FleetdInstanceInfo> info = m_runner.start(config);
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    m_client = std::make_unique<FleetdTestClient>(info->baseUrl, info->caPem, info->credentialsFile);
    m_alice = m_client->token(u"alice"_s);
    QVERIFY(!m_alice.isEmpty());
    m_licences = m_client->all(u"/licences"_s, m_alice);
    QVERIFY2(m_licences.size() >= 2, "the generated fleet has fewer than two licence requests");
    for (const QJsonValue &value : std::as_const(m_licences))
        QCOMPARE(value.toObject().value(u"state"_s).toString(), u"requested"_s);
}

void TestFleetdLicenceViolations::cleanupTestCase()
{
    qInfo("paged %lld events, %lld of them licence violations", m_eventsSeen, qint64(m_violations.size()));
    m_client.reset();
    m_runner.stop();
}

bool TestFleetdLicenceViolations::fetch()
{
    while (true) {
        const Reply page = m_client->get(u"/events?limit=5000&from_seq="_s + QString::number(m_nextSeq), m_alice);
        if (page.status != 200) {
            qWarning() << "paging /events failed:" << page.status << page.body;
            return false;
        }
        const QJsonArray items = page.items();
        for (const QJsonValue &value : items) {
            const QJsonObject event = value.toObject();
            const qint64 seq = event.value(u"seq"_s).toInteger();
            if (seq != m_nextSeq) {
                qWarning() << "/events skipped from" << m_nextSeq << "to" << seq;
                return false;
            }
            m_nextSeq = seq + 1;
            ++m_eventsSeen;
            if (event.value(u"type"_s).toString() != u"licence_violation"_s)
                continue;
            m_violations.append({seq, event.value(u"device_id"_s).toString(),
                                 event.value(u"details"_s).toObject().value(u"scope"_s).toString()});
        }
        if (items.size() < 5000)
            return true;
    }
}

int TestFleetdLicenceViolations::count(qint64 afterSeq, qint64 uptoSeq,
                                       const std::function<bool(const Violation &)> &pred) const
{
    int n = 0;
    for (const Violation &v : m_violations) {
        if (v.seq > afterSeq && v.seq <= uptoSeq && pred(v))
            ++n;
    }
    return n;
}

qint64 TestFleetdLicenceViolations::lastSeq()
{
    return m_client->get(u"/info"_s, {}).json.value(u"last_seq"_s).toInteger();
}

QJsonObject TestFleetdLicenceViolations::pickLicence(const QSet<QString> &exclude, QString *scope) const
{
    QJsonObject best;
    int bestCount = 0;
    for (const QJsonValue &value : m_licences) {
        const QJsonObject licence = value.toObject();
        if (exclude.contains(licence.value(u"id"_s).toString()))
            continue;
        const QString device = licence.value(u"device_id"_s).toString();
        for (const QJsonValue &requested : licence.value(u"requested_scopes"_s).toArray()) {
            const int n = count(0, m_nextSeq, [&](const Violation &v) {
                return v.deviceId == device && v.scope == requested.toString();
            });
            if (n > bestCount) {
                bestCount = n;
                best = licence;
                *scope = requested.toString();
            }
        }
    }
    return bestCount >= 3 ? best : QJsonObject{};
}

void TestFleetdLicenceViolations::approvalSilencesTheScopeAndRevocationRestoresIt()
{
    // A device behind a pending request that keeps using one of the scopes it asked for.
    QString scope;
    QJsonObject licence;
    QTRY_VERIFY2_WITH_TIMEOUT(fetch() && !(licence = pickLicence(m_used, &scope)).isEmpty(),
                              "no device with a licence request violated a requested scope three times",
                              SimulationTimeoutMs);
    const QString id = licence.value(u"id"_s).toString();
    const QString device = licence.value(u"device_id"_s).toString();
    m_used.insert(id);
    const auto sameScope = [&](const Violation &v) { return v.deviceId == device && v.scope == scope; };
    const auto otherScopes = [&](const Violation &v) { return v.deviceId == device && v.scope != scope; };
    const auto otherDevices = [&](const Violation &v) { return v.deviceId != device; };
    QVERIFY(count(0, m_nextSeq, sameScope) >= 3);

    // Approve exactly that scope. Everything committed after the reply's last_seq was generated with the licence.
    Reply reply =
        m_client->post(u"/licences/"_s + id + u"/approve"_s, QJsonObject{{u"scopes"_s, QJsonArray{scope}}}, m_alice);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"state"_s).toString(), u"active"_s);
    QCOMPARE(reply.json.value(u"granted_scopes"_s).toArray(), QJsonArray{scope});
    const qint64 approvedAt = lastSeq();
    QVERIFY(approvedAt > 0);

    // The device goes on using its other (unlicensed) scopes, and the rest of the fleet keeps violating: the
    // stream is alive and the device is not silenced as a whole, so "no violation of the scope" means something.
    QTRY_VERIFY2_WITH_TIMEOUT(fetch() && count(approvedAt, m_nextSeq, otherScopes) >= OtherScopeViolationsNeeded,
                              "the licensed device stopped violating its other scopes", SimulationTimeoutMs);
    const qint64 beforeRevoke = lastSeq();
    QVERIFY(fetch());
    QVERIFY(m_nextSeq > beforeRevoke);
    QVERIFY(count(approvedAt, beforeRevoke, otherDevices) > 0);
    const int silenced = count(approvedAt, beforeRevoke, sameScope);
    if (silenced != 0) {
        for (const Violation &v : std::as_const(m_violations)) {
            if (v.seq > approvedAt && sameScope(v))
                qWarning() << "violation after approval: seq" << v.seq << v.deviceId << v.scope;
        }
    }
    QCOMPARE(silenced, 0);
    qInfo("%s licensed for %s: 0 violations of it and %d of other scopes in seq %lld..%lld", qPrintable(device),
          qPrintable(scope), count(approvedAt, beforeRevoke, otherScopes), approvedAt + 1, beforeRevoke);

    // Revoking takes the licence away again: the device's violations of the scope come back.
    reply = m_client->post(u"/licences/"_s + id + u"/revoke"_s, QJsonObject{{u"reason"_s, u"abused"_s}}, m_alice);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"state"_s).toString(), u"revoked"_s);
    const qint64 revokedAt = lastSeq();
    QTRY_VERIFY2_WITH_TIMEOUT(fetch() && count(revokedAt, m_nextSeq, sameScope) > 0,
                              "violations of the revoked scope did not come back", SimulationTimeoutMs);
}

void TestFleetdLicenceViolations::denialLeavesViolationsFlowing()
{
    QString scope;
    QJsonObject licence;
    QTRY_VERIFY2_WITH_TIMEOUT(fetch() && !(licence = pickLicence(m_used, &scope)).isEmpty(),
                              "no second device with a licence request violated a requested scope three times",
                              SimulationTimeoutMs);
    const QString id = licence.value(u"id"_s).toString();
    const QString device = licence.value(u"device_id"_s).toString();
    m_used.insert(id);

    Reply reply =
        m_client->post(u"/licences/"_s + id + u"/deny"_s, QJsonObject{{u"reason"_s, u"not needed"_s}}, m_alice);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"state"_s).toString(), u"denied"_s);
    QVERIFY(reply.json.value(u"granted_scopes"_s).toArray().isEmpty());
    const qint64 deniedAt = lastSeq();
    // A denied request grants nothing: the device keeps violating the very scope it asked for.
    const auto sameScope = [&](const Violation &v) { return v.deviceId == device && v.scope == scope; };
    QTRY_VERIFY2_WITH_TIMEOUT(fetch() && count(deniedAt, m_nextSeq, sameScope) >= 3,
                              "violations of the denied scope stopped", SimulationTimeoutMs);
    // And a decided request cannot be approved afterwards.
    reply =
        m_client->post(u"/licences/"_s + id + u"/approve"_s, QJsonObject{{u"scopes"_s, QJsonArray{scope}}}, m_alice);
    QCOMPARE(reply.status, 409);
}

QTEST_GUILESS_MAIN(TestFleetdLicenceViolations)
#include "tst_fleetdlicenceviolations.moc"
