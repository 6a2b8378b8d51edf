#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace warden {

// Why a call to a fleet backend failed, classified so the console can react (ask for a new TOTP, show a TLS
// warning, reconnect later) and worded so the operator understands it.
//
// Responsible for: mapping HTTP statuses + the server's JSON error body (fleet-api.md §2), QSslError lists,
// QNetworkReply / QAbstractSocket errors and local protocol checks into one value.
// Not responsible for: deciding what to do about an error (FleetApiClient / StreamClient do that).
class FleetError {
public:
    enum class Kind {
        InvalidCredentials,
        InvalidTotp,
        AccountLocked, // lockedUntil says until when
        TokenExpired,  // also "unauthenticated": either way a new login is needed
        Forbidden,     // includes self_approval
        Conflict,      // includes firmware_unverified
        NotFound,
        BadRequest, // bad_request, unknown_field, payload_too_large, ... (a fault of this client)
        SeqTooOld,  // oldestSeq says where the server's history starts
        ServerUnreachable,
        Timeout,
        TlsExpired, // the server certificate is expired or not yet valid
        TlsHostMismatch,
        TlsUnknownCa,
        TlsPinMismatch,
        TlsClientCertRefused,
        TlsOther,
        ProtocolError, // malformed or oversized response
        Server,        // 5xx, 429 and anything else the server got wrong
    };

    FleetError() = default;
    FleetError(Kind kind, QString message, int httpStatus = 0, QString code = {});

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    int httpStatus() const { return m_httpStatus; } // 0 when no HTTP response was received
    QString code() const { return m_code; }         // server's code, or a local one ("tls_pin_mismatch")
    QString field() const { return m_field; }       // request/response field at fault, if any
    QDateTime lockedUntil() const { return m_lockedUntil; }
    qint64 oldestSeq() const { return m_oldestSeq; }

    // TLS verification failures the operator must look at; never retried silently.
    bool isTls() const;
    // Failures that may go away by themselves (network down, server busy): worth a reconnect with backoff.
    bool isTransient() const;
    // The token is gone: a new login (with a fresh TOTP) is needed.
    bool needsLogin() const { return m_kind == Kind::TokenExpired; }

    // Error response of the server: status + JSON body {code, message, field?, locked_until?, oldest_seq?}.
    // A body that is not such an object still gives a sensible error from the status alone.
    static FleetError fromHttp(int httpStatus, const QByteArray &body);
    // The certificate verification failures of one handshake (the most fundamental one decides the kind).
    static FleetError fromSslErrors(const QList<QSslError> &errors);
    // A failed QNetworkReply without an HTTP status. sslErrors: as collected from QNetworkReply::sslErrors.
    static FleetError fromNetworkError(QNetworkReply::NetworkError error, const QString &errorString,
                                       const QList<QSslError> &sslErrors = {});
    // A failed socket (the WebSocket stream).
    static FleetError fromSocketError(QAbstractSocket::SocketError error, const QString &errorString,
                                      const QList<QSslError> &sslErrors = {});
    // The backend closed a connection right after the TLS handshake, before answering: what a server that requires
    // a client certificate does when none (offered = false) or an unacceptable one was presented without an alert.
    static FleetError clientCertificateRefused(bool offered);
    static FleetError pinMismatch(const QString &expected, const QString &actual);
    static FleetError protocol(const QString &message, const QString &field = {});
    static FleetError timeout();

    // Stable identifier of a kind ("tls_unknown_ca"), for logs and tests; never shown as the message.
    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::Server;
    QString m_message;
    int m_httpStatus = 0;
    QString m_code;
    QString m_field;
    QDateTime m_lockedUntil;
    qint64 m_oldestSeq = 0;
};

// Outcome of a fleet call: a value or a FleetError. FleetResult<std::monostate> (FleetStatus) has no value.
template <typename T> class [[nodiscard]] FleetResult {
public:
    FleetResult(T value)
        : m_value(std::move(value))
    {
    }
    FleetResult(FleetError error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const FleetError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    FleetError m_error;
};

using FleetStatus = FleetResult<std::monostate>;

} // namespace warden

Q_DECLARE_METATYPE(warden::FleetError)
