#pragma once

#include "cache/CacheBatch.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace warden {

class BackendSession;
struct ConsoleModels;

// Carries what one backend committed to its cache into the shared models: events by seq range, and devices,
// sites and owners when they changed. Everything is read on the cache writer's thread (after the commit it
// follows), so the UI shows exactly what is stored and never parses or queries on its own thread.
class BackendModelFeeder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackendModelFeeder)
public:
    BackendModelFeeder(BackendSession *session, ConsoleModels *models, QObject *parent = nullptr);

    // Owner names are personal data: shown only when the logged-in role allows it.
    void setOwnersVisible(bool visible);

private:
    void onCommitted(const QString &backend, const CacheChange &change);
    void loadEvents(qint64 firstSeq, qint64 lastSeq);
    void reloadInventory();

    BackendSession *m_session;
    ConsoleModels *m_models;
    bool m_ownersVisible = false;
    bool m_inventoryLoading = false;
    bool m_inventoryDirty = false;
};

} // namespace warden
