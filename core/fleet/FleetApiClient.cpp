#include "fleet/FleetApiClient.h"

#include "domain/JsonReader.h"
#include "fleet/AnswerWipe.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::Literals::StringLiterals;

namespace warden {

template <> QString collectionPath<Site>()
{
    return u"sites"_s;
}
template <> QString collectionPath<Gateway>()
{
    return u"gateways"_s;
}
template <> QString collectionPath<Link>()
{
    return u"links"_s;
}
template <> QString collectionPath<Device>()
{
    return u"devices"_s;
}
template <> QString collectionPath<Owner>()
{
    return u"owners"_s;
}
template <> QString collectionPath<Firmware>()
{
    return u"firmware"_s;
}
template <> QString collectionPath<Incident>()
{
    return u"incidents"_s;
}
template <> QString collectionPath<Licence>()
{
    return u"licences"_s;
}
template <> QString collectionPath<Campaign>()
{
    return u"campaigns"_s;
}
template <> QString collectionPath<Approval>()
{
    return u"approvals"_s;
}
template <> QString collectionPath<Rule>()
{
    return u"rules"_s;
}
template <> QString collectionPath<JoinRequest>()
{
    return u"admission"_s;
}
template <> QString collectionPath<DeviceCredential>()
{
    return u"credentials"_s;
}

namespace {

constexpr qsizetype MaxErrorBodyBytes = 64 * 1024;

// One path segment, percent-encoded: an id can never add a path level or a query.
QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// Appends text as a JSON string. Used for the login body so the password is only ever in memory we wipe.
void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(c);
        } else if (byte < 0x20) {
            out.append("\\u00", 4);
            out.append(Hex[byte >> 4]);
            out.append(Hex[byte & 0xf]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

// A rule as the create/update/dry-run bodies take it: without the fields the backend assigns.
QJsonObject ruleBody(const Rule &rule)
{
    QJsonObject json = rule.toJson();
    json.remove(u"id"_s);
    json.remove(u"created_by"_s);
    return json;
}

// The reply property holding the audit handle of an operator action in flight (for cancelAll).
constexpr char ActionHandleProperty[] = "wardenActionHandle";

// Per-request state shared by the reply's signal handlers.
struct RequestState {
    QList<QSslError> sslErrors;
    std::optional<FleetError> abortReason;
    std::shared_ptr<SecretBytes> secretBody;
    bool handshakeDone = false; // this request opened a new connection and its TLS handshake succeeded
};

} // namespace

FleetApiClient::FleetApiClient(ConnectionProfile profile, TlsSettings tls, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_tls(std::move(tls))
    , m_network(new QNetworkAccessManager(this))
    , m_parser(std::make_unique<BackgroundParser>(u"fleet-parser"_s))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setStrictTransportSecurityEnabled(false);
    m_network->setAutoDeleteReplies(false);
}

FleetApiClient::~FleetApiClient()
{
    cancelAll();
    m_token.clear(); // no signals from a destructor
}

void FleetApiClient::setTls(TlsSettings tls)
{
    m_tls = std::move(tls);
    m_network->clearConnectionCache();
}

QByteArray FleetApiClient::authorizationHeader() const
{
    if (m_token.isEmpty())
        return {};
    return QByteArrayLiteral("Bearer ") + m_token.bytes();
}

void FleetApiClient::forgetSession()
{
    const bool had = !m_token.isEmpty() || m_session.isValid();
    m_token.clear();
    m_session = {};
    ++m_sessionGeneration;
    if (had)
        emit sessionChanged();
}

int FleetApiClient::pendingCount() const
{
    return int(m_network->findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly).size());
}

void FleetApiClient::cancelAll()
{
    const QList<QNetworkReply *> replies = m_network->findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly);
    for (QNetworkReply *reply : replies) {
        const qint64 handle = reply->property(ActionHandleProperty).toLongLong();
        if (handle > 0 && m_recorder)
            m_recorder->actionAnswered(handle, u"cancelled"_s,
                                       QCoreApplication::translate("FleetApiClient",
                                                                   "The console stopped waiting for the answer; the "
                                                                   "backend may have carried the action out."));
        QObject::disconnect(reply, nullptr, nullptr, nullptr);
        reply->abort();
        delete reply;
    }
}

