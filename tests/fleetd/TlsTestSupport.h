#pragma once

// Shared by the fleetd TLS server tests: test certificates from a throw-away CA, client/server TLS configurations,
// and a raw TLS client that reads HTTP responses while the event loop keeps the in-process server running.

#include "security/CertificateAuthority.h"

#include <QAbstractSocket>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTest>

#include <memory>
#include <optional>
#include <utility>

namespace warden::test {

struct TlsTestEnvironment {
    QSslCertificate caCertificate;
    QSslCertificate serverCertificate;
    QSslKey serverKey;
    QSslCertificate clientCertificate; // CN "operator-1", issued by the test CA
    QSslKey clientKey;
    QSslCertificate foreignClientCertificate; // CN "intruder", issued by an unrelated CA
    QSslKey foreignClientKey;
    QString error;

    static TlsTestEnvironment create()
    {
        TlsTestEnvironment env;
        auto ca = CertificateAuthority::create(QStringLiteral("Warden Test CA"), 2);
        auto foreignCa = CertificateAuthority::create(QStringLiteral("Somebody Else CA"), 2);
        if (!ca || !foreignCa) {
            env.error = !ca ? ca.errorMessage() : foreignCa.errorMessage();
            return env;
        }
        CertificateRequest server;
        server.commonName = QStringLiteral("fleetd-test");
        server.dnsNames = {QStringLiteral("localhost")};
        server.ipAddresses = {QStringLiteral("127.0.0.1")};
        server.usage = CertificateRequest::Usage::Server;
        CertificateRequest client;
        client.commonName = QStringLiteral("operator-1");
        client.usage = CertificateRequest::Usage::Client;
        CertificateRequest intruder = client;
        intruder.commonName = QStringLiteral("intruder");

        const auto serverIssued = ca->issue(server);
        const auto clientIssued = ca->issue(client);
        const auto foreignIssued = foreignCa->issue(intruder);
        if (!serverIssued || !clientIssued || !foreignIssued) {
            env.error = QStringLiteral("issuing test certificates failed");
            return env;
        }
        env.caCertificate = QSslCertificate(ca->certificatePem(), QSsl::Pem);
        env.serverCertificate = QSslCertificate(serverIssued->certificatePem, QSsl::Pem);
        env.serverKey = QSslKey(serverIssued->privateKeyPem, QSsl::Ec, QSsl::Pem);
        env.clientCertificate = QSslCertificate(clientIssued->certificatePem, QSsl::Pem);
        env.clientKey = QSslKey(clientIssued->privateKeyPem, QSsl::Ec, QSsl::Pem);
        env.foreignClientCertificate = QSslCertificate(foreignIssued->certificatePem, QSsl::Pem);
        env.foreignClientKey = QSslKey(foreignIssued->privateKeyPem, QSsl::Ec, QSsl::Pem);
        if (env.caCertificate.isNull() || env.serverCertificate.isNull() || env.serverKey.isNull() ||
            env.clientCertificate.isNull() || env.clientKey.isNull() || env.foreignClientKey.isNull())
            env.error = QStringLiteral("Qt could not load the generated PEM data");
        return env;
    }

    QSslConfiguration serverConfiguration(QSslSocket::PeerVerifyMode mode = QSslSocket::VerifyNone) const
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(serverCertificate);
        config.setPrivateKey(serverKey);
        config.setCaCertificates({caCertificate});
        config.setPeerVerifyMode(mode);
        return config;
    }

    // Trusts only the test CA (never ignores errors), presents no certificate.
    QSslConfiguration clientConfiguration() const
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates({caCertificate});
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        return config;
    }

    QSslConfiguration clientConfigurationWithCertificate() const
    {
        QSslConfiguration config = clientConfiguration();
        config.setLocalCertificate(clientCertificate);
        config.setPrivateKey(clientKey);
        return config;
    }

    QSslConfiguration clientConfigurationWithForeignCertificate() const
    {
        QSslConfiguration config = clientConfiguration();
        config.setLocalCertificate(foreignClientCertificate);
        config.setPrivateKey(foreignClientKey);
        return config;
    }
};

// Connects to 127.0.0.1:port and waits for the handshake while the event loop runs (blocking waitFor* calls would
// starve the server living in the same thread). Returns the socket even if the handshake failed; check
// isEncrypted().
inline std::unique_ptr<QSslSocket> connectTls(quint16 port, const QSslConfiguration &config, int timeoutMs = 5000)
{
    auto socket = std::make_unique<QSslSocket>();
    socket->setSslConfiguration(config);
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    (void)QTest::qWaitFor([&] { return socket->isEncrypted() || socket->state() == QAbstractSocket::UnconnectedState; },
                          timeoutMs);
    return socket;
}

inline bool waitForDisconnect(QAbstractSocket &socket, int timeoutMs = 5000)
{
    return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
}

struct RawHttpResponse {
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerCaseName)
                return h.second;
        }
        return {};
    }
};

// Removes one complete response (Content-Length framed, or head only for 1xx/204) from the front of `buffer`.
inline std::optional<RawHttpResponse> takeResponse(QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    RawHttpResponse response;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    response.status = lines.value(0).trimmed().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            response.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    const qsizetype length = response.header("content-length").toLongLong();
    if (buffer.size() < headEnd + 4 + length)
        return std::nullopt;
    response.body = buffer.mid(headEnd + 4, length);
    buffer.remove(0, headEnd + 4 + length);
    return response;
}

// Reads from `socket` into `buffer` until one complete response is there and returns it; nullopt on timeout or when
// the connection ends first.
inline std::optional<RawHttpResponse> readResponse(QAbstractSocket &socket, QByteArray &buffer, int timeoutMs = 5000)
{
    std::optional<RawHttpResponse> result;
    (void)QTest::qWaitFor(
        [&] {
            buffer += socket.readAll();
            result = takeResponse(buffer);
            return result.has_value() || socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    if (!result) {
        buffer += socket.readAll();
        result = takeResponse(buffer);
    }
    return result;
}

} // namespace warden::test
