#include "fleet/FleetError.h"

#include <QSet>
#include <QSslCertificate>
#include <QTest>

using namespace warden;
using namespace Qt::StringLiterals;
using Kind = FleetError::Kind;

Q_DECLARE_METATYPE(QList<QSslError::SslError>)

namespace {

// A certificate valid from 2026-11-25 10:15 to 2026-11-26 10:15 UTC (only its dates matter here).
const char CertificatePem[] = R"(-----BEGIN CERTIFICATE-----
MIIBgjCCASmgAwIBAgIUZh+GP6s03rOw1PQEFuZn4fEU6/0wCgYIKoZIzj0EAwIw
FzEVMBMGA1UEAwwMZXhwaXJlZC50ZXN0MB4XDTI2MTEyNTEwMTUyN1oXDTI2MTEy
NjEwMTUyN1owFzEVMBMGA1UEAwwMZXhwaXJlZC50ZXN0MFkwEwYHKoZIzj0CAQYI
KoZIzj0DAQcDQgAEFAg26MAUjBPSPBbT1emger80vmNkq+xy2h6xSi+Lzzmq5HNt
sILRHa4DRekm56q8yPCD4PujipT7BqC25W6HiqNTMFEwHQYDVR0OBBYEFD2DYka4
e2v/QJTN0chPMV3iRCxZMB8GA1UdIwQYMBaAFD2DYka4e2v/QJTN0chPMV3iRCxZ
MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDRwAwRAIgFfBn/xyJK4cFEWki
Fk/wZDNIIcSAzcm6Llg3rM4BLZsCIAPgt4Z9295kTJdSHLif9iczAQJVrz3gEV52
fyyiwBYB
-----END CERTIFICATE-----
)";

const QList<Kind> AllKinds{
    Kind::InvalidCredentials, Kind::InvalidTotp,       Kind::AccountLocked,  Kind::TokenExpired,
    Kind::Forbidden,          Kind::Conflict,          Kind::NotFound,       Kind::BadRequest,
    Kind::SeqTooOld,          Kind::ServerUnreachable, Kind::Timeout,        Kind::TlsExpired,
    Kind::TlsHostMismatch,    Kind::TlsUnknownCa,      Kind::TlsPinMismatch, Kind::TlsClientCertRefused,
    Kind::TlsOther,           Kind::ProtocolError,     Kind::Server,
};

} // namespace

class TestFleetError : public QObject {
    Q_OBJECT

private slots:
    void fromHttp_data();
    void fromHttp();
    void accountLockedCarriesUntil();
    void accountLockedWithoutMessageNamesTheTime();
    void seqTooOldCarriesOldest_data();
    void seqTooOldCarriesOldest();
    void hostileMessageIsSanitised();
    void sslErrors_data();
    void sslErrors();
    void expiredMessageNamesValidity();
    void networkErrors_data();
    void networkErrors();
    void socketErrors_data();
    void socketErrors();
    void pinMismatchNamesBothKeys();
    void clientCertificateRefusalSaysWhatToDo();
    void protocolErrorKeepsField();
    void predicates_data();
    void predicates();
    void everyKindHasNameAndMessage();
};

