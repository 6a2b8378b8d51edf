#pragma once

// Test-side helpers shared by the fleetd test executables (header-only, so every tst_fleetd*.cpp stays one
// executable): a temporary fleetd configuration, a synchronous HTTPS client that trusts only the instance's CA,
// logins that never reuse a TOTP step, and a WebSocket stream reader.

#include "server/FleetdConfig.h"
#include "server/FleetdCredentials.h"
#include "server/FleetdRunner.h"
#include "security/Totp.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

#include <memory>

namespace warden::test {

using namespace Qt::Literals::StringLiterals;

// A fleetd configuration for tests: random free port, small fleet, cheap password hashing, fixed epoch.
inline FleetdConfig testConfig(const QString &dataDir, int devices = 400, quint64 seed = 7)
{
    FleetdConfig config;
    config.listenHost = u"127.0.0.1"_s;
    config.port = 0;
    config.dataDir = dataDir;
    config.devices = devices;
    config.seed = seed;
    config.eventRate = 50;
    config.passwordIterations = 1000;
    config.epoch = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
    return config;
}

struct Reply {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QJsonArray items() const { return json.value(u"items"_s).toArray(); }
    QString code() const { return json.value(u"code"_s).toString(); }
    QString field() const { return json.value(u"field"_s).toString(); }
};

// Synchronous JSON-over-HTTPS calls against one fleetd, verifying it with its own CA only.
class FleetdTestClient {
public:
    FleetdTestClient(const QUrl &baseUrl, const QByteArray &caPem, const QString &credentialsFile)
        : m_base(baseUrl), m_credentialsFile(credentialsFile)
    {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates(QSslCertificate::fromData(caPem, QSsl::Pem));
        m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }

    const QUrl &baseUrl() const { return m_base; }
    QSslConfiguration &tls() { return m_tls; }

    QUrl url(const QString &path) const
    {
        QUrl url = m_base;
        const qsizetype query = path.indexOf(u'?');
        url.setPath(m_base.path() + (query < 0 ? path : path.left(query)));
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        return url;
    }

