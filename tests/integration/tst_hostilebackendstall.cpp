#include "HostileBackendHarness.h"

using namespace warden;
using namespace warden::test;
using namespace Qt::StringLiterals;

// The console behind a hostile network (HostileBackendHarness.h), faults that make it wait or flood it: a backend
// that stops sending, a body or frame announcing 1 TiB, a body or message that never ends, a TLS handshake that
// never completes (tst_hostilebackend has the others).
class TestHostileBackendStall : public QObject {
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
        QTest::newRow("stalled") << u"stall"_s;
        QTest::newRow("1 TiB announced") << u"huge"_s;
        QTest::newRow("endless body") << u"endless"_s;
        QTest::newRow("TLS handshake never completes") << u"no-handshake"_s;
    }

    void faultIsSurvived()
    {
        QFETCH(QString, fault);
        m_harness.survive(fault);
    }
};

QTEST_MAIN(TestHostileBackendStall)
#include "tst_hostilebackendstall.moc"
