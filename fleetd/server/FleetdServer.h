#pragma once

#include "FleetdBootstrap.h"
#include "FleetdConfig.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace warden {

class ApiRouter;
class ApprovalService;
class AuditLog;
class CampaignService;
class IdentityService;
class IncidentService;
class LicenceService;
class QuarantineService;
class RuleService;
class StoreDeviceDirectory;
class FleetStore;
class HttpServer;
class SessionManager;
class SimClock;
class SimulationDriver;
class StreamHub;
struct FleetContext;
struct HttpRequest;
struct HttpResponse;

// Where a running fleetd can be reached, for the console's --demo, tests and the daemon's start-up message.
struct FleetdInstanceInfo {
    QUrl baseUrl;          // https://HOST:PORT/api/v1
    quint16 port = 0;
    QByteArray caPem;      // trust anchor for the server certificate
    QString dataDir;
    QString credentialsFile;
    bool createdCredentials = false; // this start generated the accounts (first run)
    QStringList routes;              // "METHOD /path/{placeholder}" of every REST endpoint (relative to baseUrl)
};

// One complete fleetd: bootstraps the data directory, seeds or reloads the fleet, and serves the Fleet API over
// HTTPS/WSS with the traffic simulation running. Everything it creates lives on the thread that calls start().
// Not responsible for process concerns (signals, printing; see main.cpp) or threads (FleetdRunner).
class FleetdServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetdServer)

public:
    explicit FleetdServer(FleetdConfig config, QObject *parent = nullptr);
    ~FleetdServer() override;

    Status start();
    // Stops the simulation and the listener and flushes the store; idempotent.
    void stop();

    FleetdInstanceInfo info() const;
    QStringList routes() const;
    // Events per second the simulation committed, averaged since start.
    double committedEventRate() const;

private:
    HttpResponse handleRequest(const HttpRequest &request);
    void installEndpoints();

    FleetdConfig m_config;
    FleetdMaterials m_materials;
    std::unique_ptr<FleetStore> m_store;
    std::unique_ptr<SimClock> m_clock;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<FleetContext> m_context;
    std::unique_ptr<ApiRouter> m_router;
    std::unique_ptr<StoreDeviceDirectory> m_directory;
    std::unique_ptr<ApprovalService> m_approvals;
    std::unique_ptr<QuarantineService> m_quarantines;
    std::unique_ptr<LicenceService> m_licences;
    std::unique_ptr<CampaignService> m_campaigns;
    std::unique_ptr<IncidentService> m_incidents;
    std::unique_ptr<RuleService> m_rules;
    std::unique_ptr<IdentityService> m_identity;
    StreamHub *m_streams = nullptr;
    SimulationDriver *m_simulation = nullptr;
    HttpServer *m_http = nullptr;
    quint16 m_port = 0;
    bool m_started = false;
};

} // namespace warden
