#include "FleetdServer.h"

#include "ApiRouter.h"
#include "ApprovalEndpoints.h"
#include "ApprovalService.h"
#include "AuditLog.h"
#include "CampaignEndpoints.h"
#include "CampaignService.h"
#include "CollectionEndpoints.h"
#include "DeviceCaStore.h"
#include "DeviceEndpoints.h"
#include "IdentityEndpoints.h"
#include "IdentityService.h"
#include "IncidentEndpoints.h"
#include "IncidentService.h"
#include "LicenceEndpoints.h"
#include "OperatorEndpoints.h"
#include "LicenceService.h"
#include "QuarantineService.h"
#include "RuleEndpoints.h"
#include "RuleService.h"
#include "StoreDeviceDirectory.h"
#include "FleetContext.h"
#include "FleetSeeder.h"
#include "FleetStore.h"
#include "SessionEndpoints.h"
#include "SessionManager.h"
#include "SimClock.h"
#include "SimulationDriver.h"
#include "StreamHub.h"
#include "analysis/TopologyGraph.h"
#include "http/HttpServer.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcFleetd, "warden.fleetd")

namespace warden {

FleetdServer::FleetdServer(FleetdConfig config, QObject *parent) : QObject(parent), m_config(std::move(config)) {}

FleetdServer::~FleetdServer()
{
    stop();
}

Status FleetdServer::start()
{
    if (m_started)
        return Status::failure(tr("The server is already running."));
    // A typo in the scenario name should not cost a fleet generation first.
    if (!m_config.scenario.isEmpty() && !ScenarioPlayer::names().contains(m_config.scenario)) {
        return Status::failure(tr("Unknown scenario \"%1\". Valid scenarios: %2.")
                                   .arg(m_config.scenario, ScenarioPlayer::names().join(u", "_s)),
                               u"scenario"_s);
    }

    Result<std::unique_ptr<FleetStore>> store = FleetStore::open(FleetdBootstrap::storeFile(m_config.dataDir));
    if (!store)
        return store.error();
    m_store = std::move(store).value();

    Result<FleetdMaterials> materials = FleetdBootstrap::prepare(m_config, *m_store);
    if (!materials)
        return materials.error();
    m_materials = std::move(materials).value();

    Result<FleetSeeder::Outcome> fleet = FleetSeeder::prepare(*m_store, m_config, m_config.epoch);
    if (!fleet)
        return fleet.error();
    if (fleet->seededNow)
        qCInfo(lcFleetd) << "generated a fleet of" << fleet->spec.devices << "devices in" << fleet->seedMilliseconds
                         << "ms";

    m_clock = std::make_unique<SimClock>(m_config.timeScale, m_store->meta(u"sim_now"_s, u"0"_s).toLongLong());
    m_audit = std::make_unique<AuditLog>(*m_store, m_materials.auditKey);
    m_sessions = std::make_unique<SessionManager>(*m_store, m_config.tokenTtlSeconds);
    m_context.reset(new FleetContext{*m_store, *m_audit, *m_clock, m_config, {}, {}});
    m_router = std::make_unique<ApiRouter>(*m_sessions);
    m_streams = new StreamHub(*m_store, *m_sessions, this);
    m_directory = std::make_unique<StoreDeviceDirectory>(*m_store);
    m_context->publish = [this](const QList<FleetChange> &changes) {
        for (const FleetChange &change : changes) {
            if (change.kind == u"device"_s)
                m_directory->update(change.item);
        }
        m_streams->publishChanges(changes);
    };

    // Each run draws new traffic: the same seed after a restart would replay the first run's attacks.
    const qint64 runs = m_store->meta(u"sim_runs"_s, u"0"_s).toLongLong();
    {
        Result<FleetStore::WriteScope> scope = m_store->write();
        if (!scope)
            return scope.error();
        if (Status s = m_store->setMeta(u"sim_runs"_s, QString::number(runs + 1)); !s)
            return s;
        if (m_store->lastAudit() == std::nullopt) {
            if (Result<AuditEntry> e = m_audit->append(u"fleetd"_s, u"fleetd.initialise"_s, m_config.dataDir, {},
                                                       m_clock->now());
                !e)
                return e.error();
        }
        if (Status s = scope.value().commit(); !s)
            return s;
    }
    const QDateTime epoch = fleet->spec.epoch;
    m_simulation = new SimulationDriver(*m_context, *m_streams, fleet->fleet, epoch,
                                        fleet->spec.seed + quint64(runs) * 0x9E3779B97F4A7C15ull, this);
    m_context->simulation.setQuarantine = [this](const QString &deviceId, QuarantineLevel level) {
        m_simulation->setQuarantine(deviceId, level);
    };
    if (!m_config.scenario.isEmpty()) {
        ScenarioOptions options;
        options.startMs = m_clock->nowMs() - epoch.toMSecsSinceEpoch();
        Result<ScenarioPlayer> scenario = ScenarioPlayer::create(m_config.scenario, fleet->fleet,
                                                                 fleet->spec.seed + quint64(runs), options);
        if (!scenario)
            return Status::failure(tr("--scenario: %1").arg(scenario.errorMessage()));
        qCInfo(lcFleetd).noquote() << "playing scenario" << scenario->name() << "-" << scenario->title();
        m_simulation->setScenario(std::make_unique<ScenarioPlayer>(std::move(scenario).value()));
    }
    m_context->simulation.setLicence = [this](const QString &deviceId, const QStringList &scopes) {
        m_simulation->generator().setLicensedScopes(deviceId, scopes);
    };
    m_context->simulation.forgetDevice = [this](const QString &deviceId) { m_rules->forgetDevice(deviceId); };

    const GeneratedFleet &generated = fleet->fleet;
    m_identity = std::make_unique<IdentityService>(*m_context, generated, fleet->spec.seed,
                                                   fleet->spec.seed + quint64(runs) * 0xC2B2AE3D27D4EB4Full);
    m_context->simulation.revokeCredentials = [this](FleetTransaction &transaction, const QString &deviceId,
                                                     const QString &reason, const QString &actor) {
        return m_identity->revokeIn(transaction, deviceId, reason, actor);
    };
    auto topology = std::make_shared<const TopologyGraph>(
        TopologyGraph::build(generated.sites, generated.gateways, generated.devices, generated.links));
    fleet = Result<FleetSeeder::Outcome>::failure({}); // the generator and the graph have their own copies
    m_approvals = std::make_unique<ApprovalService>(*m_context);
    m_quarantines = std::make_unique<QuarantineService>(*m_context, *m_approvals);
    m_licences = std::make_unique<LicenceService>(*m_context);
    m_campaigns = std::make_unique<CampaignService>(*m_context, *m_approvals, epoch);
    m_incidents = std::make_unique<IncidentService>(*m_context, std::move(topology));
    m_rules = std::make_unique<RuleService>(*m_context, *m_directory, *m_quarantines, *m_licences, *m_incidents);

    m_simulation->setEventListener([this](FleetTransaction &transaction, const QList<ThreatEvent> &events) {
        return m_rules->process(transaction, events);
    });
    m_simulation->setCommittedListener([this](const QList<ThreatEvent> &events) { m_incidents->submit(events); });
    m_simulation->setTickHousekeeping([this](qint64 simNowMs) { m_campaigns->advance(simNowMs); });
    m_simulation->setSecondHousekeeping([this](qint64 simNowMs) {
        m_quarantines->expire(simNowMs);
        m_licences->expire(simNowMs);
        m_incidents->closeInactive(simNowMs);
        m_identity->simulate(simNowMs);
    });
    m_quarantines->restoreSimulation();
    m_licences->restoreSimulation();
    m_campaigns->restore();
    Result<CertificateAuthority> deviceCa = DeviceCaStore::loadOrCreate(m_config.dataDir, m_materials.auditKey);
    if (!deviceCa)
        return deviceCa.error();
    m_identity->setDeviceCa(std::move(deviceCa).value());
    m_identity->setEventSink([this](ThreatEvent event) { m_simulation->queueEvent(std::move(event)); });
    if (ApiStatus s = m_identity->prepare(); !s)
        return Status::failure(tr("Device identities cannot be prepared: %1").arg(s.error().message));
    m_identity->restoreSimulation();

    installEndpoints();

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(m_materials.serverCertificatePem, QSsl::Pem);
    const QSslKey key(m_materials.serverKeyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (chain.isEmpty() || key.isNull())
        return Status::failure(tr("The server certificate or key in %1 cannot be read.").arg(m_config.dataDir));
    tls.setLocalCertificate(chain.constFirst());
    tls.setPrivateKey(key);
    tls.setCaCertificates(QSslCertificate::fromData(m_materials.caPem, QSsl::Pem));
    tls.setPeerVerifyMode(m_config.requireClientCert ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);

    m_http = new HttpServer(tls, HttpLimits{}, this);
    m_http->setRequestHandler([this](const HttpRequest &request) { return handleRequest(request); });
    m_http->setWebSocketHandler([this](const HttpRequest &request) {
        if (request.path != QString(ApiRouter::BasePath) + u"/stream"_s)
            return WebSocketDecision::reject(ApiError::notFound(tr("There is no such stream.")).toResponse());
        return m_streams->decide(request, QDateTime::currentMSecsSinceEpoch());
    });

    QHostAddress address(m_config.listenHost);
    if (address.isNull()) {
        if (m_config.listenHost.compare(u"localhost"_s, Qt::CaseInsensitive) == 0) {
            address = QHostAddress(QHostAddress::LocalHost);
        } else {
            const QHostInfo host = QHostInfo::fromName(m_config.listenHost);
            if (host.addresses().isEmpty())
                return Status::failure(tr("Cannot resolve the listen host \"%1\".").arg(m_config.listenHost));
            address = host.addresses().constFirst();
        }
    }
    if (Status s = m_http->listen(address, m_config.port); !s)
        return s;
    m_port = m_http->serverPort();
    m_simulation->start();
    m_started = true;
    return Status::success();
}

void FleetdServer::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_simulation->stop();
    m_http->close();
    m_streams->closeAll();
    (void)m_store->setMeta(u"sim_now"_s, QString::number(m_clock->nowMs()));
    // Connections go with the HTTP server; then nothing can call into the parts below any more.
    delete m_http;
    m_http = nullptr;
    delete m_simulation;
    m_simulation = nullptr;
    delete m_streams;
    m_streams = nullptr;
}

HttpResponse FleetdServer::handleRequest(const HttpRequest &request)
{
    return m_router->handle(request, QDateTime::currentMSecsSinceEpoch());
}

void FleetdServer::installEndpoints()
{
    SessionEndpoints::install(*m_router, *m_context, *m_sessions);
    OperatorEndpoints::install(*m_router, *m_context, *m_sessions,
                               [this](qint64 nowMs) { m_streams->closeSignedOut(nowMs); });
    // Literal paths before placeholders where both could match (POST /rules/dry-run vs PUT /rules/{id}).
    RuleEndpoints::install(*m_router, *m_rules);
    CollectionEndpoints::install(*m_router, *m_context);
    DeviceEndpoints::install(*m_router, *m_context, *m_quarantines);
    IncidentEndpoints::install(*m_router, *m_incidents);
    LicenceEndpoints::install(*m_router, *m_context, *m_licences);
    CampaignEndpoints::install(
        *m_router, *m_campaigns, [this] { return m_identity->workOrders(); },
        [this](const QString &deviceId, const QString &actor) { return m_identity->completeVisit(deviceId, actor); });
    ApprovalEndpoints::install(*m_router, *m_approvals);
    IdentityEndpoints::install(*m_router, *m_context, *m_identity);
}

FleetdInstanceInfo FleetdServer::info() const
{
    FleetdInstanceInfo info;
    info.baseUrl = QUrl(m_config.baseUrl(m_port));
    info.port = m_port;
    info.caPem = m_materials.caPem;
    info.dataDir = m_config.dataDir;
    info.credentialsFile = m_materials.credentialsFile;
    info.createdCredentials = m_materials.createdAccounts;
    info.routes = routes();
    return info;
}

QStringList FleetdServer::routes() const
{
    return m_router ? m_router->routes() : QStringList();
}

double FleetdServer::committedEventRate() const
{
    return m_simulation ? m_simulation->committedEventsPerSecond() : 0.0;
}

} // namespace warden
