#pragma once

#include <QList>
#include <QObject>
#include <QRect>

class QSettings;

namespace warden {

class MainWindow;

// Remembers how the operator left the console: window geometry and maximised state, the splitter sizes and table
// header layouts (column widths, order, sort) of every page, and the page shown. Saved in QSettings when the window
// closes, restored at start - onto a screen that still exists when the remembered one is gone.
// Not responsible for what the pages show (filters, selections) or for the language and theme settings.
class WindowStateStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowStateStore)
public:
    // Watches the window's close event to save; the settings object must outlive this store.
    WindowStateStore(MainWindow *window, QSettings *settings, QObject *parent = nullptr);

    // Restores everything saved; the remembered page only when pageFromCommandLine is empty (--page wins).
    // Without saved geometry the window gets defaultSize, centred on the primary screen and no larger than it.
    void restore(const QString &pageFromCommandLine = {}, QSize defaultSize = QSize(1440, 900));
    void save();

    // Where a window remembered at `saved` goes on screens with these available areas: unchanged when its title
    // bar is reachable on one of them, else resized to fit and centred on `fallback` (the primary screen's area).
    static QRect visiblePlacement(const QRect &saved, const QList<QRect> &screens, const QRect &fallback);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MainWindow *m_window;
    QSettings *m_settings;
};

} // namespace warden
