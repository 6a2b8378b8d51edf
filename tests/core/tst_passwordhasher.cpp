#include "security/PasswordHasher.h"

#include <QElapsedTimer>
#include <QTest>

using namespace warden;

// PBKDF2-HMAC-SHA256 password records: format, known vectors from an independent implementation, tampering.
class TestPasswordHasher final : public QObject {
    Q_OBJECT

private slots:
    void hashHasDocumentedFormat();
    void hashUsesFreshSalt();
    void verifyAcceptsRightPassword();
    void verifyRejectsWrongPassword_data();
    void verifyRejectsWrongPassword();
    void knownVectors_data();
    void knownVectors();
    void malformedEncodingsAreRejected_data();
    void malformedEncodingsAreRejected();
    void iterationsAreClamped();
    void needsRehash();
    void defaultIterationCount();
};

static constexpr int FastIterations = 1000;

void TestPasswordHasher::hashHasDocumentedFormat()
{
    const QString encoded = PasswordHasher::hash("pw", FastIterations);
    const QStringList parts = encoded.split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts[0], u"pbkdf2-sha256"_qs);
    QCOMPARE(parts[1], u"1000"_qs);
    QCOMPARE(QByteArray::fromBase64(parts[2].toLatin1()).size(), 16);
    QCOMPARE(QByteArray::fromBase64(parts[3].toLatin1()).size(), 32);
}

void TestPasswordHasher::hashUsesFreshSalt()
{
    const QString a = PasswordHasher::hash("same", FastIterations);
    const QString b = PasswordHasher::hash("same", FastIterations);
    QVERIFY(a != b);
    QVERIFY(a.section(QLatin1Char('$'), 2, 2) != b.section(QLatin1Char('$'), 2, 2));
}

void TestPasswordHasher::verifyAcceptsRightPassword()
{
    const QByteArray password = QStringLiteral("Tr0ub4dor&3 äöü").toUtf8();
    QVERIFY(PasswordHasher::verify(password, PasswordHasher::hash(password, FastIterations)));
    QVERIFY(PasswordHasher::verify(QByteArray(), PasswordHasher::hash(QByteArray(), FastIterations)));
}

void TestPasswordHasher::verifyRejectsWrongPassword_data()
{
    QTest::addColumn<QByteArray>("attempt");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one char off") << QByteArray("correct horsf");
    QTest::newRow("case") << QByteArray("Correct horse");
    QTest::newRow("prefix") << QByteArray("correct hors");
    QTest::newRow("extra char") << QByteArray("correct horse ");
    // No "trailing NUL" row: HMAC zero-pads short keys, so PBKDF2 itself treats "pw" and "pw\0" alike.
}

void TestPasswordHasher::verifyRejectsWrongPassword()
{
    QFETCH(QByteArray, attempt);
    const QString encoded = PasswordHasher::hash("correct horse", FastIterations);
    QVERIFY(PasswordHasher::verify("correct horse", encoded));
    QVERIFY(!PasswordHasher::verify(attempt, encoded));
}

void TestPasswordHasher::knownVectors_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QString>("encoded");
    // Computed once with Python's hashlib.pbkdf2_hmac('sha256', ...) (salt = bytes 0..15).
    QTest::newRow("1000 iterations") << QByteArray("correct horse")
                                     << u"pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw==$"
                                        "yRTMTwbMbo9G0VfjobWqerzuuxe7BETNTErBbKKumGQ="_qs;
    QTest::newRow("empty password") << QByteArray()
                                    << u"pbkdf2-sha256$2$AAECAwQFBgcICQoLDA0ODw==$"
                                       "sBdp+vai7S62JY8y3KhQ2qd8RD+BJzsO+3guECOr2yU="_qs;
}

void TestPasswordHasher::knownVectors()
{
    QFETCH(QByteArray, password);
    QFETCH(QString, encoded);
    QVERIFY(PasswordHasher::verify(password, encoded));
    QVERIFY(!PasswordHasher::verify(password + 'x', encoded));
}

