#include "FleetdFixture.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace warden;
using namespace warden::test;
using namespace Qt::StringLiterals;
using Kind = FleetError::Kind;

// Logging in to a real fleetd over TLS: good and bad credentials, TOTP replay, lockout, roles, logout, expiry.
class TestFleetLogin : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void infoNeedsNoLogin();
    void loginAndReadAPage();
    void wrongPassword();
    void wrongTotp();
    void totpIsAcceptedOnce();
    void lockoutAfterFiveFailures();
    void viewerMayNotReadOwners();
    void logoutEndsTheSessionAtTheBackend();
    void requestsWithoutLoginNeverLeave();
    void expiredTokenAsksForLoginAndKeepsTheClient();

private:
    std::unique_ptr<FleetApiClient> client();

    QTemporaryDir m_dir;
    std::unique_ptr<FleetdProcess> m_fleetd;
};

void TestFleetLogin::initTestCase()
{
    if (!fleetdAvailable())
        QSKIP("the fleetd binary has not been built (target fleetd); these tests need a real fleetd");
    QVERIFY(m_dir.isValid());
    m_fleetd = std::make_unique<FleetdProcess>(m_dir.filePath(u"fleetd"_s));
    QString error;
    QVERIFY2(m_fleetd->start({}, &error), qPrintable(error));
}

void TestFleetLogin::cleanupTestCase()
{
    m_fleetd.reset();
}

std::unique_ptr<FleetApiClient> TestFleetLogin::client()
{
    const ConnectionProfile profile = m_fleetd->profile();
    Result<TlsSettings> tls = TlsSetup::build(profile);
    if (!tls)
        qFatal("%s", qPrintable(tls.errorMessage()));
    return std::make_unique<FleetApiClient>(profile, std::move(tls).value());
}

void TestFleetLogin::infoNeedsNoLogin()
{
    auto api = client();
    const auto info = waitFor<BackendInfo>([&](QObject *c, auto done) { api->info(c, done); });
    QVERIFY(info.has_value());
    QVERIFY2(info->ok(), qPrintable(info->error().message()));
    QCOMPARE(info->value().name, u"fleetd"_s);
    QCOMPARE(info->value().apiVersion, 1);
    QCOMPARE(info->value().auditPublicKey.size(), 32);
}

void TestFleetLogin::loginAndReadAPage()
{
    auto api = client();
    QSignalSpy sessionChanged(api.get(), &FleetApiClient::sessionChanged);
    const auto login = loginAs(*api, *m_fleetd, u"admin"_s);
    QVERIFY(login.has_value());
    QVERIFY2(login->ok(), qPrintable(login->error().message()));
    QCOMPARE(login->value().user, u"admin"_s);
    QCOMPARE(login->value().roles, QStringList{u"admin"_s});
    QVERIFY(login->value().expiresAt > QDateTime::currentDateTimeUtc());
    QCOMPARE(login->value().backendName, u"fleetd"_s);
    QVERIFY(api->isLoggedIn());
    QVERIFY(api->session().hasRole(u"operator"_s));
    QVERIFY(api->authorizationHeader().startsWith("Bearer "));
    QCOMPARE(sessionChanged.count(), 1);

    const auto page = waitFor<Page<Device>>([&](QObject *c, auto done) { api->page<Device>({{}, -1, 50}, c, done); });
    QVERIFY(page.has_value());
    QVERIFY2(page->ok(), qPrintable(page->error().message()));
    QCOMPARE(page->value().items.size(), 50);
    QVERIFY(!page->value().nextCursor.isEmpty());
    QVERIFY(page->value().revision > 0);
}

