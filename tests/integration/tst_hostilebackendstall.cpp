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

    // Every row also: the UI thread keeps turning, memory stays bounded, and once the network is honest again the
    // stream resumes after the last stored event with nothing stored lost (HostileBackendHarness::survive).
    void faultIsSurvived_data()
    {
        QTest::addColumn<QString>("fault");
        // What the errors must name: a flood is "larger than the limit", not malformed and not a silent backend.
        QTest::addColumn<QString>("requestMentions");
        QTest::addColumn<QString>("streamMentions");
        const QString tooLarge = u"larger than the limit"_s;
        const QString noAnswer = u"did not answer in time"_s;
        // The stream's first error depends on which of its watchdogs fires first: only the request's is named.
        QTest::newRow("stalled") << u"stall"_s << noAnswer << QString();
        QTest::newRow("1 TiB announced") << u"huge"_s << tooLarge << tooLarge;
        // A chunked body / a fragmented message that never ends: the filler keeps streaming until the console's
        // limits trip (16 MiB per answer as the harness sets it, 16 MiB per stream message), never a timeout or "malformed".
        QTest::newRow("endless body") << u"endless"_s << tooLarge << tooLarge;
        QTest::newRow("TLS handshake never completes") << u"no-handshake"_s << noAnswer << QString();
    }

    void faultIsSurvived()
    {
        QFETCH(QString, fault);
        QFETCH(QString, requestMentions);
        QFETCH(QString, streamMentions);
        m_harness.survive(fault, requestMentions, streamMentions);
    }
};

QTEST_MAIN(TestHostileBackendStall)
#include "tst_hostilebackendstall.moc"
