// Keeps docs/fleet-api.md and fleetd from drifting apart: parses the endpoint table of section 6, calls every
// documented endpoint against a real fleetd (routed: never the router's "no such endpoint" 404, never 405), checks
// the documented role of each (no token -> 401, too small a role -> 403), and checks that every route fleetd
// serves is documented.

#include "FleetdTestClient.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace warden;
using namespace warden::test;

namespace {

struct DocumentedEndpoint {
    QByteArray method;
    QString path; // "/devices/{id}", relative to /api/v1
    QString role; // none, any, viewer, op, admin
};

QString documentPath()
{
    return QStringLiteral(WARDEN_TEST_DATA_DIR "/../../docs/fleet-api.md");
}

// "/devices/{id}" and "/devices/{device_id}" are the same route.
QString normalised(const QString &path)
{
    static const QRegularExpression placeholder(u"\\{[^}]*\\}"_s);
    return QString(path).replace(placeholder, u"{}"_s);
}

// The rows "| `METHOD /path`, `/other` ... | role | ... |" of section 6. A token without a method inherits the
// previous one's method and replaces its last path segment ("`POST /devices/{id}/disable`, `/enable`").
QList<DocumentedEndpoint> parseEndpointTable(const QString &markdown, QString *problem)
{
    QList<DocumentedEndpoint> endpoints;
    const qsizetype start = markdown.indexOf(u"\n## 6."_s);
    const qsizetype end = markdown.indexOf(u"\n## 7."_s);
    if (start < 0 || end < start) {
        *problem = u"section 6 not found"_s;
        return endpoints;
    }
    static const QRegularExpression token(u"`(?:([A-Z]+) )?(/[^`?]*)[^`]*`"_s);
    const QStringList lines = markdown.mid(start, end - start).split(u'\n');
    for (const QString &line : lines) {
        if (!line.startsWith(u"| `"_s))
            continue;
        const QStringList cells = line.split(u'|');
        if (cells.size() < 4) {
            *problem = u"malformed row: "_s + line;
            return endpoints;
        }
        const QStringList roles = cells.at(2).trimmed().split(u" / "_s);
        QByteArray method;
        QString previous;
        int index = 0;
        auto matches = token.globalMatch(cells.at(1));
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            QString path = match.captured(2).trimmed();
            if (!match.captured(1).isEmpty()) {
                method = match.captured(1).toLatin1();
            } else if (!previous.isEmpty()) {
                path = previous.left(previous.lastIndexOf(u'/')) + path;
            }
            if (method.isEmpty()) {
                *problem = u"no method in row: "_s + line;
                return endpoints;
            }
            // "none / any" gives one role per full "METHOD /path" token of the row.
            const QString role = roles.value(std::min<qsizetype>(index, roles.size() - 1));
            endpoints.append({method, path, role});
            previous = path;
            if (!match.captured(1).isEmpty())
                ++index;
        }
    }
    return endpoints;
}

} // namespace

class TestApiContract : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tableParses();
    void everyDocumentedEndpointIsRouted_data();
    void everyDocumentedEndpointIsRouted();
    void everyRouteIsDocumented();

private:
    QTemporaryDir m_dir;
    FleetdRunner m_runner;
    std::unique_ptr<FleetdTestClient> m_client;
    QList<DocumentedEndpoint> m_endpoints;
    QByteArray m_unknownEndpointBody;
};

void TestApiContract::initTestCase()
{
    QFile document(documentPath());
    QVERIFY2(document.open(QIODevice::ReadOnly), qPrintable(documentPath()));
    QString problem;
    m_endpoints = parseEndpointTable(QString::fromUtf8(document.readAll()), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    QVERIFY(m_dir.isValid());
    const Result<FleetdInstanceInfo> info = m_runner.start(testConfig(m_dir.filePath(u"data"_s), 100));
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    m_client = std::make_unique<FleetdTestClient>(info->baseUrl, info->caPem, info->credentialsFile);
    const Reply unknown = m_client->get(u"/this-endpoint-does-not-exist"_s, m_client->token(u"admin"_s));
    QCOMPARE(unknown.status, 404);
    m_unknownEndpointBody = unknown.body;
}

void TestApiContract::cleanupTestCase()
{
    m_client.reset();
    m_runner.stop();
}

void TestApiContract::tableParses()
{
    // A sanity floor: the table has (at least) the endpoints the contract is known to have.
    QVERIFY2(m_endpoints.size() >= 40, qPrintable(QString::number(m_endpoints.size())));
    const auto has = [this](const char *method, const QString &path) {
        for (const DocumentedEndpoint &endpoint : std::as_const(m_endpoints)) {
            if (endpoint.method == method && endpoint.path == path)
                return true;
        }
        return false;
    };
    QVERIFY(has("GET", u"/gateways"_s));
    QVERIFY(has("POST", u"/devices/{id}/enable"_s));
    QVERIFY(has("POST", u"/campaigns/{id}/retry"_s));
    QVERIFY(has("DELETE", u"/session"_s));
    QVERIFY(has("GET", u"/events"_s));
    for (const DocumentedEndpoint &endpoint : std::as_const(m_endpoints)) {
        QVERIFY2(QStringList({u"none"_s, u"any"_s, u"viewer"_s, u"op"_s, u"admin"_s}).contains(endpoint.role),
                 qPrintable(endpoint.path + u": "_s + endpoint.role));
    }
}

void TestApiContract::everyDocumentedEndpointIsRouted_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("role");
    for (const DocumentedEndpoint &endpoint : std::as_const(m_endpoints)) {
        const QByteArray tag = endpoint.method + ' ' + endpoint.path.toUtf8();
        QTest::newRow(tag.constData()) << endpoint.method << endpoint.path << endpoint.role;
    }
}

