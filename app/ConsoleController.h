#pragma once

#include "offline/CacheSnapshot.h"

#include <QObject>

namespace warden {

struct ConsoleModels;
class MainWindow;

// Wires data sources to the console: a cache opened offline, the embedded demo backend, live backends.
// Feeds ConsoleModels and tells the window what state each backend is in. Owns no widgets.
class ConsoleController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleController)
public:
    ConsoleController(ConsoleModels *models, MainWindow *window, QObject *parent = nullptr);

    // Opens a cache file with no network at all (warden --offline CACHE).
    void openOffline(const QString &cachePath);
    void applySnapshot(const CacheSnapshot &snapshot);

signals:
    void snapshotApplied(const QString &backend);
    void failed(const QString &message);

private:
    ConsoleModels *m_models;
    MainWindow *m_window;
};

} // namespace warden
