// The Operators tab's model: accounts from GET /operators sorted by user, 2FA and lockout text and colour (a lockout
// in the past is no lockout), relative last-login times, raw values for sorting; the JSON reader behind it and the
// show-once reset answer whose secret is taken out of the parsed object. Runs under QAbstractItemModelTester.

#include "OperatorAccountModel.h"
#include "SeverityPalette.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace warden;

namespace {

const QDateTime Now(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

OperatorAccount account(const QString &user, const QStringList &roles, bool totp, const QDateTime &locked = {},
                        const QDateTime &lastLogin = {})
{
    OperatorAccount a;
    a.user = user;
    a.roles = roles;
    a.totpEnrolled = totp;
    a.lockedUntil = locked;
    a.lastLogin = lastLogin;
    return a;
}

} // namespace

class TestOperatorAccountModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTheApiShape()
    {
        const QJsonObject json{{u"user"_s, u"carol"_s},
                               {u"roles"_s, QJsonArray{u"operator"_s}},
                               {u"totp_enrolled"_s, true},
                               {u"locked_until"_s, u"2026-11-25T10:04:00.000Z"_s},
                               {u"last_login"_s, QJsonValue()},
                               {u"client_certificate"_s, QJsonValue()}};
        const Result<OperatorAccount> parsed = OperatorAccount::fromJson(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->user, u"carol"_s);
        QCOMPARE(parsed->roles, QStringList{u"operator"_s});
        QVERIFY(parsed->totpEnrolled);
        QCOMPARE(parsed->lockedUntil, Now.addSecs(240));
        QVERIFY(!parsed->lastLogin.isValid());
        QVERIFY(parsed->clientCertificate.isEmpty());
        QVERIFY(!OperatorAccount::fromJson(QJsonObject{{u"roles"_s, QJsonArray{}}}).ok()); // no user
    }

    void resetAnswerTakesTheSecretOut_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<bool>("ok");
        const QJsonObject good{{u"user"_s, u"bob"_s},
                               {u"revoked_sessions"_s, 2},
                               {u"totp_secret"_s, u"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"_s},
                               {u"otpauth_uri"_s, u"otpauth://totp/Warden%20fleetd:bob?secret=JBSW"_s}};
        QTest::newRow("good") << good << true;
        QJsonObject noSecret = good;
        noSecret.remove(u"totp_secret"_s);
        QTest::newRow("no secret") << noSecret << false;
        QJsonObject badUri = good;
        badUri.insert(u"otpauth_uri"_s, u"https://example.com"_s);
        QTest::newRow("not an otpauth uri") << badUri << false;
        QJsonObject noUser = good;
        noUser.remove(u"user"_s);
        QTest::newRow("no user") << noUser << false;
    }

    void resetAnswerTakesTheSecretOut()
    {
        QFETCH(QJsonObject, json);
        QFETCH(bool, ok);
        const Result<TotpReset> reset = TotpReset::fromJson(json);
        QCOMPARE(reset.ok(), ok);
        // Whatever the outcome, the parsed object no longer holds the secret.
        QVERIFY(!json.contains(u"totp_secret"_s));
        QVERIFY(!json.contains(u"otpauth_uri"_s));
        if (ok) {
            QCOMPARE(reset->user, u"bob"_s);
            QCOMPARE(reset->revokedSessions, 2);
            QCOMPARE(reset->secret->bytes(), QByteArray("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"));
            QVERIFY(reset->otpauthUri->bytes().startsWith("otpauth://totp/"));
            // Copies share one buffer: wiping it wipes it for every holder.
            const TotpReset copy = reset.value();
            reset->secret->clear();
            QVERIFY(copy.secret->isEmpty());
        } else {
            QVERIFY(!reset.errorMessage().contains(u"JBSWY3DP"_s));
        }
    }

    void showsAccounts()
    {
        OperatorAccountModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(Now);
        model.setAccounts({account(u"carol"_s, {u"operator"_s}, false, Now.addSecs(120)),
                           account(u"admin"_s, {u"admin"_s}, true, {}, Now.addSecs(-180)),
                           account(u"bob"_s, {u"operator"_s, u"viewer"_s}, true, Now.addSecs(-60),
                                   Now.addDays(-3))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(OperatorAccountModel::ColumnCount));
        const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, OperatorAccountModel::UserColumn), u"admin"_s); // sorted by user
        QCOMPARE(model.rowOfUser(u"carol"_s), 2);
        QCOMPARE(model.rowOfUser(u"mallory"_s), -1);
        QCOMPARE(text(1, OperatorAccountModel::RolesColumn), u"operator, viewer"_s);
        QCOMPARE(text(0, OperatorAccountModel::TwoFactorColumn), u"Enrolled"_s);
        QCOMPARE(text(2, OperatorAccountModel::TwoFactorColumn), u"Not enrolled"_s);
        QCOMPARE(model.index(2, OperatorAccountModel::TwoFactorColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
                 Palette::severity(Severity::Major));
        // carol's lockout runs; bob's ended a minute ago and is no lockout any more.
        QVERIFY(text(2, OperatorAccountModel::LockColumn).startsWith(u"Locked until"_s));
        QVERIFY(model.index(2, 0).data(OperatorAccountModel::LockedRole).toBool());
        QVERIFY(!model.index(1, 0).data(OperatorAccountModel::LockedRole).toBool());
        QCOMPARE(text(1, OperatorAccountModel::LockColumn), u"—"_s);
        QCOMPARE(text(0, OperatorAccountModel::LastLoginColumn), u"3 min ago"_s);
        QCOMPARE(text(1, OperatorAccountModel::LastLoginColumn), u"3 days ago"_s);
        QCOMPARE(text(2, OperatorAccountModel::LastLoginColumn), u"never"_s);
        QCOMPARE(model.index(1, OperatorAccountModel::LastLoginColumn).data(OperatorAccountModel::RawValueRole),
                 QVariant(Now.addDays(-3)));
        QCOMPARE(text(0, OperatorAccountModel::CertificateColumn), u"Shared operator certificate"_s);
        model.setAccounts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void relativeTimes_data()
    {
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << qint64(10) << u"just now"_s;
        QTest::newRow("minutes") << qint64(59 * 60) << u"59 min ago"_s;
        QTest::newRow("hours") << qint64(5 * 3600 + 10) << u"5 h ago"_s;
        QTest::newRow("days") << qint64(40 * 86400) << u"40 days ago"_s;
        QTest::newRow("clock ahead") << qint64(-300) << u"just now"_s;
    }

    void relativeTimes()
    {
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, text);
        QCOMPARE(OperatorAccountModel::relativeTime(Now.addSecs(-secondsAgo), Now), text);
    }
};

QTEST_GUILESS_MAIN(TestOperatorAccountModel)
#include "tst_operatoraccountmodel.moc"
