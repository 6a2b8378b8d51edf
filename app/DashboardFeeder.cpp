#include "DashboardFeeder.h"

#include "DashboardPage.h"
#include "fleet/BackendSession.h"
#include "fleet/StoreQuery.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcConsole)

namespace warden {

DashboardFeeder::DashboardFeeder(DashboardPage *dashboard, QObject *parent) : QObject(parent), m_dashboard(dashboard)
{
}

void DashboardFeeder::attachSession(BackendSession *session)
{
    const QString backend = session->backendName();
    m_sessions.insert(backend, session);
    connect(session, &BackendSession::committed, this, &DashboardFeeder::onCommitted);
    reload(backend);
}

void DashboardFeeder::onCommitted(const QString &backend, const CacheChange &change)
{
    if (change.campaigns > 0 || change.deleted > 0 || change.replaced.contains(CacheEntity::Campaigns))
        reload(backend);
}

void DashboardFeeder::reload(const QString &backend)
{
    BackendSession *session = m_sessions.value(backend);
    if (!session)
        return;
    // One read at a time per backend; commits arriving meanwhile cause exactly one more.
    if (m_loading.value(backend)) {
        m_dirty[backend] = true;
        return;
    }
    m_loading[backend] = true;
    m_dirty[backend] = false;
    queryStore<Result<QList<Campaign>>>(
        session->writer(), this,
        [](CacheStore *store) -> Result<QList<Campaign>> {
            if (!store)
                return Result<QList<Campaign>>::failure(tr("The cache could not be opened."));
            return store->loadCampaigns();
        },
        [this, backend](Result<QList<Campaign>> campaigns) {
            m_loading[backend] = false;
            if (campaigns.ok()) {
                m_campaigns.insert(backend, std::move(campaigns).value());
                publish();
            } else {
                qCWarning(lcConsole) << "could not read the campaigns of" << backend << ":"
                                     << campaigns.errorMessage();
            }
            if (m_dirty.value(backend))
                reload(backend);
        });
}

void DashboardFeeder::publish()
{
    if (!m_dashboard)
        return;
    QList<Campaign> all;
    for (const QList<Campaign> &campaigns : std::as_const(m_campaigns))
        all.append(campaigns);
    m_dashboard->setCampaignSummary(CampaignSummary::compute(all));
}

} // namespace warden