    Reply raw(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &token,
              const QByteArray &contentType = "application/json")
    {
        QNetworkRequest request(url(path));
        request.setSslConfiguration(m_tls);
        request.setTransferTimeout(30000);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        if (!body.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = body.isNull() ? m_network.sendCustomRequest(request, method)
                                             : m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        if (result.status == 0)
            qWarning() << "request failed:" << method << path << reply->errorString();
        reply->deleteLater();
        return result;
    }

    Reply get(const QString &path, const QByteArray &token) { return raw("GET", path, QByteArray(), token); }
    Reply post(const QString &path, const QJsonObject &body, const QByteArray &token)
    {
        return raw("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }
    Reply send(const QByteArray &method, const QString &path, const QJsonObject &body, const QByteArray &token)
    {
        return raw(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }

    FleetdCredential credential(const QString &user) const
    {
        const Result<QList<FleetdCredential>> all = FleetdCredentials::read(m_credentialsFile);
        if (!all)
            return {};
        return FleetdCredentials::find(*all, user).value_or(FleetdCredential{});
    }

    // A TOTP code of the user that the server has not seen yet (steps only move forward: t-1, t, t+1, then the
    // next 30 s window). Returns the code and remembers its step.
    QString freshTotp(const QString &user)
    {
        const FleetdCredential who = credential(user);
        const qint64 used = m_usedStep.value(user, -1);
        while (true) {
            const qint64 now = QDateTime::currentSecsSinceEpoch() / 30;
            for (qint64 step = now - 1; step <= now + 1; ++step) {
                if (step > used) {
                    m_usedStep.insert(user, step);
                    return Totp::code(who.totpSecret(), step * 30);
                }
            }
            QThread::msleep(500);
        }
    }

    Reply login(const QString &user, const QString &password, const QString &totp)
    {
        return post(u"/session"_s, QJsonObject{{u"user"_s, user}, {u"password"_s, password}, {u"totp"_s, totp}}, {});
    }

    // Logs in (once per user; the token is cached) and returns the bearer token.
    QByteArray token(const QString &user)
    {
        if (m_tokens.contains(user))
            return m_tokens.value(user);
        const Reply reply = login(user, credential(user).password, freshTotp(user));
        if (reply.status != 200) {
            qWarning() << "login of" << user << "failed:" << reply.status << reply.body;
            return {};
        }
        const QByteArray token = reply.json.value(u"token"_s).toString().toLatin1();
        m_tokens.insert(user, token);
        return token;
    }
    void forgetTokens() { m_tokens.clear(); }
    // Marks a step as used by someone else (e.g. a test that logged in by hand).
    void noteUsedStep(const QString &user, qint64 step) { m_usedStep.insert(user, std::max(step, m_usedStep.value(user, -1))); }

    // Every page of a collection, following cursors; `since` < 0 for a full listing.
    QJsonArray all(const QString &collection, const QByteArray &token, int limit = 1000, qint64 since = -1,
                   qint64 *revision = nullptr, QStringList *deleted = nullptr)
    {
        QJsonArray items;
        QString cursor;
        bool first = true;
        while (true) {
            QString path = collection + u"?limit="_s + QString::number(limit);
            if (!cursor.isEmpty())
                path += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
            else if (since >= 0)
                path += u"&since="_s + QString::number(since);
            const Reply page = get(path, token);
            if (page.status != 200) {
                qWarning() << "paging" << collection << "failed:" << page.status << page.body;
                return items;
            }
            if (first) {
                if (revision)
                    *revision = page.json.value(u"revision"_s).toInteger();
                if (deleted) {
                    for (const QJsonValue &id : page.json.value(u"deleted"_s).toArray())
                        deleted->append(id.toString());
                }
                first = false;
            }
            for (const QJsonValue &item : page.items())
                items.append(item);
            const QJsonValue next = page.json.value(u"next_cursor"_s);
            if (!next.isString())
                return items;
            cursor = next.toString();
        }
    }

private:
    QUrl m_base;
    QString m_credentialsFile;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_network;
    QHash<QString, qint64> m_usedStep;
    QHash<QString, QByteArray> m_tokens;
};

// Collects the frames of one /api/v1/stream connection.
class StreamReader {
public:
    StreamReader(FleetdTestClient &client, const QByteArray &token, qint64 fromSeq = 0)
    {
        QUrl url = client.baseUrl();
        url.setScheme(u"wss"_s);
        url.setPath(url.path() + u"/stream"_s);
        if (fromSeq > 0)
            url.setQuery(u"from_seq="_s + QString::number(fromSeq));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token);
        m_socket.setSslConfiguration(client.tls());
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString &text) {
            const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
            m_frames.append(frame);
            if (frame.value(u"type"_s) == u"events"_s) {
                for (const QJsonValue &event : frame.value(u"events"_s).toArray())
                    m_events.append(event.toObject());
            }
        });
        QObject::connect(&m_socket, &QWebSocket::disconnected, &m_socket, [this] { m_closed = true; });
        m_socket.open(request);
    }

    QWebSocket &socket() { return m_socket; }
    const QList<QJsonObject> &frames() const { return m_frames; }
    const QList<QJsonObject> &events() const { return m_events; }
    bool closed() const { return m_closed; }
    qint64 lastSeq() const { return m_events.isEmpty() ? 0 : m_events.constLast().value(u"seq"_s).toInteger(); }

    // Waits until pred() holds or timeoutMs passes.
    template <typename Pred>
    bool waitFor(Pred pred, int timeoutMs = 15000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!pred()) {
            if (timer.elapsed() > timeoutMs)
                return false;
            QTest::qWait(20);
        }
        return true;
    }

    QJsonObject frameOfType(const QString &type) const
    {
        for (const QJsonObject &frame : m_frames) {
            if (frame.value(u"type"_s) == type)
                return frame;
        }
        return {};
    }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_frames;
    QList<QJsonObject> m_events;
    bool m_closed = false;
};

// Sends raw bytes over TLS and returns what the server answered before closing or going quiet.
inline QByteArray rawExchange(const QUrl &baseUrl, const QByteArray &caPem, const QByteArray &bytes,
                              int quietMs = 1500)
{
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(caPem, QSsl::Pem));
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(baseUrl.host(), quint16(baseUrl.port()));
    if (!socket.waitForEncrypted(10000))
        return {};
    socket.write(bytes);
    socket.flush();
    QByteArray answer;
    while (socket.waitForReadyRead(quietMs))
        answer += socket.readAll();
    answer += socket.readAll();
    return answer;
}

// The HTTP status of a raw response ("HTTP/1.1 413 ..." -> 413), 0 if none.
inline int rawStatus(const QByteArray &response)
{
    if (!response.startsWith("HTTP/1."))
        return 0;
    return response.mid(9, 3).toInt();
}

} // namespace warden::test
