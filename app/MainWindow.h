#pragma once

#include <QMainWindow>
#include <QStringList>

class QListWidget;
class QStackedWidget;
class QLabel;
class QAction;
class QToolButton;

namespace warden {

struct ConsoleModels;
class OfflineBanner;

// The console frame: left navigation, one stacked page per area, status bar. Wiring only.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(ConsoleModels *models, QWidget *parent = nullptr);

    // Machine names used by --page: dashboard, topology, threats, ...
    QStringList pageNames() const;
    bool showPage(const QString &name);
    QString currentPageName() const;
    void addPage(const QString &name, const QString &title, const QString &iconName, QWidget *page);
    void replacePage(const QString &name, QWidget *page);
    QWidget *page(const QString &name) const;

    OfflineBanner *offlineBanner() const { return m_banner; }
    QAction *connectAction() const { return m_connectAction; }
    void setConnectionText(const QString &text);
    void setOperatorText(const QString &text);
    // Actions kept while a backend was unreachable and waiting for the operator; 0 hides the status bar button.
    void setPendingActionCount(int waiting);

    // Help → Keyboard shortcuts: every shortcut the window registers, gathered from its actions.
    void showShortcutsDialog();

signals:
    void pendingActionsRequested();
    // Fleet → Export posture report…: the report controller asks where and writes it.
    void postureReportRequested();

private:
    void buildNavigation(ConsoleModels *models);
    void buildStatusBar();
    void buildMenus();

    OfflineBanner *m_banner;
    QAction *m_connectAction = nullptr;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_connectionChip;
    QLabel *m_operatorLabel;
    QToolButton *m_pendingButton;
    QStringList m_pageNames;
};

} // namespace warden