void TestFleetError::fromHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message"); // exact expected message, or empty: "a default, non-empty message"
    QTest::addColumn<QString>("field");

    const auto body = [](const char *code, const char *message, const char *extra = "") -> QByteArray {
        return QByteArray(R"({"code":")") + code + R"(","message":")" + message + '"' + extra + '}';
    };
    QTest::newRow("invalid credentials") << 401 << body("invalid_credentials", "Wrong user or password.")
                                         << Kind::InvalidCredentials << u"invalid_credentials"_s
                                         << u"Wrong user or password."_s << QString();
    QTest::newRow("invalid totp with field")
        << 401 << body("invalid_totp", "The one-time code is wrong or has expired.", R"(,"field":"totp")")
        << Kind::InvalidTotp << u"invalid_totp"_s << u"The one-time code is wrong or has expired."_s << u"totp"_s;
    QTest::newRow("token expired") << 401 << body("token_expired", "Log in again.") << Kind::TokenExpired
                                   << u"token_expired"_s << u"Log in again."_s << QString();
    QTest::newRow("unauthenticated needs login too")
        << 401 << body("unauthenticated", "No token.") << Kind::TokenExpired << u"unauthenticated"_s << u"No token."_s
        << QString();
    QTest::newRow("forbidden") << 403 << body("forbidden", "Not for viewers.") << Kind::Forbidden << u"forbidden"_s
                               << u"Not for viewers."_s << QString();
    QTest::newRow("self approval") << 403 << body("self_approval", "Someone else must approve.") << Kind::Forbidden
                                   << u"self_approval"_s << u"Someone else must approve."_s << QString();
    QTest::newRow("not found") << 404 << body("not_found", "No such device.") << Kind::NotFound << u"not_found"_s
                               << u"No such device."_s << QString();
    QTest::newRow("conflict") << 409 << body("conflict", "Campaign is completed.") << Kind::Conflict << u"conflict"_s
                              << u"Campaign is completed."_s << QString();
    QTest::newRow("firmware unverified") << 409 << body("firmware_unverified", "Unsigned image.") << Kind::Conflict
                                         << u"firmware_unverified"_s << u"Unsigned image."_s << QString();
    QTest::newRow("bad request with field")
        << 400 << body("bad_request", "limit must be 1..5000.", R"(,"field":"limit")") << Kind::BadRequest
        << u"bad_request"_s << u"limit must be 1..5000."_s << u"limit"_s;
    QTest::newRow("unknown field") << 400 << body("unknown_field", "Unknown field.", R"(,"field":"nmae")")
                                   << Kind::BadRequest << u"unknown_field"_s << u"Unknown field."_s << u"nmae"_s;
    QTest::newRow("payload too large") << 413 << body("payload_too_large", "Too big.") << Kind::BadRequest
                                       << u"payload_too_large"_s << u"Too big."_s << QString();
    QTest::newRow("headers too large") << 431 << body("headers_too_large", "Headers.") << Kind::BadRequest
                                       << u"headers_too_large"_s << u"Headers."_s << QString();
    QTest::newRow("method not allowed") << 405 << body("method_not_allowed", "No.") << Kind::BadRequest
                                        << u"method_not_allowed"_s << u"No."_s << QString();
    QTest::newRow("request timeout") << 408 << body("request_timeout", "Too slow.") << Kind::Timeout
                                     << u"request_timeout"_s << u"Too slow."_s << QString();
    QTest::newRow("too many requests") << 429 << body("too_many_requests", "Slow down.") << Kind::Server
                                       << u"too_many_requests"_s << u"Slow down."_s << QString();
    QTest::newRow("internal") << 500 << body("internal", "Server fault.") << Kind::Server << u"internal"_s
                              << u"Server fault."_s << QString();
    QTest::newRow("unavailable") << 503 << body("unavailable", "Busy.") << Kind::Server << u"unavailable"_s
                                 << u"Busy."_s << QString();
    // Bodies that are not the documented error object: the status alone decides, the message is ours.
    QTest::newRow("empty 404") << 404 << QByteArray() << Kind::NotFound << QString() << QString() << QString();
    QTest::newRow("empty 401") << 401 << QByteArray() << Kind::TokenExpired << QString() << QString() << QString();
    QTest::newRow("empty 423") << 423 << QByteArray() << Kind::AccountLocked << QString() << QString() << QString();
    QTest::newRow("empty 410") << 410 << QByteArray() << Kind::SeqTooOld << QString() << QString() << QString();
    QTest::newRow("html 502") << 502 << QByteArray("<html><body>Bad gateway</body></html>") << Kind::Server << QString()
                              << u"The backend reported an error (HTTP 502)."_s << QString();
    QTest::newRow("json array") << 409 << QByteArray(R"(["conflict"])") << Kind::Conflict << QString() << QString()
                                << QString();
    QTest::newRow("code of wrong type") << 403 << QByteArray(R"({"code":403,"message":7})") << Kind::Forbidden
                                        << QString() << QString() << QString();
    QTest::newRow("unknown code, known status") << 409 << body("state_machine_says_no", "Nope.") << Kind::Conflict
                                                << u"state_machine_says_no"_s << u"Nope."_s << QString();
    QTest::newRow("unknown code, odd status")
        << 418 << body("teapot", "I am a teapot.") << Kind::Server << u"teapot"_s << u"I am a teapot."_s << QString();
    QTest::newRow("truncated json") << 400 << QByteArray(R"({"code":"bad_request","mess)") << Kind::BadRequest
                                    << QString() << QString() << QString();
    QTest::newRow("2xx is not an error body")
        << 200 << QByteArray("{}") << Kind::ProtocolError << u"protocol"_s << QString() << QString();
}

void TestFleetError::fromHttp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, field);

    const FleetError error = FleetError::fromHttp(status, body);
    QCOMPARE(FleetError::kindName(error.kind()), FleetError::kindName(kind));
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.field(), field);
    if (message.isEmpty())
        QVERIFY2(error.message().size() > 10, qPrintable(error.message()));
    else
        QCOMPARE(error.message(), message);
}