void TestPasswordHasher::malformedEncodingsAreRejected_data()
{
    QTest::addColumn<QString>("encoded");
    const QString salt = u"AAECAwQFBgcICQoLDA0ODw=="_qs;
    const QString key = u"yRTMTwbMbo9G0VfjobWqerzuuxe7BETNTErBbKKumGQ="_qs;
    const QString d = u"$"_qs;
    QTest::newRow("empty") << QString();
    QTest::newRow("plain text") << u"correct horse"_qs;
    QTest::newRow("other scheme") << u"pbkdf2-sha1$1000$"_qs + salt + d + key;
    QTest::newRow("scheme case") << u"PBKDF2-SHA256$1000$"_qs + salt + d + key;
    QTest::newRow("missing part") << u"pbkdf2-sha256$1000$"_qs + salt;
    QTest::newRow("extra part") << u"pbkdf2-sha256$1000$"_qs + salt + d + key + d;
    QTest::newRow("zero iterations") << u"pbkdf2-sha256$0$"_qs + salt + d + key;
    QTest::newRow("negative iterations") << u"pbkdf2-sha256$-1000$"_qs + salt + d + key;
    QTest::newRow("plus sign") << u"pbkdf2-sha256$+1000$"_qs + salt + d + key;
    QTest::newRow("iterations not a number") << u"pbkdf2-sha256$lots$"_qs + salt + d + key;
    QTest::newRow("iterations overflow") << u"pbkdf2-sha256$99999999999$"_qs + salt + d + key;
    QTest::newRow("iterations above cap") << u"pbkdf2-sha256$20000000$"_qs + salt + d + key;
    QTest::newRow("salt not base64") << u"pbkdf2-sha256$1000$!!!!$"_qs + key;
    QTest::newRow("salt empty") << u"pbkdf2-sha256$1000$$"_qs + key;
    QTest::newRow("salt too short") << u"pbkdf2-sha256$1000$AAEC$"_qs + key;
    QTest::newRow("key truncated") << u"pbkdf2-sha256$1000$"_qs + salt + u"$yRTMTwbMbo9G0Vfj"_qs;
    QTest::newRow("key not base64") << u"pbkdf2-sha256$1000$"_qs + salt + u"$yRTMTwbM*o9G0VfjobWqerzuuxe7BETNTErBbKKumGQ="_qs;
    QTest::newRow("key bit flipped") << u"pbkdf2-sha256$1000$"_qs + salt + u"$yRTMTwbMbo9G0VfjobWqerzuuxe7BETNTErBbKKumGA="_qs;
    QTest::newRow("iterations changed") << u"pbkdf2-sha256$1001$"_qs + salt + d + key;
    QTest::newRow("salt changed") << u"pbkdf2-sha256$1000$AQECAwQFBgcICQoLDA0ODw==$"_qs + key;
}

void TestPasswordHasher::malformedEncodingsAreRejected()
{
    QFETCH(QString, encoded);
    QVERIFY(!PasswordHasher::verify("correct horse", encoded));
}

void TestPasswordHasher::iterationsAreClamped()
{
    QCOMPARE(PasswordHasher::hash("x", 0).section(QLatin1Char('$'), 1, 1), u"1"_qs);
    QCOMPARE(PasswordHasher::hash("x", -7).section(QLatin1Char('$'), 1, 1), u"1"_qs);
    QVERIFY(PasswordHasher::verify("x", PasswordHasher::hash("x", 0)));
}

void TestPasswordHasher::needsRehash()
{
    const QString weak = PasswordHasher::hash("pw", FastIterations);
    QVERIFY(PasswordHasher::needsRehash(weak));
    QVERIFY(!PasswordHasher::needsRehash(weak, FastIterations));
    QVERIFY(!PasswordHasher::needsRehash(u"garbage"_qs));
}

void TestPasswordHasher::defaultIterationCount()
{
    QElapsedTimer timer;
    timer.start();
    const QString encoded = PasswordHasher::hash("operator password");
    QCOMPARE(encoded.section(QLatin1Char('$'), 1, 1), u"310000"_qs);
    QVERIFY(PasswordHasher::verify("operator password", encoded));
    QVERIFY(!PasswordHasher::verify("operator passworD", encoded));
    QVERIFY(!PasswordHasher::needsRehash(encoded));
    qInfo("three default-cost derivations took %lld ms", qint64(timer.elapsed()));
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
