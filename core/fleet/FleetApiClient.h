#pragma once

#include "domain/Approval.h"
#include "domain/Campaign.h"
#include "domain/Device.h"
#include "domain/Firmware.h"
#include "domain/Gateway.h"
#include "domain/Incident.h"
#include "domain/Licence.h"
#include "domain/Link.h"
#include "domain/Rule.h"
#include "domain/Site.h"
#include "fleet/BackgroundParser.h"
#include "fleet/ConnectionProfile.h"
#include "fleet/FleetActionRecorder.h"
#include "fleet/FleetError.h"
#include "fleet/FleetResponses.h"
#include "fleet/FleetTypes.h"
#include "fleet/IdentityTypes.h"
#include "fleet/TlsSetup.h"
#include "security/SecretBuffer.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <variant>

class QNetworkAccessManager;
class QNetworkReply;

namespace warden {

// The collection path of a domain type in the Fleet API ("devices" for Device, ...).
template <typename T> QString collectionPath();
template <> QString collectionPath<Site>();
template <> QString collectionPath<Gateway>();
template <> QString collectionPath<Link>();
template <> QString collectionPath<Device>();
template <> QString collectionPath<Owner>();
template <> QString collectionPath<Firmware>();
template <> QString collectionPath<Incident>();
template <> QString collectionPath<Licence>();
template <> QString collectionPath<Campaign>();
template <> QString collectionPath<Approval>();
template <> QString collectionPath<Rule>();
template <> QString collectionPath<JoinRequest>();
template <> QString collectionPath<DeviceCredential>();

// Totals of a fetchAll(): the revision to store for the next delta sync and how much came in.
struct FetchSummary {
    qint64 revision = 0; // the first page's revision (fleet-api.md §4)
    qint64 items = 0;
    int pages = 0;
    bool stopped = false; // the page handler asked to stop early
};

// The console's HTTPS client for one fleet backend (fleet-api.md): session, paged collections and every action.
//
// Responsible for: requests over HTTP/1.1 with the profile's TLS settings (pin checked on every new connection
// before anything is sent), a transfer timeout and a response size limit; the bearer token, held in wiped memory
// only; classifying failures as FleetError; parsing every response body on a BackgroundParser thread, never on the
// thread the client lives in. Callbacks run on the client's thread, and only while their context object lives.
// Not responsible for retries, caching or the live stream (SyncEngine, StreamClient, BackendSession).
class FleetApiClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetApiClient)