FleetApiClient::Call FleetApiClient::post(const QString &path, const QJsonObject &body)
{
    return Call{"POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), true, true};
}

FleetError FleetApiClient::malformed(const Call &request, const Error &error)
{
    return FleetError::protocol(
        QCoreApplication::translate("FleetError", "The backend's answer to %1 %2 is malformed: %3")
            .arg(QString::fromLatin1(request.method), request.path, error.message),
        error.field);
}

void FleetApiClient::send(Call request, QObject *context, Parse parse, Fail fail,
                          std::shared_ptr<SecretBytes> secretBody)
{
    QUrl url = m_profile.apiUrl(QString());
    url.setPath(url.path(QUrl::FullyEncoded) + request.path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);

    QNetworkRequest networkRequest(url);
    networkRequest.setSslConfiguration(m_tls.configuration);
    networkRequest.setTransferTimeout(m_options.transferTimeoutMs);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setRawHeader("User-Agent", "Warden/" WARDEN_VERSION);
    if (request.hasBody)
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);

    // An operator action is recorded before it leaves, and its outcome whenever the answer comes, even when the
    // caller's context is gone by then (the backend acted all the same).
    qint64 actionHandle = 0;
    if (m_recorder && request.authenticated && !request.readOnly && request.method != "GET") {
        const QString actor = m_session.user.isEmpty() ? m_profile.userName : m_session.user;
        actionHandle = m_recorder->actionSent(FleetAction::describe(request.method, request.path, request.body, actor));
        if (actionHandle < 0) {
            const FleetError error(FleetError::Kind::BadRequest,
                                   QCoreApplication::translate("FleetApiClient",
                                                               "The action was not sent: the console's audit log "
                                                               "cannot be written."));
            QPointer<QObject> guard(context);
            const bool hadContext = context != nullptr;
            QMetaObject::invokeMethod(
                this,
                [guard, hadContext, fail = std::move(fail), error] {
                    if (!hadContext || guard)
                        fail(error);
                },
                Qt::QueuedConnection);
            return;
        }
    }
    const auto recordOutcome = [recorder = m_recorder, actionHandle](const QString &outcome, const QString &message) {
        if (actionHandle > 0 && recorder)
            recorder->actionAnswered(actionHandle, outcome, message);
    };

    if (request.authenticated) {
        if (m_token.isEmpty()) {
            // Nothing to send without a token; answer like the backend would, but without a round trip.
            const FleetError error(FleetError::Kind::TokenExpired,
                                   QCoreApplication::translate("FleetError", "Not logged in to this backend."), 0,
                                   u"unauthenticated"_s);
            recordOutcome(u"failed"_s, error.message());
            QPointer<QObject> guard(context);
            const bool hadContext = context != nullptr;
            QMetaObject::invokeMethod(
                this,
                [guard, hadContext, fail = std::move(fail), error] {
                    if (!hadContext || guard)
                        fail(error);
                },
                Qt::QueuedConnection);
            return;
        }
        networkRequest.setRawHeader("Authorization", authorizationHeader());
    }

    QNetworkReply *reply = nullptr;
    const QByteArray body =
        secretBody ? QByteArray::fromRawData(secretBody->constData(), secretBody->size()) : request.body;
    if (request.hasBody || request.method == "PATCH" || request.method == "PUT")
        reply = m_network->sendCustomRequest(networkRequest, request.method, body);
    else
        reply = m_network->sendCustomRequest(networkRequest, request.method);

    if (actionHandle > 0)
        reply->setProperty(ActionHandleProperty, actionHandle);
    auto state = std::make_shared<RequestState>();
    state->secretBody = std::move(secretBody);
    const qint64 maxBytes = m_options.maxResponseBytes;
    const auto tooLarge = [maxBytes] {
        return FleetError::protocol(QCoreApplication::translate("FleetError",
                                                                "The backend's answer is larger than the limit of "
                                                                "%1 MiB; it was not read.")
                                        .arg(maxBytes / (1024 * 1024)));
    };

    connect(reply, &QNetworkReply::sslErrors, reply,
            [state](const QList<QSslError> &errors) { state->sslErrors += errors; });
    // Before any request byte is written on a new connection: a wrong key never sees the token or the password.
    connect(reply, &QNetworkReply::encrypted, reply, [this, reply, state] {
        if (std::optional<FleetError> mismatch = m_tls.checkPeer(reply->sslConfiguration().peerCertificate())) {
            state->abortReason = std::move(mismatch);
            reply->abort();
            return;
        }
        state->handshakeDone = true;
    });
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, state, maxBytes, tooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes && !state->abortReason) {
            state->abortReason = tooLarge();
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, state, maxBytes, tooLarge](qint64 received, qint64) {
                if (received > maxBytes && !state->abortReason) {
                    state->abortReason = tooLarge();
                    reply->abort();
                }
            });

    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    const quint64 generation = m_sessionGeneration;
    connect(
        reply, &QNetworkReply::finished, reply,
        [this, reply, state, guard, hadContext, generation, request = std::move(request), parse = std::move(parse),
         fail = std::move(fail), recordOutcome] {
            reply->deleteLater();
            if (state->secretBody)
                state->secretBody->clear(); // the memory stays allocated (Qt may hold a pointer) until the reply dies
            const auto deliver = [&](const FleetError &error) {
                recordOutcome(u"failed"_s, error.message());
                if (!hadContext || guard)
                    fail(error);
            };
            if (state->abortReason) {
                deliver(*state->abortReason);
                return;
            }
            const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            if (!statusAttribute.isValid()) {
                const QNetworkReply::NetworkError error = reply->error();
                // A server that verifies client certificates after the handshake (Qt's, fleetd's) refuses with a
                // plain close instead of a TLS alert: a fresh connection closed before any answer is that. Once
                // logged in, the backend has already accepted this TLS setup, so such a close is the network
                // failing (retried), not a certificate problem (which stops the stream until someone looks).
                if (state->handshakeDone && state->sslErrors.isEmpty() && !isLoggedIn() &&
                    (error == QNetworkReply::RemoteHostClosedError ||
                     error == QNetworkReply::SslHandshakeFailedError)) {
                    deliver(FleetError::clientCertificateRefused(m_profile.usesClientCertificate()));
                    return;
                }
                // A request that timed out may have been waiting on a connection whose TLS handshake never ends
                // (a stalled middlebox): Qt keeps such a connection for the next request, which then times out too,
                // for ever. Forgetting the connections makes the next request open a fresh one.
                if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
                    m_network->clearConnectionCache();
                deliver(FleetError::fromNetworkError(error, reply->errorString(), state->sslErrors));
                return;
            }
            const int status = statusAttribute.toInt();
            if (status < 200 || status > 299) {
                const FleetError error = FleetError::fromHttp(status, reply->read(MaxErrorBodyBytes));
                if (error.needsLogin() && request.authenticated && generation == m_sessionGeneration) {
                    forgetSession();
                    emit tokenExpired();
                }
                deliver(error);
                return;
            }
            // A success status whose body was cut off (connection closed, timed out): what arrived is only a part,
            // so parsing it would blame the backend's JSON for a network failure.
            if (reply->error() != QNetworkReply::NoError) {
                deliver(FleetError::fromNetworkError(reply->error(), reply->errorString(), state->sslErrors));
                return;
            }
            // 202 Accepted: a four-eyes action now waits for a second operator.
            recordOutcome(status == 202 ? u"pending_approval"_s : u"succeeded"_s, QString());
            // Moved into the job, which then owns the bytes alone and overwrites them once they are parsed.
            QByteArray answer = reply->readAll();
            m_parser->post([parse, status, answer = std::move(answer), guard,
                            hadContext]() mutable -> BackgroundParser::Continuation {
                BackgroundParser::Continuation continuation =
                    parseThenWipe(answer, [&](const QByteArray &bytes) { return parse(status, bytes); });
                return [continuation = std::move(continuation), guard, hadContext] {
                    if (continuation && (!hadContext || guard))
                        continuation();
                };
            });
        });
}