void TestApiContract::everyDocumentedEndpointIsRouted()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, role);
    static const QRegularExpression placeholder(u"\\{[^}]*\\}"_s);
    const QString concrete = QString(path).replace(placeholder, u"contract-probe"_s);
    const QByteArray body = method == "GET" || method == "DELETE" ? QByteArray() : QByteArray("{}");

    // The session endpoint logs a token out; it gets one of its own.
    const bool logout = method == "DELETE" && path == u"/session"_s;
    const QByteArray admin = logout ? QByteArray() : m_client->token(u"admin"_s);
    QByteArray token = admin;
    if (logout) {
        const FleetdCredential bob = m_client->credential(u"bob"_s);
        const Reply login = m_client->login(u"bob"_s, bob.password, m_client->freshTotp(u"bob"_s));
        QCOMPARE(login.status, 200);
        token = login.json.value(u"token"_s).toString().toLatin1();
    }

    const Reply reply = m_client->raw(method, concrete, body, token);
    QVERIFY2(reply.status != 405, qPrintable(u"%1 %2 is not routed for this method"_s.arg(QString::fromLatin1(method), path)));
    QVERIFY2(!(reply.status == 404 && reply.body == m_unknownEndpointBody),
             qPrintable(u"%1 %2 is documented but not routed"_s.arg(QString::fromLatin1(method), path)));
    QVERIFY2(reply.status != 401 && reply.status != 403 && reply.status < 500,
             qPrintable(u"%1 %2 -> %3 %4"_s.arg(QString::fromLatin1(method), path).arg(reply.status)
                            .arg(QString::fromUtf8(reply.body))));

    // The documented role is the one enforced.
    if (role != u"none"_s) {
        const Reply anonymous = m_client->raw(method, concrete, body, {});
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.code(), u"unauthenticated"_s);
    }
    if (role == u"op"_s || role == u"admin"_s) {
        const Reply viewer = m_client->raw(method, concrete, body, m_client->token(u"carol"_s));
        QCOMPARE(viewer.status, 403);
        QCOMPARE(viewer.code(), u"forbidden"_s);
    }
    if (role == u"admin"_s) {
        const Reply operatorRole = m_client->raw(method, concrete, body, m_client->token(u"alice"_s));
        QCOMPARE(operatorRole.status, 403);
    }
    if ((role == u"viewer"_s || role == u"any"_s) && !logout) { // logging out the shared viewer token would hurt
        const Reply viewer = m_client->raw(method, concrete, body, m_client->token(u"carol"_s));
        QVERIFY2(viewer.status != 401 && viewer.status != 403, qPrintable(QString::number(viewer.status)));
    }
}

void TestApiContract::everyRouteIsDocumented()
{
    QSet<QString> documented;
    for (const DocumentedEndpoint &endpoint : std::as_const(m_endpoints))
        documented.insert(QString::fromLatin1(endpoint.method) + u' ' + normalised(endpoint.path));
    const QStringList routes = m_runner.info().routes;
    QVERIFY(routes.size() >= 40);
    for (const QString &route : routes) {
        const qsizetype space = route.indexOf(u' ');
        const QString key = route.left(space) + u' ' + normalised(route.mid(space + 1));
        QVERIFY2(documented.contains(key), qPrintable(route + u" is served but not in docs/fleet-api.md §6"_s));
    }
}

QTEST_GUILESS_MAIN(TestApiContract)
#include "tst_apicontract.moc"