void TestFleetLogin::wrongPassword()
{
    auto api = client();
    QString password = u"not-the-password"_s;
    const QString totp = m_fleetd->unusedTotp(u"alice"_s);
    const auto login = waitFor<LoginSession>(
        [&](QObject *c, auto done) { api->login(u"alice"_s, SecretBytes::fromString(password), totp, c, done); });
    QVERIFY(password.isEmpty()); // handed over and wiped
    QVERIFY(login.has_value());
    QVERIFY(!login->ok());
    QCOMPARE(login->error().kind(), Kind::InvalidCredentials);
    QCOMPARE(login->error().httpStatus(), 401);
    QVERIFY(!login->error().message().isEmpty());
    QVERIFY(!api->isLoggedIn());

    // A wrong user name gives the same answer (never says which part was wrong).
    QString other = m_fleetd->account(u"alice"_s).password;
    const auto unknownUser = waitFor<LoginSession>(
        [&](QObject *c, auto done) { api->login(u"mallory"_s, SecretBytes::fromString(other), u"123456"_s, c, done); });
    QCOMPARE(unknownUser->error().kind(), Kind::InvalidCredentials);

    QVERIFY(loginAs(*api, *m_fleetd, u"alice"_s)->ok()); // resets alice's failure count
}

void TestFleetLogin::wrongTotp()
{
    auto api = client();
    QString password = m_fleetd->account(u"alice"_s).password;
    const auto login = waitFor<LoginSession>([&](QObject *c, auto done) {
        api->login(u"alice"_s, SecretBytes::fromString(password), m_fleetd->wrongTotp(u"alice"_s), c, done);
    });
    QVERIFY(!login->ok());
    QCOMPARE(login->error().kind(), Kind::InvalidTotp);
    QVERIFY(!api->isLoggedIn());
    QVERIFY(loginAs(*api, *m_fleetd, u"alice"_s)->ok());
}

void TestFleetLogin::totpIsAcceptedOnce()
{
    auto api = client();
    const QString code = m_fleetd->nextTotp(u"admin"_s);
    QString password = m_fleetd->account(u"admin"_s).password;
    const auto first = waitFor<LoginSession>(
        [&](QObject *c, auto done) { api->login(u"admin"_s, SecretBytes::fromString(password), code, c, done); });
    QVERIFY2(first->ok(), qPrintable(first->error().message()));
    password = m_fleetd->account(u"admin"_s).password;
    auto second = client();
    const auto replay = waitFor<LoginSession>(
        [&](QObject *c, auto done) { second->login(u"admin"_s, SecretBytes::fromString(password), code, c, done); });
    QVERIFY(!replay->ok());
    QCOMPARE(replay->error().kind(), Kind::InvalidTotp);
}

void TestFleetLogin::lockoutAfterFiveFailures()
{
    auto api = client();
    std::optional<FleetResult<LoginSession>> last;
    for (int attempt = 0; attempt < 6; ++attempt) {
        QString wrong = u"wrong-"_s + QString::number(attempt);
        last = waitFor<LoginSession>([&](QObject *c, auto done) {
            api->login(u"bob"_s, SecretBytes::fromString(wrong), m_fleetd->unusedTotp(u"bob"_s), c, done);
        });
        QVERIFY2(last.has_value(), qPrintable(u"attempt %1 got no answer"_s.arg(attempt)));
        QVERIFY(!last->ok());
        if (attempt < 4)
            QCOMPARE(last->error().kind(), Kind::InvalidCredentials);
    }
    QCOMPARE(last->error().kind(), Kind::AccountLocked);
    QCOMPARE(last->error().httpStatus(), 423);
    const QDateTime until = last->error().lockedUntil();
    QVERIFY(until.isValid());
    QVERIFY(until > QDateTime::currentDateTimeUtc().addSecs(200));
    QVERIFY(until < QDateTime::currentDateTimeUtc().addSecs(400));

    // Even the right password does not open a locked account.
    const auto right = loginAs(*api, *m_fleetd, u"bob"_s);
    QCOMPARE(right->error().kind(), Kind::AccountLocked);
    QVERIFY(!api->isLoggedIn());
}