void FleetApiClient::login(const QString &user, SecretBytes password, const QString &totp, QObject *context,
                           Callback<LoginSession> done)
{
    const QByteArray userUtf8 = user.toUtf8();
    const QByteArray totpUtf8 = totp.toUtf8();
    // Reserved up front so appending never reallocates and leaves an unwiped copy of the password behind.
    QByteArray bodyBytes;
    bodyBytes.reserve(64 + 6 * (userUtf8.size() + password.size() + totpUtf8.size()));
    bodyBytes.append(R"({"user":)");
    appendJsonString(bodyBytes, userUtf8);
    bodyBytes.append(R"(,"password":)");
    appendJsonString(bodyBytes, password.bytes());
    bodyBytes.append(R"(,"totp":)");
    appendJsonString(bodyBytes, totpUtf8);
    bodyBytes.append('}');
    password.clear();
    auto secretBody = std::make_shared<SecretBytes>(std::move(bodyBytes));

    Call request{"POST", u"/session"_s, {}, {}, true, false};
    const Call described = request;
    const qsizetype max = m_options.maxResponseBytes;
    QPointer<FleetApiClient> self(this);
    send(
        std::move(request), context,
        [self, max, done, described](int, const QByteArray &body) -> BackgroundParser::Continuation {
            auto reply = std::make_shared<Result<fleetresponses::LoginReply>>(fleetresponses::parseLogin(body, max));
            return [self, reply, done, described] {
                if (!reply->ok()) {
                    done(malformed(described, reply->error()));
                    return;
                }
                if (self) {
                    self->m_token = std::move(reply->value().token);
                    self->m_session = reply->value().session;
                    ++self->m_sessionGeneration;
                    emit self->sessionChanged();
                }
                done(reply->value().session);
            };
        },
        [done](const FleetError &error) { done(error); }, std::move(secretBody));
}