public:
    template <typename T> using Callback = std::function<void(FleetResult<T>)>;
    using Done = Callback<std::monostate>;
    template <typename T> using PageHandler = std::function<bool(Page<T> &page)>; // return false to stop paging

    struct Options {
        int transferTimeoutMs = 30000;
        qint64 maxResponseBytes = fleetresponses::DefaultMaxBytes; // per response (one page)
        int pageLimit = 1000;
    };

    FleetApiClient(ConnectionProfile profile, TlsSettings tls, QObject *parent = nullptr);
    ~FleetApiClient() override;

    const ConnectionProfile &profile() const { return m_profile; }
    const TlsSettings &tls() const { return m_tls; }
    // New TLS settings (e.g. a renewed CA bundle or pin); open connections are dropped so the next request
    // handshakes and checks again. The session is kept.
    void setTls(TlsSettings tls);
    Options options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }
    BackgroundParser *parser() { return m_parser.get(); }
    // Every state-changing request (anything but GET, login, logout and dry runs) is described to the recorder
    // before it is sent and its outcome after, whoever calls: the console's audit of operator actions hooks in
    // here, once. A request the recorder refuses (-1) is not sent and fails. Null: nothing is recorded.
    void setActionRecorder(FleetActionRecorder *recorder) { m_recorder = recorder; }
    FleetActionRecorder *actionRecorder() const { return m_recorder.data(); }

    // --- session --------------------------------------------------------------------------------------------------
    bool isLoggedIn() const { return !m_token.isEmpty(); }
    LoginSession session() const { return m_session; }
    // "Bearer TOKEN" for the WebSocket upgrade; empty when logged out. The caller must not keep it.
    QByteArray authorizationHeader() const;
    // password is consumed and wiped when the request has been answered.
    void login(const QString &user, SecretBytes password, const QString &totp, QObject *context,
               Callback<LoginSession> done);
    // Ends the session at the backend and forgets the token (also when the backend cannot be reached).
    void logout(QObject *context, Done done);
    // Forgets the token locally without telling the backend.
    void forgetSession();
    void info(QObject *context, Callback<BackendInfo> done);

    // --- collections --------------------------------------------------------------------------------------------
    template <typename T> void page(const PageRequest &request, QObject *context, Callback<Page<T>> done);
    // Reads a whole collection (or the changes since a revision) page by page, following next_cursor. onPage runs
    // for each page in order; done at the end or on the first error.
    template <typename T>
    void fetchAll(qint64 since, QObject *context, PageHandler<T> onPage, Callback<FetchSummary> done);

    // --- devices ------------------------------------------------------------------------------------------------
    void device(const QString &id, QObject *context, Callback<Device> done);
    void patchDevice(const QString &id, const DevicePatch &patch, QObject *context, Callback<Device> done);
    // POST /devices: registers a new device from its register fields (id, name, class, vendor, model, firmware,
    // site, gateway, segment, owner, location, notes, capabilities); the backend answers 201 with the stored device.
    void createDevice(const Device &device, QObject *context, Callback<Device> done);
    void disableDevice(const QString &id, const QString &reason, QObject *context, Callback<Device> done);
    void enableDevice(const QString &id, const QString &reason, QObject *context, Callback<Device> done);
    // expires: invalid = until released.
    void quarantineDevice(const QString &id, QuarantineLevel level, const QString &reason, const QDateTime &expires,
                          QObject *context, Callback<QuarantineOutcome> done);
    void releaseDevice(const QString &id, const QString &reason, QObject *context, Callback<Device> done);

    // --- events ---------------------------------------------------------------------------------------------------
    void events(qint64 fromSeq, int limit, QObject *context, Callback<EventRange> done);

    // --- incidents ----------------------------------------------------------------------------------------------
    void acknowledgeIncident(const QString &id, QObject *context, Callback<Incident> done);
    void assignIncident(const QString &id, const QString &assignee, QObject *context, Callback<Incident> done);
    // writtenAt: when the note was written (offline notes keep their time); invalid = now.
    void addIncidentNote(const QString &id, const QString &text, const QDateTime &writtenAt, QObject *context,
                         Callback<Incident> done);
    void setIncidentState(const QString &id, IncidentState state, const QString &note, QObject *context,
                          Callback<Incident> done);

    // --- licences -----------------------------------------------------------------------------------------------
    void approveLicence(const QString &id, const QStringList &scopes, const QDateTime &expires, QObject *context,
                        Callback<Licence> done);
    void denyLicence(const QString &id, const QString &reason, QObject *context, Callback<Licence> done);
    void revokeLicence(const QString &id, const QString &reason, QObject *context, Callback<Licence> done);

    // --- campaigns and work orders ------------------------------------------------------------------------------
    void createCampaign(const CampaignRequest &request, QObject *context, Callback<Campaign> done);
    void campaignAction(const QString &id, CampaignAction action, QObject *context, Callback<Campaign> done);
    // Every target of a campaign (all pages).
    void campaignDevices(const QString &id, QObject *context, Callback<QList<CampaignDeviceState>> done);
    // One page of a campaign's targets, narrowed to a wave and/or an update state.
    void campaignDevicesPage(const QString &id, const CampaignDeviceQuery &query, QObject *context,
                             Callback<Page<CampaignDeviceState>> done);
    void campaignWaves(const QString &id, QObject *context, Callback<QList<CampaignWaveStatus>> done);
    // One page of the campaigns that targeted a device (oldest first).
    void deviceCampaigns(const QString &deviceId, const QString &cursor, int limit, QObject *context,
                         Callback<Page<DeviceCampaignState>> done);
    void workOrders(QObject *context, Callback<QList<WorkOrder>> done);
    void completeWorkOrder(const QString &deviceId, const QString &firmwareVersion, QObject *context,
                           Callback<Device> done);

    // --- approvals ----------------------------------------------------------------------------------------------
    void approveApproval(const QString &id, const QString &reason, QObject *context, Callback<Approval> done);
    void denyApproval(const QString &id, const QString &reason, QObject *context, Callback<Approval> done);

    // --- rules --------------------------------------------------------------------------------------------------
    void createRule(const Rule &rule, QObject *context, Callback<Rule> done);
    void updateRule(const Rule &rule, QObject *context, Callback<Rule> done);
    // fromSeq/toSeq <= 0: the backend's default range.
    void dryRunRule(const Rule &rule, qint64 fromSeq, qint64 toSeq, QObject *context, Callback<QList<RuleHit>> done);
    // The same dry run with the range the backend scanned, the event count and whether the hits were cut off.
    void dryRunRuleRange(const Rule &rule, qint64 fromSeq, qint64 toSeq, QObject *context,
                         Callback<RuleDryRun> done);
    void deleteRule(const QString &id, QObject *context, Done done);

    // --- device identity (admission queue and credentials) -------------------------------------------------------
    // licenceScopes: when not empty, the backend also opens a licence request for the admitted device.
    void acceptJoinRequest(const QString &id, const QStringList &licenceScopes, QObject *context,
                           Callback<JoinRequest> done);
    void rejectJoinRequest(const QString &id, const QString &reason, QObject *context, Callback<JoinRequest> done);
    void preauthorize(const QList<PreauthorizeEntry> &entries, QObject *context, Callback<PreauthorizeResult> done);
    void rotateCredentials(const QStringList &deviceIds, const QString &reason, QObject *context,
                           Callback<QList<CredentialRotation>> done);
    void revokeCredential(const QString &deviceId, const QString &reason, QObject *context,
                          Callback<DeviceCredential> done);
    // A technician installed the device's new credential on site.
    void credentialServiced(const QString &deviceId, QObject *context, Callback<DeviceCredential> done);

    // --- operator accounts (admin) ----------------------------------------------------------------------------------
    void operators(QObject *context, Callback<QList<OperatorAccount>> done);
    // A new TOTP secret for user; the backend also ends every session of that user. The secret is in the answer only.
    void resetOperatorTotp(const QString &user, const QString &reason, QObject *context, Callback<TotpReset> done);

    // --- audit --------------------------------------------------------------------------------------------------
    void audit(qint64 fromIndex, int limit, QObject *context, Callback<AuditRange> done);
    void auditHead(QObject *context, Callback<AuditHead> done);

    // Aborts every request in flight; their callbacks are not called.
    void cancelAll();
    int pendingCount() const;

