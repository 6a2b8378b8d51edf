#include "ImpactAssessor.h"

#include "analysis/ImpactAnalysis.h"
#include "analysis/TopologyGraph.h"
#include "cache/CacheBatch.h"
#include "cache/CacheStore.h"
#include "fleet/BackendSession.h"
#include "fleet/FleetApiClient.h"
#include "fleet/StoreQuery.h"

#include <QTimer>

namespace warden {

struct ImpactAssessor::Assessment {
    ImpactAnswer answer;
    std::shared_ptr<const TopologyGraph> graph; // built here when the shared one was out of date
};

namespace {

// The topology as the cache has it; null when the cache holds no devices yet.
std::shared_ptr<const TopologyGraph> loadGraph(CacheStore *store, QString *error)
{
    auto sites = store->loadSites();
    auto gateways = store->loadGateways();
    auto devices = store->loadDevices();
    auto links = store->loadLinks();
    if (!sites.ok() || !gateways.ok() || !devices.ok() || !links.ok()) {
        *error = !sites.ok()      ? sites.errorMessage()
                 : !gateways.ok() ? gateways.errorMessage()
                 : !devices.ok()  ? devices.errorMessage()
                                  : links.errorMessage();
        return nullptr;
    }
    if (devices->isEmpty())
        return nullptr;
    return std::make_shared<const TopologyGraph>(
        TopologyGraph::build(sites.value(), gateways.value(), devices.value(), links.value()));
}

} // namespace

ImpactAssessor::ImpactAssessor(QObject *parent) : QObject(parent) {}

void ImpactAssessor::attachSession(BackendSession *session)
{
    Backend &entry = m_backends[session->backendName()];
    entry.session = session;
    entry.graph.reset();
    ++entry.topologyGeneration;
    connect(session, &BackendSession::committed, this, &ImpactAssessor::onCommitted);
}

void ImpactAssessor::onCommitted(const QString &backend, const CacheChange &change)
{
    const auto replaced = [&change](CacheEntity kind) { return change.replaced.contains(kind); };
    if (change.devices > 0 || change.sites > 0 || change.gateways > 0 || change.links > 0
        || !change.deletedDeviceIds.isEmpty() || replaced(CacheEntity::Devices) || replaced(CacheEntity::Sites)
        || replaced(CacheEntity::Gateways) || replaced(CacheEntity::Links))
        ++m_backends[backend].topologyGeneration;
}

void ImpactAssessor::assess(const QString &backend, const QString &subject, const QStringList &deviceIds,
                            QObject *context, std::function<void(ImpactAnswer)> done)
{
    const auto found = m_backends.constFind(backend);
    BackendSession *session = found == m_backends.cend() ? nullptr : found->session.data();
    if (!session) {
        ImpactAnswer answer;
        answer.error = tr("The backend %1 is not connected.").arg(backend);
        QTimer::singleShot(0, context, [done, answer] { done(answer); });
        return;
    }
    const quint64 generation = found->topologyGeneration;
    std::shared_ptr<const TopologyGraph> graph = found->graphGeneration == generation ? found->graph : nullptr;
    const bool showPeople = session->api()->session().mayReadOwners();
    QPointer<QObject> guard(context);
    queryStore<Assessment>(
        session->writer(), this,
        [graph, backend, subject, deviceIds, showPeople](CacheStore *store) {
            Assessment assessment;
            if (!store) {
                assessment.answer.error = tr("The cache could not be opened.");
                return assessment;
            }
            std::shared_ptr<const TopologyGraph> used = graph;
            if (!used) {
                used = loadGraph(store, &assessment.answer.error);
                assessment.graph = used;
            }
            if (!used)
                return assessment;
            auto licences = store->loadLicences();
            QHash<QString, QString> owners;
            if (showPeople) {
                if (auto loaded = store->loadOwners(); loaded.ok())
                    for (const Owner &owner : loaded.value())
                        owners.insert(owner.ref, owner.name);
            }
            ImpactOptions options;
            options.maxHops = MaxHops;
            const ImpactResult result = ImpactAnalysis(used).analyse(deviceIds, options);
            assessment.answer.report = ImpactReport::build(
                subject, *used, result, licences.ok() ? licences.value() : QList<Licence>(), owners, showPeople,
                MaxHops);
            assessment.answer.report->backend = backend;
            return assessment;
        },
        [this, backend, generation, guard, done](Assessment assessment) {
            Backend &current = m_backends[backend];
            // A graph built from a topology that changed meanwhile is used for this answer only.
            if (assessment.graph && current.topologyGeneration == generation) {
                current.graph = assessment.graph;
                current.graphGeneration = generation;
            }
            if (guard && done)
                done(std::move(assessment.answer));
        });
}

} // namespace warden