void FleetApiClient::logout(QObject *context, Done done)
{
    if (m_token.isEmpty()) {
        QPointer<QObject> guard(context);
        const bool hadContext = context != nullptr;
        QMetaObject::invokeMethod(
            this,
            [guard, hadContext, done] {
                if (!hadContext || guard)
                    done(std::monostate{});
            },
            Qt::QueuedConnection);
        return;
    }
    Call request{"DELETE", u"/session"_s, {}, {}, false, true};
    send(
        std::move(request), context,
        [done](int, const QByteArray &) -> BackgroundParser::Continuation {
            return [done] { done(std::monostate{}); };
        },
        [done](const FleetError &error) { done(error); });
    // The token is forgotten at once: nothing else may use it while the logout is on its way.
    forgetSession();
}

void FleetApiClient::info(QObject *context, Callback<BackendInfo> done)
{
    call<BackendInfo>(Call{"GET", u"/info"_s, {}, {}, false, false}, context, objectParser<BackendInfo>(),
                      std::move(done));
}

void FleetApiClient::device(const QString &id, QObject *context, Callback<Device> done)
{
    call<Device>(Call{"GET", u"/devices/"_s + segment(id), {}, {}, false, true}, context, objectParser<Device>(),
                 std::move(done));
}

void FleetApiClient::patchDevice(const QString &id, const DevicePatch &patch, QObject *context, Callback<Device> done)
{
    Call request{"PATCH", u"/devices/"_s + segment(id),
                 {},      QJsonDocument(patch.toJson()).toJson(QJsonDocument::Compact),
                 true,    true};
    call<Device>(std::move(request), context, objectParser<Device>(), std::move(done));
}

void FleetApiClient::createDevice(const Device &device, QObject *context, Callback<Device> done)
{
    QJsonObject body{{u"id"_s, device.id}, {u"name"_s, device.name}, {u"device_class"_s, device.deviceClass},
                     {u"site_id"_s, device.siteId}};
    const auto optional = [&body](const QString &key, const QString &value) {
        if (!value.isEmpty())
            body.insert(key, value);
    };
    optional(u"vendor"_s, device.vendor);
    optional(u"model"_s, device.model);
    optional(u"firmware_version"_s, device.firmwareVersion);
    optional(u"gateway_id"_s, device.gatewayId);
    optional(u"segment"_s, device.segment);
    optional(u"owner_ref"_s, device.ownerRef);
    optional(u"location"_s, device.location);
    optional(u"notes"_s, device.notes);
    body.insert(u"capabilities"_s,
                QJsonObject{{u"online_update"_s, device.capabilities.onlineUpdate},
                            {u"needs_maintenance_window"_s, device.capabilities.needsMaintenanceWindow},
                            {u"safety_critical"_s, device.capabilities.safetyCritical}});
    call<Device>(post(u"/devices"_s, body), context, objectParser<Device>(), std::move(done));
}

void FleetApiClient::disableDevice(const QString &id, const QString &reason, QObject *context, Callback<Device> done)
{
    call<Device>(post(u"/devices/"_s + segment(id) + u"/disable"_s, {{u"reason"_s, reason}}), context,
                 objectParser<Device>(), std::move(done));
}

