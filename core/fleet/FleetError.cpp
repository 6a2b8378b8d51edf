#include "fleet/FleetError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>

#include <algorithm>
#include <array>

namespace warden {

namespace {

using Kind = FleetError::Kind;

QString translated(const char *text)
{
    return QCoreApplication::translate("FleetError", text);
}

// The sentence shown when the server sent no usable message.
QString defaultMessage(Kind kind)
{
    switch (kind) {
    case Kind::InvalidCredentials: return translated("The user name or password is wrong.");
    case Kind::InvalidTotp: return translated("The one-time code is wrong or has expired.");
    case Kind::AccountLocked: return translated("The account is locked after too many failed logins. Try again later.");
    case Kind::TokenExpired: return translated("The session has expired. Log in again with a new one-time code.");
    case Kind::Forbidden: return translated("Your role does not allow this action.");
    case Kind::Conflict: return translated("The current state of the object does not allow this action.");
    case Kind::NotFound: return translated("The backend does not know the requested object.");
    case Kind::BadRequest: return translated("The backend rejected the request as malformed.");
    case Kind::SeqTooOld:
        return translated("The backend no longer holds the requested events; the cache is being resynchronised.");
    case Kind::ServerUnreachable: return translated("The backend cannot be reached.");
    case Kind::Timeout: return translated("The backend did not answer in time.");
    case Kind::TlsExpired:
        return translated("The backend's certificate has expired or is not yet valid. The connection was refused.");
    case Kind::TlsHostMismatch:
        return translated("The backend's certificate was not issued for this host name. The connection was refused.");
    case Kind::TlsUnknownCa:
        return translated("The backend's certificate is not signed by a trusted certificate authority. Check the CA "
                          "bundle of this connection. The connection was refused.");
    case Kind::TlsPinMismatch:
        return translated("The backend's public key does not match the pinned key. The connection was refused.");
    case Kind::TlsClientCertRefused:
        return translated("The backend requires a client certificate and did not accept the one offered (or none "
                          "is configured for this connection).");
    case Kind::TlsOther: return translated("The secure connection to the backend could not be established.");
    case Kind::ProtocolError: return translated("The backend sent a response this console cannot read.");
    case Kind::Server: return translated("The backend reported an internal error.");
    }
    return {};
}

// Kind for a server error code of fleet-api.md §2; nullopt for a code this console does not know.
std::optional<Kind> kindForCode(const QString &code)
{
    struct Entry {
        const char *code;
        Kind kind;
    };
    static constexpr std::array entries{
        Entry{"invalid_credentials", Kind::InvalidCredentials},
        Entry{"invalid_totp", Kind::InvalidTotp},
        Entry{"account_locked", Kind::AccountLocked},
        Entry{"token_expired", Kind::TokenExpired},
        Entry{"unauthenticated", Kind::TokenExpired},
        Entry{"forbidden", Kind::Forbidden},
        Entry{"self_approval", Kind::Forbidden},
        Entry{"not_found", Kind::NotFound},
        Entry{"conflict", Kind::Conflict},
        Entry{"firmware_unverified", Kind::Conflict},
        Entry{"seq_too_old", Kind::SeqTooOld},
        Entry{"bad_request", Kind::BadRequest},
        Entry{"unknown_field", Kind::BadRequest},
        Entry{"method_not_allowed", Kind::BadRequest},
        Entry{"length_required", Kind::BadRequest},
        Entry{"payload_too_large", Kind::BadRequest},
        Entry{"headers_too_large", Kind::BadRequest},
        Entry{"request_timeout", Kind::Timeout},
        Entry{"too_many_requests", Kind::Server},
        Entry{"internal", Kind::Server},
        Entry{"unavailable", Kind::Server},
    };
    for (const Entry &entry : entries) {
        if (code == QLatin1String(entry.code))
            return entry.kind;
    }
    return std::nullopt;
}

Kind kindForStatus(int status)
{
    switch (status) {
    case 400:
    case 405:
    case 411:
    case 413:
    case 431: return Kind::BadRequest;
    case 401: return Kind::TokenExpired;
    case 403: return Kind::Forbidden;
    case 404: return Kind::NotFound;
    case 408: return Kind::Timeout;
    case 409: return Kind::Conflict;
    case 410: return Kind::SeqTooOld;
    case 423: return Kind::AccountLocked;
    default: return Kind::Server;
    }
}

// A server-supplied string fit to show: bounded and without control characters (a hostile server must not be
// able to push terminal escapes or megabytes into a dialog).
QString sanitisedText(const QJsonValue &value, qsizetype maxLength)
{
    if (!value.isString())
        return {};
    QString text = value.toString().trimmed();
    if (text.size() > maxLength)
        text = text.left(maxLength) + QChar(0x2026);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return text;
}

// TLS alerts the server sends when it requires a client certificate or rejects the one offered. OpenSSL words
// them like "tlsv13 alert certificate required" / "sslv3 alert handshake failure".
bool isClientCertificateAlert(const QString &errorString)
{
    static const std::array markers{
        QLatin1String("alert certificate required"),
        QLatin1String("alert handshake failure"),
        QLatin1String("alert bad certificate"),
        QLatin1String("alert certificate unknown"),
        QLatin1String("alert unknown ca"),
        QLatin1String("alert access denied"),
        QLatin1String("alert unsupported certificate"),
    };
    return std::any_of(markers.begin(), markers.end(),
                       [&](QLatin1String marker) { return errorString.contains(marker, Qt::CaseInsensitive); });
}

bool isOneOf(QSslError::SslError error, std::initializer_list<QSslError::SslError> list)
{
    return std::find(list.begin(), list.end(), error) != list.end();
}

} // namespace

FleetError::FleetError(Kind kind, QString message, int httpStatus, QString code)
    : m_kind(kind)
    , m_message(message.isEmpty() ? defaultMessage(kind) : std::move(message))
    , m_httpStatus(httpStatus)
    , m_code(std::move(code))
{
}

bool FleetError::isTls() const
{
    switch (m_kind) {
    case Kind::TlsExpired:
    case Kind::TlsHostMismatch:
    case Kind::TlsUnknownCa:
    case Kind::TlsPinMismatch:
    case Kind::TlsClientCertRefused:
    case Kind::TlsOther: return true;
    default: return false;
    }
}

bool FleetError::isTransient() const
{
    return m_kind == Kind::ServerUnreachable || m_kind == Kind::Timeout || m_kind == Kind::Server;
}

FleetError FleetError::fromHttp(int httpStatus, const QByteArray &body)
{
    if (httpStatus >= 200 && httpStatus < 400) {
        FleetError error = protocol(
            QCoreApplication::translate("FleetError", "The backend answered with an unexpected status (HTTP %1).")
                .arg(httpStatus));
        error.m_httpStatus = httpStatus;
        return error;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject json = document.isObject() ? document.object() : QJsonObject();
    const QString code = sanitisedText(json.value(QLatin1String("code")), 64);
    const QString serverMessage = sanitisedText(json.value(QLatin1String("message")), 1000);

    const Kind kind = kindForCode(code).value_or(kindForStatus(httpStatus));
    FleetError error(kind, serverMessage, httpStatus, code);
    error.m_field = sanitisedText(json.value(QLatin1String("field")), 256);

    if (kind == Kind::AccountLocked) {
        const QString until = json.value(QLatin1String("locked_until")).toString();
        error.m_lockedUntil = QDateTime::fromString(until, Qt::ISODateWithMs).toUTC();
        if (serverMessage.isEmpty() && error.m_lockedUntil.isValid()) {
            error.m_message =
                QCoreApplication::translate("FleetError", "The account is locked after too many failed logins. "
                                                          "Try again after %1 UTC.")
                    .arg(error.m_lockedUntil.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        }
    }
    if (kind == Kind::SeqTooOld) {
        const QJsonValue oldest = json.value(QLatin1String("oldest_seq"));
        if (oldest.isDouble() && oldest.toDouble() >= 1 && oldest.toDouble() <= 9007199254740991.0)
            error.m_oldestSeq = oldest.toInteger();
    }
    if (kind == Kind::Server && serverMessage.isEmpty() && httpStatus > 0) {
        error.m_message =
            QCoreApplication::translate("FleetError", "The backend reported an error (HTTP %1).").arg(httpStatus);
    }
    return error;
}

FleetError FleetError::fromSslErrors(const QList<QSslError> &errors)
{
    using E = QSslError;
    const auto find = [&](std::initializer_list<QSslError::SslError> list) -> const QSslError * {
        for (const QSslError &error : errors) {
            if (isOneOf(error.error(), list))
                return &error;
        }
        return nullptr;
    };

    // Order matters: if the chain is not trusted nothing else in the certificate can be believed, and a wrong
    // host name is only worth reporting for an otherwise valid certificate.
    if (find({E::UnableToGetIssuerCertificate, E::UnableToGetLocalIssuerCertificate, E::SelfSignedCertificate,
              E::SelfSignedCertificateInChain, E::CertificateUntrusted, E::UnableToVerifyFirstCertificate})) {
        return FleetError(Kind::TlsUnknownCa, {}, 0, QStringLiteral("tls_unknown_ca"));
    }
    if (const QSslError *expired = find(
            {E::CertificateExpired, E::CertificateNotYetValid, E::InvalidNotBeforeField, E::InvalidNotAfterField})) {
        QString message;
        const QSslCertificate certificate = expired->certificate();
        if (!certificate.isNull()) {
            const QString from = certificate.effectiveDate().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            const QString to = certificate.expiryDate().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            message = QCoreApplication::translate("FleetError",
                                                  "The backend's certificate is only valid from %1 to %2 UTC. The "
                                                  "connection was refused.")
                          .arg(from, to);
        }
        return FleetError(Kind::TlsExpired, message, 0, QStringLiteral("tls_expired"));
    }
    if (find({E::HostNameMismatch}))
        return FleetError(Kind::TlsHostMismatch, {}, 0, QStringLiteral("tls_host_mismatch"));

    QString message;
    if (!errors.isEmpty()) {
        message = QCoreApplication::translate("FleetError",
                                              "The backend's certificate was refused: %1. The connection was closed.")
                      .arg(errors.first().errorString());
    }
    return FleetError(Kind::TlsOther, message, 0, QStringLiteral("tls_other"));
}

FleetError FleetError::fromNetworkError(QNetworkReply::NetworkError error, const QString &errorString,
                                        const QList<QSslError> &sslErrors)
{
    using N = QNetworkReply;
    if (!sslErrors.isEmpty())
        return fromSslErrors(sslErrors);
    if (isClientCertificateAlert(errorString))
        return FleetError(Kind::TlsClientCertRefused, {}, 0, QStringLiteral("tls_client_cert_refused"));

    const QString unreachable =
        QCoreApplication::translate("FleetError", "The backend cannot be reached: %1.").arg(errorString);
    switch (error) {
    case N::ConnectionRefusedError:
    case N::RemoteHostClosedError:
    case N::HostNotFoundError:
    case N::TemporaryNetworkFailureError:
    case N::NetworkSessionFailedError:
    case N::UnknownNetworkError:
    case N::ProxyConnectionRefusedError:
    case N::ProxyConnectionClosedError:
    case N::ProxyNotFoundError:
    case N::ProxyTimeoutError:
    case N::ProxyAuthenticationRequiredError:
    case N::UnknownProxyError:
        return FleetError(Kind::ServerUnreachable, unreachable, 0, QStringLiteral("unreachable"));
    case N::TimeoutError:
    case N::OperationCanceledError: // what a QNetworkRequest transfer timeout ends in
        return timeout();
    case N::SslHandshakeFailedError:
        return FleetError(Kind::TlsOther,
                          QCoreApplication::translate("FleetError", "The secure connection to the backend failed: %1.")
                              .arg(errorString),
                          0, QStringLiteral("tls_other"));
    case N::TooManyRedirectsError:
    case N::InsecureRedirectError:
    case N::ProtocolUnknownError:
    case N::ProtocolInvalidOperationError:
    case N::ProtocolFailure:
        return protocol(
            QCoreApplication::translate("FleetError", "The backend broke the HTTP protocol: %1.").arg(errorString));
    default:
        return FleetError(
            Kind::Server,
            QCoreApplication::translate("FleetError", "The request to the backend failed: %1.").arg(errorString), 0,
            QStringLiteral("network"));
    }
}

FleetError FleetError::fromSocketError(QAbstractSocket::SocketError error, const QString &errorString,
                                       const QList<QSslError> &sslErrors)
{
    using S = QAbstractSocket;
    if (!sslErrors.isEmpty())
        return fromSslErrors(sslErrors);
    if (isClientCertificateAlert(errorString))
        return FleetError(Kind::TlsClientCertRefused, {}, 0, QStringLiteral("tls_client_cert_refused"));
    switch (error) {
    case S::SocketTimeoutError: return timeout();
    case S::SslHandshakeFailedError:
    case S::SslInternalError:
    case S::SslInvalidUserDataError:
        return FleetError(Kind::TlsOther,
                          QCoreApplication::translate("FleetError", "The secure connection to the backend failed: %1.")
                              .arg(errorString),
                          0, QStringLiteral("tls_other"));
    default:
        return FleetError(
            Kind::ServerUnreachable,
            QCoreApplication::translate("FleetError", "The backend cannot be reached: %1.").arg(errorString), 0,
            QStringLiteral("unreachable"));
    }
}

FleetError FleetError::clientCertificateRefused(bool offered)
{
    return FleetError(
        Kind::TlsClientCertRefused,
        offered ? QCoreApplication::translate("FleetError", "The backend closed the connection right after the secure "
                                                            "handshake: it did not accept the client certificate of "
                                                            "this connection.")
                : QCoreApplication::translate("FleetError", "The backend closed the connection right after the secure "
                                                            "handshake: it requires a client certificate, and none is "
                                                            "configured for this connection."),
        0, QStringLiteral("tls_client_cert_refused"));
}

FleetError FleetError::pinMismatch(const QString &expected, const QString &actual)
{
    return FleetError(Kind::TlsPinMismatch,
                      QCoreApplication::translate("FleetError",
                                                  "The backend's public key does not match the pinned key "
                                                  "(expected %1, received %2). The connection was refused.")
                          .arg(expected, actual),
                      0, QStringLiteral("tls_pin_mismatch"));
}

FleetError FleetError::protocol(const QString &message, const QString &field)
{
    FleetError error(Kind::ProtocolError, message, 0, QStringLiteral("protocol"));
    error.m_field = field;
    return error;
}

FleetError FleetError::timeout()
{
    return FleetError(Kind::Timeout, {}, 0, QStringLiteral("timeout"));
}

QString FleetError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::InvalidCredentials: return QStringLiteral("invalid_credentials");
    case Kind::InvalidTotp: return QStringLiteral("invalid_totp");
    case Kind::AccountLocked: return QStringLiteral("account_locked");
    case Kind::TokenExpired: return QStringLiteral("token_expired");
    case Kind::Forbidden: return QStringLiteral("forbidden");
    case Kind::Conflict: return QStringLiteral("conflict");
    case Kind::NotFound: return QStringLiteral("not_found");
    case Kind::BadRequest: return QStringLiteral("bad_request");
    case Kind::SeqTooOld: return QStringLiteral("seq_too_old");
    case Kind::ServerUnreachable: return QStringLiteral("server_unreachable");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::TlsExpired: return QStringLiteral("tls_expired");
    case Kind::TlsHostMismatch: return QStringLiteral("tls_host_mismatch");
    case Kind::TlsUnknownCa: return QStringLiteral("tls_unknown_ca");
    case Kind::TlsPinMismatch: return QStringLiteral("tls_pin_mismatch");
    case Kind::TlsClientCertRefused: return QStringLiteral("tls_client_cert_refused");
    case Kind::TlsOther: return QStringLiteral("tls_other");
    case Kind::ProtocolError: return QStringLiteral("protocol_error");
    case Kind::Server: return QStringLiteral("server");
    }
    return {};
}

} // namespace warden
