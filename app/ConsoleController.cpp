#include "ConsoleController.h"

#include "ConsoleModels.h"
#include "MainWindow.h"
#include "OfflineBanner.h"

#include <QFileInfo>
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

} // namespace warden