void FleetApiClient::enableDevice(const QString &id, const QString &reason, QObject *context, Callback<Device> done)
{
    call<Device>(post(u"/devices/"_s + segment(id) + u"/enable"_s, {{u"reason"_s, reason}}), context,
                 objectParser<Device>(), std::move(done));
}

void FleetApiClient::quarantineDevice(const QString &id, QuarantineLevel level, const QString &reason,
                                      const QDateTime &expires, QObject *context, Callback<QuarantineOutcome> done)
{
    QJsonObject body{{u"level"_s, toString(level)}, {u"reason"_s, reason}};
    insertOptionalTimestamp(body, u"expires"_s, expires);
    const qsizetype max = m_options.maxResponseBytes;
    call<QuarantineOutcome>(
        post(u"/devices/"_s + segment(id) + u"/quarantine"_s, body), context,
        [max](int status, const QByteArray &bytes) { return fleetresponses::parseQuarantine(status, bytes, max); },
        std::move(done));
}

void FleetApiClient::releaseDevice(const QString &id, const QString &reason, QObject *context, Callback<Device> done)
{
    const qsizetype max = m_options.maxResponseBytes;
    call<Device>(
        post(u"/devices/"_s + segment(id) + u"/release"_s, {{u"reason"_s, reason}}), context,
        [max](int, const QByteArray &bytes) { return fleetresponses::parseWrapped<Device>(bytes, "device", max); },
        std::move(done));
}

void FleetApiClient::events(qint64 fromSeq, int limit, QObject *context, Callback<EventRange> done)
{
    Call request{"GET", u"/events"_s, {}, {}, false, true};
    request.query.addQueryItem(u"from_seq"_s, QString::number(std::max<qint64>(1, fromSeq)));
    request.query.addQueryItem(u"limit"_s, QString::number(std::clamp(limit, 1, 5000)));
    const qsizetype max = m_options.maxResponseBytes;
    call<EventRange>(
        std::move(request), context,
        [max](int, const QByteArray &bytes) { return fleetresponses::parseEvents(bytes, max); }, std::move(done));
}

void FleetApiClient::acknowledgeIncident(const QString &id, QObject *context, Callback<Incident> done)
{
    call<Incident>(post(u"/incidents/"_s + segment(id) + u"/acknowledge"_s, {}), context, objectParser<Incident>(),
                   std::move(done));
}

void FleetApiClient::assignIncident(const QString &id, const QString &assignee, QObject *context,
                                    Callback<Incident> done)
{
    call<Incident>(post(u"/incidents/"_s + segment(id) + u"/assign"_s, {{u"assignee"_s, assignee}}), context,
                   objectParser<Incident>(), std::move(done));
}

void FleetApiClient::addIncidentNote(const QString &id, const QString &text, const QDateTime &writtenAt,
                                     QObject *context, Callback<Incident> done)
{
    QJsonObject body{{u"text"_s, text}};
    insertOptionalTimestamp(body, u"written_at"_s, writtenAt);
    call<Incident>(post(u"/incidents/"_s + segment(id) + u"/notes"_s, body), context, objectParser<Incident>(),
                   std::move(done));
}

void FleetApiClient::setIncidentState(const QString &id, IncidentState state, const QString &note, QObject *context,
                                      Callback<Incident> done)
{
    QJsonObject body{{u"state"_s, toString(state)}};
    if (!note.isEmpty())
        body.insert(u"note"_s, note);
    call<Incident>(post(u"/incidents/"_s + segment(id) + u"/state"_s, body), context, objectParser<Incident>(),
                   std::move(done));
}

void FleetApiClient::approveLicence(const QString &id, const QStringList &scopes, const QDateTime &expires,
                                    QObject *context, Callback<Licence> done)
{
    QJsonObject body{{u"scopes"_s, QJsonArray::fromStringList(scopes)}};
    insertOptionalTimestamp(body, u"expires"_s, expires);
    call<Licence>(post(u"/licences/"_s + segment(id) + u"/approve"_s, body), context, objectParser<Licence>(),
                  std::move(done));
}

void FleetApiClient::denyLicence(const QString &id, const QString &reason, QObject *context, Callback<Licence> done)
{
    call<Licence>(post(u"/licences/"_s + segment(id) + u"/deny"_s, {{u"reason"_s, reason}}), context,
                  objectParser<Licence>(), std::move(done));
}

