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

    // Every row: the API request and the stream each fail with a readable message naming the cause (the columns),
    // the UI thread keeps turning, memory stays bounded, and once the network is honest again the stream resumes
    // after the last stored event with nothing stored lost (HostileBackendHarness::survive).
    void faultIsSurvived_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("requestMentions");
        QTest::addColumn<QString>("streamMentions");
        const QString notJson = u"not valid JSON"_s;
        const QString unreachable = u"cannot be reached"_s;
        QTest::newRow("malformed JSON") << u"corrupt"_s << notJson << notJson;
        // "site_id":"site-1" becomes "site_id":7,"was":"site-1": valid JSON, a number where text belongs.
        QTest::newRow("wrong types") << u"replace _id\":\" _id\":7,\"was\":\""_s << u"must be a string (got 7)"_s
                                     << u"must be a string (got 7)"_s;
        QTest::newRow("cut mid-message") << u"truncate"_s << unreachable << unreachable;
        QTest::newRow("connections dropped") << u"drop"_s << unreachable << unreachable;
    }

    void faultIsSurvived()
    {
        QFETCH(QString, fault);
        QFETCH(QString, requestMentions);
        QFETCH(QString, streamMentions);
        m_harness.survive(fault, requestMentions, streamMentions);
    }
};

QTEST_MAIN(TestHostileBackend)
#include "tst_hostilebackend.moc"
