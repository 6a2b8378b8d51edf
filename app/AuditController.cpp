#include "AuditController.h"

#include "AuditTrailPage.h"
#include "audit/ActionAudit.h"
#include "audit/AuditChainLoader.h"
#include "audit/BackendAuditSync.h"
#include "fleet/BackendSession.h"
#include "fleet/StoreQuery.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcConsole)

namespace warden {

AuditController::AuditController(AuditTrailPage *page, QObject *parent) : QObject(parent), m_page(page)
{
    connect(page, &AuditTrailPage::refreshRequested, this, &AuditController::refreshAll);
}

void AuditController::attachSession(BackendSession *session)
{
    const QString name = session->backendName();
    if (m_backends.contains(name))
        return;
    Backend backend;
    backend.session = session;
    backend.actions = new ActionAudit(session->writer(), this);
    // The one place operator actions are audited: every state-changing request of this backend's API client,
    // whichever page or journal sends it, is recorded with its outcome (FleetApiClient::setActionRecorder).
    session->api()->setActionRecorder(backend.actions);
    backend.sync = new BackendAuditSync(session->api(), session->writer(), name, this);
    m_backends.insert(name, backend);

    connect(backend.sync, &BackendAuditSync::updated, this, [this](const BackendAuditState &state) {
        if (!state.chain.verification.intact)
            qCWarning(lcConsole).noquote() << state.backend << ": the backend's audit chain is broken:"
                                           << state.chain.verification.reason;
        if (state.keyChanged())
            qCWarning(lcConsole).noquote() << state.backend << ":" << state.headProblem;
        if (m_page)
            m_page->setChain(AuditChainSnapshot::fromBackend(state));
    });
    auto reloadConsole = [this, name] { reloadConsoleChain(name); };
    connect(backend.actions, &ActionAudit::loaded, this, reloadConsole);
    connect(backend.actions, &ActionAudit::appended, this, reloadConsole);
    connect(backend.actions, &ActionAudit::appendFailed, this, [this, name](qint64 index, const QString &message) {
        qCWarning(lcConsole).noquote() << name << ": audit entry" << index << "could not be stored:" << message;
        reloadConsoleChain(name);
    });
    connect(session, &BackendSession::committed, this, &AuditController::onCommitted);
    connect(session, &BackendSession::stateChanged, this, &AuditController::onStateChanged);
    // Whatever is cached is shown at once, before the network answers.
    backend.sync->reload();
}

ActionAudit *AuditController::actionAudit(const QString &backend) const
{
    return m_backends.value(backend).actions;
}

BackendAuditSync *AuditController::backendAudit(const QString &backend) const
{
    return m_backends.value(backend).sync;
}

void AuditController::onCommitted(const QString &backend, const CacheChange &change)
{
    // New entries came in over the stream: the chain and the head must be checked again.
    if (change.backendAudit > 0) {
        if (BackendAuditSync *sync = backendAudit(backend))
            sync->refresh();
    }
}

void AuditController::onStateChanged(const QString &backend, const ConnectionState &state)
{
    if (state.phase != ConnectionState::Phase::Live)
        return;
    if (BackendAuditSync *sync = backendAudit(backend))
        sync->refresh();
}

void AuditController::refreshAll()
{
    for (auto it = m_backends.cbegin(); it != m_backends.cend(); ++it) {
        it->sync->refresh();
        reloadConsoleChain(it.key());
    }
}

void AuditController::reloadConsoleChain(const QString &name)
{
    auto it = m_backends.find(name);
    if (it == m_backends.end())
        return;
    // One read at a time; appends meanwhile cause exactly one more.
    if (it->consoleLoading) {
        it->consoleDirty = true;
        return;
    }
    it->consoleLoading = true;
    it->consoleDirty = false;
    queryStore<Result<LoadedAuditChain>>(
        it->session->writer(), this,
        [](CacheStore *store) {
            if (!store)
                return Result<LoadedAuditChain>::failure(tr("The cache file is not open."));
            return AuditChainLoader::load(*store, AuditChainKind::Console);
        },
        [this, name](Result<LoadedAuditChain> chain) {
            auto backend = m_backends.find(name);
            if (backend == m_backends.end())
                return;
            backend->consoleLoading = false;
            if (!chain.ok()) {
                qCWarning(lcConsole).noquote() << name << ": the console's audit chain cannot be read:"
                                               << chain.errorMessage();
            } else if (m_page) {
                AuditChainSnapshot snapshot;
                snapshot.key = QStringLiteral("console:") + name;
                snapshot.source = name;
                snapshot.entries = chain->entries;
                snapshot.verification = chain->verification;
                m_page->setChain(snapshot);
            }
            if (backend->consoleDirty)
                reloadConsoleChain(name);
        });
}

} // namespace warden