void TestFleetError::accountLockedCarriesUntil()
{
    const FleetError error = FleetError::fromHttp(
        423, R"({"code":"account_locked","message":"Locked.","locked_until":"2026-11-25T10:20:00.000Z"})");
    QCOMPARE(error.kind(), Kind::AccountLocked);
    QCOMPARE(error.lockedUntil(), QDateTime(QDate(2026, 11, 25), QTime(10, 20), Qt::UTC));
    QCOMPARE(error.message(), u"Locked."_s);

    const FleetError malformed =
        FleetError::fromHttp(423, R"({"code":"account_locked","locked_until":"next tuesday"})");
    QCOMPARE(malformed.kind(), Kind::AccountLocked);
    QVERIFY(!malformed.lockedUntil().isValid());
    QVERIFY(!malformed.message().isEmpty());
}

void TestFleetError::accountLockedWithoutMessageNamesTheTime()
{
    const FleetError error =
        FleetError::fromHttp(423, R"({"code":"account_locked","locked_until":"2026-11-25T10:20:00.000Z"})");
    QVERIFY2(error.message().contains(u"2026-11-25 10:20:00"_s), qPrintable(error.message()));
}

void TestFleetError::seqTooOldCarriesOldest_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("oldest");
    QTest::newRow("valid") << QByteArray(R"({"code":"seq_too_old","message":"Gone.","oldest_seq":1234})")
                           << qint64(1234);
    QTest::newRow("missing") << QByteArray(R"({"code":"seq_too_old","message":"Gone."})") << qint64(0);
    QTest::newRow("string") << QByteArray(R"({"code":"seq_too_old","oldest_seq":"1234"})") << qint64(0);
    QTest::newRow("negative") << QByteArray(R"({"code":"seq_too_old","oldest_seq":-5})") << qint64(0);
    QTest::newRow("fraction") << QByteArray(R"({"code":"seq_too_old","oldest_seq":12.5})") << qint64(0);
    QTest::newRow("huge") << QByteArray(R"({"code":"seq_too_old","oldest_seq":1e300})") << qint64(0);
}

void TestFleetError::seqTooOldCarriesOldest()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, oldest);
    const FleetError error = FleetError::fromHttp(410, body);
    QCOMPARE(error.kind(), Kind::SeqTooOld);
    QCOMPARE(error.oldestSeq(), oldest);
}

void TestFleetError::hostileMessageIsSanitised()
{
    const QByteArray escape = R"({"code":"internal","message":"bad\u001b[31mred\u0007 text"})";
    const FleetError error = FleetError::fromHttp(500, escape);
    QVERIFY(!error.message().contains(QChar(0x1b)));
    QVERIFY(!error.message().contains(QChar(0x07)));
    QVERIFY(error.message().contains(u"red"_s));

    const QByteArray huge = R"({"code":"internal","message":")" + QByteArray(100000, 'x') + R"("})";
    QVERIFY(FleetError::fromHttp(500, huge).message().size() <= 1001);
}

void TestFleetError::sslErrors_data()
{
    using E = QSslError;
    QTest::addColumn<QList<QSslError::SslError>>("errors");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("expired") << QList{E::CertificateExpired} << Kind::TlsExpired;
    QTest::newRow("not yet valid") << QList{E::CertificateNotYetValid} << Kind::TlsExpired;
    QTest::newRow("host mismatch") << QList{E::HostNameMismatch} << Kind::TlsHostMismatch;
    QTest::newRow("local issuer unknown") << QList{E::UnableToGetLocalIssuerCertificate} << Kind::TlsUnknownCa;
    QTest::newRow("issuer unknown") << QList{E::UnableToGetIssuerCertificate} << Kind::TlsUnknownCa;
    QTest::newRow("self signed") << QList{E::SelfSignedCertificate} << Kind::TlsUnknownCa;
    QTest::newRow("self signed in chain") << QList{E::SelfSignedCertificateInChain} << Kind::TlsUnknownCa;
    QTest::newRow("untrusted") << QList{E::CertificateUntrusted} << Kind::TlsUnknownCa;
    QTest::newRow("cannot verify first") << QList{E::UnableToVerifyFirstCertificate} << Kind::TlsUnknownCa;
    QTest::newRow("untrusted beats host") << QList{E::HostNameMismatch, E::SelfSignedCertificate} << Kind::TlsUnknownCa;
    QTest::newRow("untrusted beats expiry")
        << QList{E::CertificateExpired, E::UnableToGetLocalIssuerCertificate} << Kind::TlsUnknownCa;
    QTest::newRow("expiry beats host") << QList{E::HostNameMismatch, E::CertificateExpired} << Kind::TlsExpired;
    QTest::newRow("revoked") << QList{E::CertificateRevoked} << Kind::TlsOther;
    QTest::newRow("bad signature") << QList{E::CertificateSignatureFailed} << Kind::TlsOther;
    QTest::newRow("no peer certificate") << QList{E::NoPeerCertificate} << Kind::TlsOther;
    QTest::newRow("empty list") << QList<QSslError::SslError>() << Kind::TlsOther;
}

void TestFleetError::sslErrors()
{
    QFETCH(QList<QSslError::SslError>, errors);
    QFETCH(Kind, kind);
    QList<QSslError> list;
    for (const QSslError::SslError error : errors)
        list.append(QSslError(error));
    const FleetError error = FleetError::fromSslErrors(list);
    QCOMPARE(FleetError::kindName(error.kind()), FleetError::kindName(kind));
    QVERIFY(error.isTls());
    QVERIFY(!error.isTransient());
    QCOMPARE(error.httpStatus(), 0);
    QVERIFY(!error.message().isEmpty());
    // The same list through the reply path: SSL errors win over the generic handshake failure.
    const FleetError viaReply =
        FleetError::fromNetworkError(QNetworkReply::SslHandshakeFailedError, u"handshake failed"_s, list);
    if (!list.isEmpty())
        QCOMPARE(viaReply.kind(), kind);
}

void TestFleetError::expiredMessageNamesValidity()
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(CertificatePem, QSsl::Pem);
    QCOMPARE(certificates.size(), 1);
    const FleetError error =
        FleetError::fromSslErrors({QSslError(QSslError::CertificateExpired, certificates.first())});
    QCOMPARE(error.kind(), Kind::TlsExpired);
    QVERIFY2(error.message().contains(u"2026-11-25 10:15"_s), qPrintable(error.message()));
    QVERIFY2(error.message().contains(u"2026-11-26 10:15"_s), qPrintable(error.message()));
}

