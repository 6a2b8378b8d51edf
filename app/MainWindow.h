#pragma once

#include <QMainWindow>
#include <QStringList>

class QListWidget;
class QStackedWidget;
class QLabel;

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
    void addPage(const QString &name, const QString &title, const QString &iconName, QWidget *page);
    void replacePage(const QString &name, QWidget *page);
    QWidget *page(const QString &name) const;

    OfflineBanner *offlineBanner() const { return m_banner; }
    void setConnectionText(const QString &text);
    void setOperatorText(const QString &text);

private:
    void buildNavigation(ConsoleModels *models);
    void buildStatusBar();

    OfflineBanner *m_banner;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_connectionChip;
    QLabel *m_operatorLabel;
    QStringList m_pageNames;
};

} // namespace warden