signals:
    // A request was answered 401 token_expired / unauthenticated: the token is gone, the rest of the state is kept.
    // The UI asks for a new login (with a fresh TOTP) and carries on.
    void tokenExpired();
    void sessionChanged();

private:
    // What to send. body is sent only when hasBody (POST {} has a body; GET never).
    struct Call {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray body;
        bool hasBody = false;
        bool authenticated = true;
        bool readOnly = false; // a POST that changes nothing (a dry run): not an operator action
    };
    // Runs on the parser thread with the status and body of a 2xx answer; returns what to run back on this thread.
    using Parse = std::function<BackgroundParser::Continuation(int status, const QByteArray &body)>;
    using Fail = std::function<void(const FleetError &error)>;

    template <typename T>
    void call(Call request, QObject *context, std::function<Result<T>(int status, const QByteArray &body)> parse,
              Callback<T> done);
    void send(Call request, QObject *context, Parse parse, Fail fail, std::shared_ptr<SecretBytes> secretBody = {});
    static Call post(const QString &path, const QJsonObject &body);
    static FleetError malformed(const Call &request, const Error &error);

    template <typename T> std::function<Result<T>(int, const QByteArray &)> objectParser() const
    {
        const qsizetype max = m_options.maxResponseBytes;
        return [max](int, const QByteArray &body) { return fleetresponses::parseObject<T>(body, max); };
    }

    ConnectionProfile m_profile;
    TlsSettings m_tls;
    Options m_options;
    QNetworkAccessManager *m_network;
    std::unique_ptr<BackgroundParser> m_parser;
    SecretBytes m_token;
    LoginSession m_session;
    QPointer<FleetActionRecorder> m_recorder;
    quint64 m_sessionGeneration = 0; // bumps on every login/logout, so a late 401 cannot end a newer session
};

template <typename T>
void FleetApiClient::call(Call request, QObject *context,
                          std::function<Result<T>(int status, const QByteArray &body)> parse, Callback<T> done)
{
    const Call described{request.method, request.path, {}, {}, false, true};
    send(
        std::move(request), context,
        [parse = std::move(parse), done, described](int status,
                                                    const QByteArray &body) -> BackgroundParser::Continuation {
            auto result = std::make_shared<Result<T>>(parse(status, body));
            return [result, done, described] {
                if (result->ok())
                    done(FleetResult<T>(std::move(*result).value()));
                else
                    done(FleetResult<T>(malformed(described, result->error())));
            };
        },
        [done](const FleetError &error) { done(FleetResult<T>(error)); });
}

template <typename T> void FleetApiClient::page(const PageRequest &request, QObject *context, Callback<Page<T>> done)
{
    Call get{"GET", u'/' + collectionPath<T>(), {}, {}, false, true};
    get.query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(request.limit, 1, 5000)));
    if (!request.cursor.isEmpty())
        get.query.addQueryItem(QStringLiteral("cursor"), request.cursor);
    if (request.since >= 0)
        get.query.addQueryItem(QStringLiteral("since"), QString::number(request.since));
    const qsizetype max = m_options.maxResponseBytes;
    call<Page<T>>(
        std::move(get), context, [max](int, const QByteArray &body) { return fleetresponses::parsePage<T>(body, max); },
        std::move(done));
}

template <typename T>
void FleetApiClient::fetchAll(qint64 since, QObject *context, PageHandler<T> onPage, Callback<FetchSummary> done)
{
    auto summary = std::make_shared<FetchSummary>();
    auto step = std::make_shared<std::function<void(const QString &)>>();
    std::weak_ptr<std::function<void(const QString &)>> weakStep = step;
    QPointer<FleetApiClient> self(this);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    *step = [self, guard, hadContext, since, onPage, done, summary, weakStep](const QString &cursor) {
        auto strong = weakStep.lock();
        if (!self || !strong || (hadContext && !guard))
            return;
        PageRequest request{cursor, since, self->m_options.pageLimit};
        self->page<T>(request, guard.data(), [strong, onPage, done, summary](FleetResult<Page<T>> result) {
            if (!result) {
                done(result.error());
                return;
            }
            Page<T> &page = result.value();
            if (summary->pages == 0)
                summary->revision = page.revision;
            ++summary->pages;
            summary->items += page.items.size();
            const QString next = page.nextCursor;
            if (!onPage(page)) {
                summary->stopped = true;
                done(*summary);
            } else if (next.isEmpty()) {
                done(*summary);
            } else {
                (*strong)(next);
            }
        });
    };
    (*step)(QString());
}

} // namespace warden