void TestFleetLogin::viewerMayNotReadOwners()
{
    auto api = client();
    QVERIFY(loginAs(*api, *m_fleetd, u"carol"_s)->ok());
    QVERIFY(!api->session().mayReadOwners());
    const auto owners = waitFor<Page<Owner>>([&](QObject *c, auto done) { api->page<Owner>({}, c, done); });
    QVERIFY(!owners->ok());
    QCOMPARE(owners->error().kind(), Kind::Forbidden);
    QCOMPARE(owners->error().httpStatus(), 403);
    QVERIFY(api->isLoggedIn()); // a refusal is not a logout
    const auto sites = waitFor<Page<Site>>([&](QObject *c, auto done) { api->page<Site>({}, c, done); });
    QVERIFY2(sites->ok(), qPrintable(sites->error().message()));
    QVERIFY(!sites->value().items.isEmpty());
}

void TestFleetLogin::logoutEndsTheSessionAtTheBackend()
{
    auto api = client();
    QVERIFY(loginAs(*api, *m_fleetd, u"carol"_s)->ok());
    const QByteArray header = api->authorizationHeader();
    const auto logout = waitFor<std::monostate>([&](QObject *c, auto done) { api->logout(c, done); });
    QVERIFY2(logout->ok(), qPrintable(logout->error().message()));
    QVERIFY(!api->isLoggedIn());

    // The old token no longer works at the backend.
    QNetworkAccessManager network;
    QNetworkRequest request(m_fleetd->profile().apiUrl(u"/sites"_s));
    request.setSslConfiguration(api->tls().configuration);
    request.setRawHeader("Authorization", header);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QCOMPARE(FleetError::fromHttp(401, reply->readAll()).kind(), Kind::TokenExpired);
    reply->deleteLater();
}

void TestFleetLogin::requestsWithoutLoginNeverLeave()
{
    auto api = client();
    QSignalSpy expired(api.get(), &FleetApiClient::tokenExpired);
    const auto page = waitFor<Page<Device>>([&](QObject *c, auto done) { api->page<Device>({}, c, done); });
    QVERIFY(!page->ok());
    QCOMPARE(page->error().kind(), Kind::TokenExpired);
    QCOMPARE(page->error().httpStatus(), 0); // answered locally
    QCOMPARE(expired.count(), 0);
}

void TestFleetLogin::expiredTokenAsksForLoginAndKeepsTheClient()
{
    QTemporaryDir dir;
    FleetdProcess shortLived(dir.filePath(u"fleetd"_s));
    FleetdProcess::Options options;
    options.tokenTtlSeconds = 2;
    options.devices = 50;
    QString error;
    QVERIFY2(shortLived.start(options, &error), qPrintable(error));
    const ConnectionProfile profile = shortLived.profile();
    FleetApiClient api(profile, TlsSetup::build(profile).value());
    QSignalSpy expired(&api, &FleetApiClient::tokenExpired);
    QVERIFY(loginAs(api, shortLived, u"alice"_s)->ok());
    QTest::qWait(3500);
    const auto page = waitFor<Page<Site>>([&](QObject *c, auto done) { api.page<Site>({}, c, done); });
    QVERIFY(!page->ok());
    QCOMPARE(page->error().kind(), Kind::TokenExpired);
    QCOMPARE(page->error().code(), u"token_expired"_s);
    QCOMPARE(expired.count(), 1);
    QVERIFY(!api.isLoggedIn());
    // A new login (fresh TOTP) on the same client carries on.
    QVERIFY(loginAs(api, shortLived, u"alice"_s)->ok());
    const auto again = waitFor<Page<Site>>([&](QObject *c, auto done) { api.page<Site>({}, c, done); });
    QVERIFY2(again->ok(), qPrintable(again->error().message()));
}

QTEST_GUILESS_MAIN(TestFleetLogin)
#include "tst_fleetlogin.moc"
