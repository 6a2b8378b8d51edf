#pragma once

#include "cache/CacheBatch.h"
#include "domain/Campaign.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace warden {

class BackendSession;
class DashboardPage;

// Gives the dashboard the update campaigns of every connected backend (how many are in progress, how far they got),
// read from each backend's cache on its writer thread after a commit that touched campaigns. Owns no widgets.
class DashboardFeeder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardFeeder)
public:
    explicit DashboardFeeder(DashboardPage *dashboard, QObject *parent = nullptr);

    void attachSession(BackendSession *session);

private:
    void onCommitted(const QString &backend, const CacheChange &change);
    void reload(const QString &backend);
    void publish();

    QPointer<DashboardPage> m_dashboard;
    QHash<QString, QPointer<BackendSession>> m_sessions;
    QHash<QString, QList<Campaign>> m_campaigns;
    QHash<QString, bool> m_loading;
    QHash<QString, bool> m_dirty;
};

} // namespace warden