void FleetApiClient::revokeLicence(const QString &id, const QString &reason, QObject *context, Callback<Licence> done)
{
    call<Licence>(post(u"/licences/"_s + segment(id) + u"/revoke"_s, {{u"reason"_s, reason}}), context,
                  objectParser<Licence>(), std::move(done));
}

void FleetApiClient::createCampaign(const CampaignRequest &request, QObject *context, Callback<Campaign> done)
{
    call<Campaign>(post(u"/campaigns"_s, request.toJson()), context, objectParser<Campaign>(), std::move(done));
}

void FleetApiClient::campaignAction(const QString &id, CampaignAction action, QObject *context, Callback<Campaign> done)
{
    call<Campaign>(post(u"/campaigns/"_s + segment(id) + u'/' + toString(action), {}), context,
                   objectParser<Campaign>(), std::move(done));
}

void FleetApiClient::campaignDevices(const QString &id, QObject *context, Callback<QList<CampaignDeviceState>> done)
{
    // Follows next_cursor until the last page; one request at a time.
    auto all = std::make_shared<QList<CampaignDeviceState>>();
    auto step = std::make_shared<std::function<void(const QString &)>>();
    std::weak_ptr<std::function<void(const QString &)>> weakStep = step;
    QPointer<FleetApiClient> self(this);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    *step = [self, guard, hadContext, id, all, done, weakStep](const QString &cursor) {
        auto strong = weakStep.lock();
        if (!self || !strong || (hadContext && !guard))
            return;
        CampaignDeviceQuery query;
        query.cursor = cursor;
        query.limit = 5000;
        self->campaignDevicesPage(id, query, guard.data(),
                                  [strong, all, done](FleetResult<Page<CampaignDeviceState>> result) {
                                      if (!result) {
                                          done(result.error());
                                          return;
                                      }
                                      all->append(result->items);
                                      if (result->nextCursor.isEmpty())
                                          done(std::move(*all));
                                      else
                                          (*strong)(result->nextCursor);
                                  });
    };
    (*step)(QString());
}

void FleetApiClient::campaignDevicesPage(const QString &id, const CampaignDeviceQuery &query, QObject *context,
                                         Callback<Page<CampaignDeviceState>> done)
{
    Call get{"GET", u"/campaigns/"_s + segment(id) + u"/devices"_s, {}, {}, false, true};
    get.query.addQueryItem(u"limit"_s, QString::number(std::clamp(query.limit, 1, 5000)));
    if (!query.cursor.isEmpty())
        get.query.addQueryItem(u"cursor"_s, query.cursor);
    if (query.wave > 0)
        get.query.addQueryItem(u"wave"_s, QString::number(query.wave));
    if (query.state)
        get.query.addQueryItem(u"state"_s, toString(*query.state));
    const qsizetype max = m_options.maxResponseBytes;
    call<Page<CampaignDeviceState>>(
        std::move(get), context,
        [max](int, const QByteArray &bytes) { return fleetresponses::parsePage<CampaignDeviceState>(bytes, max); },
        std::move(done));
}

void FleetApiClient::campaignWaves(const QString &id, QObject *context, Callback<QList<CampaignWaveStatus>> done)
{
    const qsizetype max = m_options.maxResponseBytes;
    call<QList<CampaignWaveStatus>>(
        Call{"GET", u"/campaigns/"_s + segment(id) + u"/waves"_s, {}, {}, false, true}, context,
        [max](int, const QByteArray &bytes) {
            return fleetresponses::parseList<CampaignWaveStatus>(bytes, "items", max);
        },
        std::move(done));
}

void FleetApiClient::deviceCampaigns(const QString &deviceId, const QString &cursor, int limit, QObject *context,
                                     Callback<Page<DeviceCampaignState>> done)
{
    Call get{"GET", u"/devices/"_s + segment(deviceId) + u"/campaigns"_s, {}, {}, false, true};
    get.query.addQueryItem(u"limit"_s, QString::number(std::clamp(limit, 1, 5000)));
    if (!cursor.isEmpty())
        get.query.addQueryItem(u"cursor"_s, cursor);
    const qsizetype max = m_options.maxResponseBytes;
    call<Page<DeviceCampaignState>>(
        std::move(get), context,
        [max](int, const QByteArray &bytes) { return fleetresponses::parsePage<DeviceCampaignState>(bytes, max); },
        std::move(done));
}