void TestFleetError::networkErrors_data()
{
    using N = QNetworkReply;
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<QString>("errorString");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("refused") << N::ConnectionRefusedError << u"Connection refused"_s << Kind::ServerUnreachable;
    QTest::newRow("host not found") << N::HostNotFoundError << u"Host nowhere not found"_s << Kind::ServerUnreachable;
    QTest::newRow("closed") << N::RemoteHostClosedError << u"Remote host closed the connection"_s
                            << Kind::ServerUnreachable;
    QTest::newRow("network down") << N::TemporaryNetworkFailureError << u"Network down"_s << Kind::ServerUnreachable;
    QTest::newRow("proxy") << N::ProxyConnectionRefusedError << u"Proxy refused"_s << Kind::ServerUnreachable;
    QTest::newRow("timeout") << N::TimeoutError << u"Socket operation timed out"_s << Kind::Timeout;
    QTest::newRow("transfer timeout") << N::OperationCanceledError << u"Operation canceled"_s << Kind::Timeout;
    QTest::newRow("tls13 certificate required")
        << N::SslHandshakeFailedError << u"error:0A00045C:SSL routines::tlsv13 alert certificate required"_s
        << Kind::TlsClientCertRefused;
    QTest::newRow("tls12 handshake failure")
        << N::SslHandshakeFailedError << u"error:0A000410:SSL routines::sslv3 alert handshake failure"_s
        << Kind::TlsClientCertRefused;
    QTest::newRow("alert after handshake")
        << N::RemoteHostClosedError << u"SSL routines::tlsv13 alert certificate required"_s
        << Kind::TlsClientCertRefused;
    QTest::newRow("client cert of unknown ca")
        << N::UnknownNetworkError << u"SSL routines::tlsv1 alert unknown ca"_s << Kind::TlsClientCertRefused;
    QTest::newRow("other handshake failure")
        << N::SslHandshakeFailedError << u"unexpected eof while reading"_s << Kind::TlsOther;
    QTest::newRow("protocol failure") << N::ProtocolFailure << u"Invalid chunk"_s << Kind::ProtocolError;
    QTest::newRow("redirect") << N::InsecureRedirectError << u"Insecure redirect"_s << Kind::ProtocolError;
    QTest::newRow("content error") << N::UnknownContentError << u"Something"_s << Kind::Server;
}

void TestFleetError::networkErrors()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(QString, errorString);
    QFETCH(Kind, kind);
    const FleetError result = FleetError::fromNetworkError(error, errorString);
    QCOMPARE(FleetError::kindName(result.kind()), FleetError::kindName(kind));
    QVERIFY(!result.message().isEmpty());
    if (kind == Kind::ServerUnreachable)
        QVERIFY2(result.message().contains(errorString), qPrintable(result.message()));
}

