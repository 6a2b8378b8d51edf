#include "ConsoleController.h"

#include "ConsoleLock.h"

#include "AuditController.h"
#include "AuditTrailPage.h"
#include "BackendModelFeeder.h"
#include "ConsoleModels.h"
#include "ConnectDialog.h"
#include "cache/CacheLocation.h"
#include "cache/CacheWriter.h"
#include "fleet/BackendSession.h"
#include "fleet/TlsSetup.h"
#include "security/SecretBuffer.h"
#include "MainWindow.h"
#include "OfflineBanner.h"
#include "UpdatesController.h"
#include "GovernanceController.h"
#include "RulesController.h"
#include "IdentityController.h"
#include "ImpactAssessor.h"
#include "IncidentsController.h"
#include "RegisterController.h"
#include "ReportController.h"
#include "PendingActionsController.h"

#include <QFileInfo>
#include <QPointer>
#include <QSettings>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConsole, "warden.console")

namespace warden {

namespace {
constexpr int FeedWindow = 100'000;
}

ConsoleController::ConsoleController(ConsoleModels *models, MainWindow *window, QObject *parent)
    : QObject(parent), m_models(models), m_window(window)
{
    auto *auditPage = new AuditTrailPage;
    m_audit = new AuditController(auditPage, this);
    m_window->replacePage(QStringLiteral("audit"), auditPage);
    (new GovernanceController(this))->installPages(m_window);
    auto *assessor = new ImpactAssessor(this);
    (new IncidentsController(&m_models->devices, [this](const QString &backend) { return actionAudit(backend); },
                             assessor, this))->installPages(m_window);
    new ConsoleLock(m_window, this);
    auto *governance = findChild<GovernanceController *>();
    (new RulesController(&m_models->devices, this))->installPage(m_window, governance->rules());
    new RegisterController(this, m_window, &m_models->devices, governance, governance->activeLicences(), this);
    new PendingActionsController(m_window, [this](const QString &backend) { return actionAudit(backend); }, this);
    (new ReportController(m_audit, this))->install(m_window, findChild<IncidentsController *>()->page());
    (new IdentityController(this))->installPages(m_window);
}

ConsoleController::~ConsoleController() = default;

ActionAudit *ConsoleController::actionAudit(const QString &backend) const
{
    return m_audit->actionAudit(backend);
}

void ConsoleController::openOffline(const QString &cachePath)
{
    const QString backend = QFileInfo(cachePath).completeBaseName();
    m_window->setConnectionText(tr("Offline · opening %1…").arg(QFileInfo(cachePath).fileName()));
    loadCacheSnapshotAsync(cachePath, backend, FeedWindow, this, [this, cachePath, backend](Result<CacheSnapshot> result) {
        if (!result.ok()) {
            qCWarning(lcConsole) << "could not open cache" << cachePath << ":" << result.errorMessage();
            m_window->setConnectionText(tr("Offline · cache not opened"));
            m_window->offlineBanner()->showMessage(tr("Could not open the cache: %1").arg(result.errorMessage()), false);
            emit failed(result.errorMessage());
            return;
        }
        applySnapshot(result.value());
        m_window->setConnectionText(tr("%1 · offline (cache only)").arg(backend));
        m_window->offlineBanner()->showOffline(backend, result->syncedAt, false);
    });
}

void ConsoleController::applySnapshot(const CacheSnapshot &snapshot)
{
    QHash<QString, QString> siteNames;
    for (const Site &site : snapshot.sites)
        siteNames.insert(site.id, site.name);
    m_models->devices.setSiteNames(siteNames);
    m_models->devices.upsertDevices(snapshot.backend, snapshot.devices);
    m_models->topology.setFleet(snapshot.backend, snapshot.sites, snapshot.gateways, snapshot.devices, snapshot.links);
    QHash<QString, QString> ownerNames;
    for (const Owner &owner : snapshot.owners)
        ownerNames.insert(owner.ref, owner.name);
    // Without a session there is no role that allows personal data: names stay masked.
    m_models->devices.setOwnerNames(ownerNames, false);

    // The snapshot is newest first; the feed takes arrivals oldest first.
    QList<ThreatEvent> events(snapshot.recentEvents.crbegin(), snapshot.recentEvents.crend());
    m_models->feed.appendEvents(snapshot.backend, events);
    m_models->statistics.add(events);
    m_models->statistics.advanceTo(QDateTime::currentDateTimeUtc());
    qCInfo(lcConsole).noquote() << "cache" << snapshot.path << "opened:" << snapshot.devices.size() << "devices,"
                                << snapshot.eventCount << "events, last seq" << snapshot.lastSeq;
    emit snapshotApplied(snapshot.backend);
}

void ConsoleController::startDemo(const DemoOptions &options)
{
    m_demo = new DemoSession(this);
    connect(m_demo, &DemoSession::statusChanged, m_window, &MainWindow::setConnectionText);
    connect(m_demo, &DemoSession::sessionCreated, this, &ConsoleController::attachSession);
    connect(m_demo, &DemoSession::failed, this, [this](const QString &message) {
        qCWarning(lcConsole).noquote() << message;
        m_window->setConnectionText(tr("Demo backend unavailable"));
        m_window->offlineBanner()->showMessage(message, false);
        emit failed(message);
    });
    connect(m_demo, &DemoSession::loggedIn, this, [this](const QStringList &roles, const QString &user) {
        m_window->setOperatorText(tr("%1 · %2").arg(user, roles.join(QStringLiteral(", "))));
        const bool mayReadOwners = roles.contains(QStringLiteral("operator")) || roles.contains(QStringLiteral("admin"));
        for (BackendModelFeeder *feeder : std::as_const(m_feeders))
            feeder->setOwnersVisible(mayReadOwners);
    });
    m_demo->start(options);
}

void ConsoleController::attachSession(BackendSession *session)
{
    const QString backend = session->backendName();
    m_sessions.insert(backend, session);
    m_feeders.append(new BackendModelFeeder(session, m_models, this));
    m_audit->attachSession(session);
    findChild<GovernanceController *>()->attachSession(session);
    findChild<ImpactAssessor *>()->attachSession(session);
    findChild<IncidentsController *>()->attachSession(session);
    findChild<RegisterController *>()->attachSession(session);
    findChild<ReportController *>()->attachSession(session);
    findChild<PendingActionsController *>()->attachSession(session);
    findChild<IdentityController *>()->attachSession(session);
    findChild<RulesController *>()->attachSession(session, m_demo && m_demo->session() == session);
    findChild<ConsoleLock *>()->addSession(session, m_demo && m_demo->session() == session);
    // One Updates page for every backend; each campaign acts on its own backend's fleet.
    auto *updates = findChild<UpdatesController *>();
    if (!updates)
        updates = new UpdatesController(&m_models->devices, m_window, this);
    updates->attachSession(session);
    connect(session, &BackendSession::stateChanged, this, &ConsoleController::showState);
    connect(session, &BackendSession::errorOccurred, this, [](const QString &name, const FleetError &error) {
        qCWarning(lcConsole).noquote() << name << ":" << error.message();
    });
    connect(session, &BackendSession::cacheFailed, this, [this](const QString &name, const QString &message) {
        const QString text = tr("%1: the local cache could not be written: %2").arg(name, message);
        m_cacheFailing.insert(name, text);
        m_window->offlineBanner()->showMessage(text, false);
    });
    // The writer's own signal, not the coalesced committed(): it is ordered with its failures.
    connect(session->writer(), &CacheWriter::committed, this, [this, session, backend] {
        if (m_cacheFailing.remove(backend))
            showState(backend, session->state());
    });
    connect(session, &BackendSession::resyncStarted, this, [this](const QString &name, qint64 oldestSeq) {
        m_window->setConnectionText(tr("%1 · resynchronising: the backend no longer has events before #%2")
                                        .arg(name, QLocale().toString(oldestSeq)));
    });
    connect(session, &BackendSession::loginRequired, this, &ConsoleController::askForNewLogin);
    connect(m_window->offlineBanner(), &OfflineBanner::retryRequested, session, &BackendSession::connectToBackend,
            Qt::UniqueConnection);
}

void ConsoleController::showConnectDialog()
{
    auto *settings = new QSettings(this);
    auto *dialog = new ConnectDialog(settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, settings, &QObject::deleteLater);
    connect(dialog, &ConnectDialog::connectRequested, this,
            [this, dialog = QPointer<ConnectDialog>(dialog)](const ConnectionProfile &profile, const QString &user,
                                                             QString password, const QString &totp) {
                if (m_sessions.contains(profile.name)) {
                    dialog->showError(FleetError(FleetError::Kind::BadRequest,
                                                 tr("A backend named %1 is already connected.").arg(profile.name)));
                    wipe(password);
                    return;
                }
                const auto tls = TlsSetup::build(profile);
                if (!tls.ok()) {
                    dialog->showError(FleetError(FleetError::Kind::TlsOther, tls.errorMessage()));
                    wipe(password);
                    return;
                }
                auto session = std::make_unique<BackendSession>(profile, tls.value(),
                                                                cacheFileFor(profile.name, m_cacheDir));
                BackendSession *raw = session.get();
                m_ownedSessions.push_back(std::move(session));
                raw->login(user, SecretBytes::fromString(password), totp, this,
                           [this, dialog, raw](FleetResult<LoginSession> login) {
                               if (!login.ok()) {
                                   if (dialog)
                                       dialog->showError(login.error());
                                   std::erase_if(m_ownedSessions, [raw](const auto &owned) { return owned.get() == raw; });
                                   return;
                               }
                               m_window->setOperatorText(tr("%1 · %2").arg(login->user, login->roles.join(QStringLiteral(", "))));
                               attachSession(raw);
                               m_feeders.last()->setOwnersVisible(login->mayReadOwners());
                               if (dialog) {
                                   dialog->rememberProfile();
                                   dialog->accept();
                               }
                           });
            });
    dialog->open();
}

void ConsoleController::askForNewLogin(const QString &backend, const FleetError &reason)
{
    BackendSession *session = m_sessions.value(backend);
    if (!session)
        return;
    // The pages keep their state: only the session's token is renewed.
    m_window->offlineBanner()->showMessage(tr("%1: %2 Enter a new one-time code to continue.").arg(backend, reason.message()),
                                           false);
    auto *settings = new QSettings(this);
    auto *dialog = new ConnectDialog(settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(session->api()->profile());
    dialog->showError(reason);
    connect(dialog, &QObject::destroyed, settings, &QObject::deleteLater);
    connect(dialog, &ConnectDialog::connectRequested, this,
            [this, session, dialog = QPointer<ConnectDialog>(dialog)](const ConnectionProfile &, const QString &user,
                                                                      QString password, const QString &totp) {
                session->login(user, SecretBytes::fromString(password), totp, this,
                               [this, dialog](FleetResult<LoginSession> login) {
                                   if (!login.ok()) {
                                       if (dialog)
                                           dialog->showError(login.error());
                                       return;
                                   }
                                   m_window->offlineBanner()->clear();
                                   if (dialog)
                                       dialog->accept();
                               });
            });
    dialog->open();
}

void ConsoleController::showState(const QString &backend, const ConnectionState &state)
{
    m_window->setConnectionText(tr("%1 · %2").arg(backend, state.text()));
    switch (state.phase) {
    case ConnectionState::Phase::Live:
        if (m_cacheFailing.isEmpty())
            m_window->offlineBanner()->clear();
        else // being live says nothing about the disk: the failure stays in view until a commit succeeds
            m_window->offlineBanner()->showMessage(m_cacheFailing.cbegin().value(), false);
        emit live(backend);
        break;
    case ConnectionState::Phase::Offline:
    case ConnectionState::Phase::Reconnecting:
        if (state.offlineSince.isValid())
            m_window->offlineBanner()->showOffline(backend, state.offlineSince, true);
        break;
    case ConnectionState::Phase::Connecting:
    case ConnectionState::Phase::Syncing:
        break;
    }
}

} // namespace warden