void FleetApiClient::acceptJoinRequest(const QString &id, const QStringList &licenceScopes, QObject *context,
                                       Callback<JoinRequest> done)
{
    QJsonObject body;
    if (!licenceScopes.isEmpty())
        body.insert(u"licence_scopes"_s, QJsonArray::fromStringList(licenceScopes));
    call<JoinRequest>(post(u"/admission/"_s + segment(id) + u"/accept"_s, body), context,
                      objectParser<JoinRequest>(), std::move(done));
}

void FleetApiClient::rejectJoinRequest(const QString &id, const QString &reason, QObject *context,
                                       Callback<JoinRequest> done)
{
    call<JoinRequest>(post(u"/admission/"_s + segment(id) + u"/reject"_s, {{u"reason"_s, reason}}), context,
                      objectParser<JoinRequest>(), std::move(done));
}

void FleetApiClient::preauthorize(const QList<PreauthorizeEntry> &entries, QObject *context,
                                  Callback<PreauthorizeResult> done)
{
    QJsonArray items;
    for (const PreauthorizeEntry &entry : entries)
        items.append(entry.toJson());
    call<PreauthorizeResult>(post(u"/admission/preauthorize"_s, {{u"items"_s, items}}), context,
                             objectParser<PreauthorizeResult>(), std::move(done));
}

void FleetApiClient::rotateCredentials(const QStringList &deviceIds, const QString &reason, QObject *context,
                                       Callback<QList<CredentialRotation>> done)
{
    QJsonObject body{{u"device_ids"_s, QJsonArray::fromStringList(deviceIds)}};
    if (!reason.isEmpty())
        body.insert(u"reason"_s, reason);
    const qsizetype max = m_options.maxResponseBytes;
    call<QList<CredentialRotation>>(
        post(u"/credentials/rotate"_s, body), context,
        [max](int, const QByteArray &bytes) { return fleetresponses::parseList<CredentialRotation>(bytes, "items", max); },
        std::move(done));
}

void FleetApiClient::revokeCredential(const QString &deviceId, const QString &reason, QObject *context,
                                      Callback<DeviceCredential> done)
{
    call<DeviceCredential>(post(u"/credentials/"_s + segment(deviceId) + u"/revoke"_s, {{u"reason"_s, reason}}),
                           context, objectParser<DeviceCredential>(), std::move(done));
}

void FleetApiClient::credentialServiced(const QString &deviceId, QObject *context, Callback<DeviceCredential> done)
{
    call<DeviceCredential>(post(u"/credentials/"_s + segment(deviceId) + u"/serviced"_s, {}), context,
                           objectParser<DeviceCredential>(), std::move(done));
}

void FleetApiClient::operators(QObject *context, Callback<QList<OperatorAccount>> done)
{
    const qsizetype max = m_options.maxResponseBytes;
    call<QList<OperatorAccount>>(
        Call{"GET", u"/operators"_s, {}, {}, false, true}, context,
        [max](int, const QByteArray &bytes) { return fleetresponses::parseList<OperatorAccount>(bytes, "items", max); },
        std::move(done));
}

void FleetApiClient::resetOperatorTotp(const QString &user, const QString &reason, QObject *context,
                                       Callback<TotpReset> done)
{
    const qsizetype max = m_options.maxResponseBytes;
    call<TotpReset>(post(u"/operators/"_s + segment(user) + u"/reset-totp"_s, {{u"reason"_s, reason}}), context,
                    [max](int, const QByteArray &bytes) -> Result<TotpReset> {
                        Result<QJsonObject> json = fleetjson::parseObject(bytes, max, u"response"_s);
                        if (!json)
                            return json.error();
                        return TotpReset::fromJson(json.value());
                    },
                    std::move(done));
}

void FleetApiClient::workOrders(QObject *context, Callback<QList<WorkOrder>> done)
{
    const qsizetype max = m_options.maxResponseBytes;
    call<QList<WorkOrder>>(
        Call{"GET", u"/work-orders"_s, {}, {}, false, true}, context,
        [max](int, const QByteArray &bytes) { return fleetresponses::parseList<WorkOrder>(bytes, "items", max); },
        std::move(done));
}

void FleetApiClient::completeWorkOrder(const QString &deviceId, const QString &firmwareVersion, QObject *context,
                                       Callback<Device> done)
{
    call<Device>(
        post(u"/work-orders/"_s + segment(deviceId) + u"/complete"_s, {{u"firmware_version"_s, firmwareVersion}}),
        context, objectParser<Device>(), std::move(done));
}