void TestFleetError::socketErrors_data()
{
    using S = QAbstractSocket;
    QTest::addColumn<QAbstractSocket::SocketError>("error");
    QTest::addColumn<QString>("errorString");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("refused") << S::ConnectionRefusedError << u"Connection refused"_s << Kind::ServerUnreachable;
    QTest::newRow("closed") << S::RemoteHostClosedError << u"The remote host closed the connection"_s
                            << Kind::ServerUnreachable;
    QTest::newRow("timeout") << S::SocketTimeoutError << u"Timed out"_s << Kind::Timeout;
    QTest::newRow("certificate required")
        << S::SslInternalError << u"tlsv13 alert certificate required"_s << Kind::TlsClientCertRefused;
    QTest::newRow("handshake") << S::SslHandshakeFailedError << u"wrong version number"_s << Kind::TlsOther;
}

void TestFleetError::socketErrors()
{
    QFETCH(QAbstractSocket::SocketError, error);
    QFETCH(QString, errorString);
    QFETCH(Kind, kind);
    QCOMPARE(FleetError::fromSocketError(error, errorString).kind(), kind);
    // SSL verification failures override the socket error.
    QCOMPARE(FleetError::fromSocketError(error, errorString, {QSslError(QSslError::HostNameMismatch)}).kind(),
             Kind::TlsHostMismatch);
}

void TestFleetError::pinMismatchNamesBothKeys()
{
    const FleetError error = FleetError::pinMismatch(u"sha256/AAAA"_s, u"sha256/BBBB"_s);
    QCOMPARE(error.kind(), Kind::TlsPinMismatch);
    QVERIFY(error.message().contains(u"sha256/AAAA"_s));
    QVERIFY(error.message().contains(u"sha256/BBBB"_s));
    QVERIFY(error.isTls());
}

void TestFleetError::clientCertificateRefusalSaysWhatToDo()
{
    const FleetError none = FleetError::clientCertificateRefused(false);
    const FleetError offered = FleetError::clientCertificateRefused(true);
    QCOMPARE(none.kind(), Kind::TlsClientCertRefused);
    QCOMPARE(offered.kind(), Kind::TlsClientCertRefused);
    QVERIFY(none.message().contains(u"none is configured"_s));
    QVERIFY(offered.message().contains(u"did not accept"_s));
    QVERIFY(none.isTls() && !none.isTransient());
}

void TestFleetError::protocolErrorKeepsField()
{
    const FleetError error = FleetError::protocol(u"items[3].risk_score is out of range."_s, u"items[3].risk_score"_s);
    QCOMPARE(error.kind(), Kind::ProtocolError);
    QCOMPARE(error.field(), u"items[3].risk_score"_s);
    QCOMPARE(error.message(), u"items[3].risk_score is out of range."_s);
}

void TestFleetError::predicates_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<bool>("login");
    QTest::newRow("unreachable") << Kind::ServerUnreachable << false << true << false;
    QTest::newRow("timeout") << Kind::Timeout << false << true << false;
    QTest::newRow("server") << Kind::Server << false << true << false;
    QTest::newRow("token") << Kind::TokenExpired << false << false << true;
    QTest::newRow("pin") << Kind::TlsPinMismatch << true << false << false;
    QTest::newRow("client cert") << Kind::TlsClientCertRefused << true << false << false;
    QTest::newRow("protocol") << Kind::ProtocolError << false << false << false;
    QTest::newRow("conflict") << Kind::Conflict << false << false << false;
}

void TestFleetError::predicates()
{
    QFETCH(Kind, kind);
    QFETCH(bool, tls);
    QFETCH(bool, transient);
    QFETCH(bool, login);
    const FleetError error(kind, {});
    QCOMPARE(error.isTls(), tls);
    QCOMPARE(error.isTransient(), transient);
    QCOMPARE(error.needsLogin(), login);
}

void TestFleetError::everyKindHasNameAndMessage()
{
    QSet<QString> names;
    QSet<QString> messages;
    for (const Kind kind : AllKinds) {
        const FleetError error(kind, {});
        QVERIFY(!FleetError::kindName(kind).isEmpty());
        QVERIFY(!error.message().isEmpty());
        QVERIFY(error.message().endsWith(QLatin1Char('.')));
        names.insert(FleetError::kindName(kind));
        messages.insert(error.message());
    }
    QCOMPARE(names.size(), AllKinds.size());
    QCOMPARE(messages.size(), AllKinds.size());
}

QTEST_GUILESS_MAIN(TestFleetError)
#include "tst_fleeterror.moc"
