#include "HostileBackendHarness.h"

using namespace warden;
using namespace warden::test;
using namespace Qt::StringLiterals;

// The console behind a hostile network (HostileBackendHarness.h), faults in what the backend says: malformed
// JSON, valid JSON with wrong types, messages cut in half, connections dropped mid-stream
// (tst_hostilebackendstall has the faults that make the console wait).
class TestHostileBackend : public QObject {
    Q_OBJECT

    HostileBackendHarness m_harness;

private slots:
    void initTestCase()
    {
        if (!HostileBackendHarness::available())
            QSKIP("fleetd and tests/fault_proxy must be built (targets fleetd, fault_proxy)");
        m_harness.start();
    }

    void cleanupTestCase() { m_harness.stop(); }

    void faultIsSurvived_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("malformed JSON") << u"corrupt"_s;
        // "site_id":"site-1" becomes "site_id":7,"was":"site-1": valid JSON, a number where text belongs.
        QTest::newRow("wrong types") << u"replace _id\":\" _id\":7,\"was\":\""_s;
        QTest::newRow("cut mid-message") << u"truncate"_s;
        QTest::newRow("connections dropped") << u"drop"_s;
    }

    void faultIsSurvived()
    {
        QFETCH(QString, fault);
        m_harness.survive(fault);
    }
};

QTEST_MAIN(TestHostileBackend)
#include "tst_hostilebackend.moc"