void FleetApiClient::approveApproval(const QString &id, const QString &reason, QObject *context,
                                     Callback<Approval> done)
{
    QJsonObject body;
    if (!reason.isEmpty())
        body.insert(u"reason"_s, reason);
    call<Approval>(post(u"/approvals/"_s + segment(id) + u"/approve"_s, body), context, objectParser<Approval>(),
                   std::move(done));
}

void FleetApiClient::denyApproval(const QString &id, const QString &reason, QObject *context, Callback<Approval> done)
{
    call<Approval>(post(u"/approvals/"_s + segment(id) + u"/deny"_s, {{u"reason"_s, reason}}), context,
                   objectParser<Approval>(), std::move(done));
}

void FleetApiClient::createRule(const Rule &rule, QObject *context, Callback<Rule> done)
{
    call<Rule>(post(u"/rules"_s, ruleBody(rule)), context, objectParser<Rule>(), std::move(done));
}

void FleetApiClient::updateRule(const Rule &rule, QObject *context, Callback<Rule> done)
{
    Call request{"PUT", u"/rules/"_s + segment(rule.id),
                 {},    QJsonDocument(ruleBody(rule)).toJson(QJsonDocument::Compact),
                 true,  true};
    call<Rule>(std::move(request), context, objectParser<Rule>(), std::move(done));
}

namespace {
// POST /rules/dry-run's body. The id (if any) is kept so hits name the rule; the backend assigns nothing on a dry run.
QJsonObject dryRunBody(const Rule &rule, qint64 fromSeq, qint64 toSeq)
{
    QJsonObject ruleJson = ruleBody(rule);
    if (!rule.id.isEmpty())
        ruleJson.insert(u"id"_s, rule.id);
    QJsonObject body{{u"rule"_s, ruleJson}};
    if (fromSeq > 0)
        body.insert(u"from_seq"_s, fromSeq);
    if (toSeq > 0)
        body.insert(u"to_seq"_s, toSeq);
    return body;
}
} // namespace

void FleetApiClient::dryRunRule(const Rule &rule, qint64 fromSeq, qint64 toSeq, QObject *context,
                                Callback<QList<RuleHit>> done)
{
    const qsizetype max = m_options.maxResponseBytes;
    Call request = post(u"/rules/dry-run"_s, dryRunBody(rule, fromSeq, toSeq));
    request.readOnly = true;
    call<QList<RuleHit>>(
        std::move(request), context,
        [max](int, const QByteArray &bytes) { return fleetresponses::parseHits(bytes, max); }, std::move(done));
}

void FleetApiClient::dryRunRuleRange(const Rule &rule, qint64 fromSeq, qint64 toSeq, QObject *context,
                                     Callback<RuleDryRun> done)
{
    const qsizetype max = m_options.maxResponseBytes;
    Call request = post(u"/rules/dry-run"_s, dryRunBody(rule, fromSeq, toSeq));
    request.readOnly = true;
    call<RuleDryRun>(
        std::move(request), context,
        [max](int, const QByteArray &bytes) { return fleetresponses::parseDryRun(bytes, max); }, std::move(done));
}

void FleetApiClient::deleteRule(const QString &id, QObject *context, Done done)
{
    call<std::monostate>(Call{"DELETE", u"/rules/"_s + segment(id), {}, {}, false, true}, context,
                         [](int, const QByteArray &) { return Result<std::monostate>(std::monostate{}); },
                         std::move(done));
}

void FleetApiClient::audit(qint64 fromIndex, int limit, QObject *context, Callback<AuditRange> done)
{
    Call request{"GET", u"/audit"_s, {}, {}, false, true};
    // Audit indexes start at 1.
    request.query.addQueryItem(u"from_index"_s, QString::number(std::max<qint64>(1, fromIndex)));
    request.query.addQueryItem(u"limit"_s, QString::number(std::clamp(limit, 1, 5000)));
    const qsizetype max = m_options.maxResponseBytes;
    call<AuditRange>(
        std::move(request), context,
        [max](int, const QByteArray &bytes) { return fleetresponses::parseAudit(bytes, max); }, std::move(done));
}

void FleetApiClient::auditHead(QObject *context, Callback<AuditHead> done)
{
    call<AuditHead>(Call{"GET", u"/audit/head"_s, {}, {}, false, true}, context, objectParser<AuditHead>(),
                    std::move(done));
}

} // namespace warden
