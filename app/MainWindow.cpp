#include "MainWindow.h"

#include "AboutDialog.h"
#include "ConsoleModels.h"
#include "DashboardPage.h"
#include "EmptyStatePage.h"
#include "KeyboardShortcutsDialog.h"
#include "OfflineBanner.h"
#include "RegisterPage.h"
#include "ThreatsPage.h"
#include "TopologyPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

// The icons live in warden_app, a static library: the linker drops its resource initialiser unless named.
static void initResources()
{
    Q_INIT_RESOURCE(warden);
}

namespace warden {

MainWindow::MainWindow(ConsoleModels *models, QWidget *parent)
    : QMainWindow(parent),
      m_banner(new OfflineBanner(this)),
      m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)),
      m_connectionChip(new QLabel(this)),
      m_operatorLabel(new QLabel(this)),
      m_pendingButton(new QToolButton(this))
{
    initResources();
    setWindowTitle(tr("Warden"));
    auto *central = new QWidget(this);
    auto *columns = new QHBoxLayout;
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(0);
    columns->addWidget(m_navigation);
    columns->addWidget(m_pages, 1);
    // The banner spans the window above everything and never covers content.
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addLayout(columns, 1);
    setCentralWidget(central);
    buildNavigation(models);
    buildStatusBar();
    buildMenus();
}

void MainWindow::buildNavigation(ConsoleModels *models)
{
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFixedWidth(180);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: palette(window); padding-top: 12px; outline: 0; border-right: 1px solid palette(mid); }"
        "QListWidget::item { padding: 8px 12px; border-radius: 4px; margin: 0 8px; }"
        "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    struct PageSpec {
        QString name;
        QString title;
        QString empty;
    };
    const QList<PageSpec> specs = {
        {QStringLiteral("dashboard"), tr("Dashboard"), tr("Connect to a fleet backend to see its health, threats and campaigns.")},
        {QStringLiteral("topology"), tr("Topology"), tr("Sites, gateways and devices appear here once the register is synchronised.")},
        {QStringLiteral("threats"), tr("Threats"), tr("The live event feed and incidents appear here once a backend streams events.")},
        {QStringLiteral("incidents"), tr("Incidents"), tr("No incidents — the feed is live; incidents appear when events correlate.")},
        {QStringLiteral("register"), tr("Register"), tr("The device register appears here once a backend is synchronised.")},
        {QStringLiteral("updates"), tr("Updates"), tr("Firmware catalogue and update campaigns appear here.")},
        {QStringLiteral("licences"), tr("Licences"), tr("Licence requests waiting for a decision appear here.")},
        {QStringLiteral("quarantine"), tr("Quarantine"), tr("Quarantined devices, policy rules and approvals appear here.")},
        {QStringLiteral("audit"), tr("Audit"), tr("Every operator action and its verified hash chain appear here.")},
        {QStringLiteral("identity"), tr("Identity"), tr("Devices asking to join and every device's credentials appear here.")},
        {QStringLiteral("rules"), tr("Rules"), tr("Policy rules, their editor and dry runs appear here once a backend is connected.")},
    };
    for (const PageSpec &spec : specs)
        addPage(spec.name, spec.title, spec.name, new EmptyStatePage(spec.title, spec.empty, m_pages));
    auto *dashboard = new DashboardPage(&models->statistics, &models->devices, m_pages);
    connect(dashboard, &DashboardPage::pageRequested, this, [this](const QString &name) { showPage(name); });
    replacePage(QStringLiteral("dashboard"), dashboard);
    replacePage(QStringLiteral("topology"), new TopologyPage(&models->topology, m_pages));
    auto *threats = new ThreatsPage(&models->feed, m_pages);
    replacePage(QStringLiteral("threats"), threats);
    connect(dashboard, &DashboardPage::threatTypeRequested, this, [this, threats](ThreatType type) {
        threats->showType(type);
        showPage(QStringLiteral("threats"));
    });
    replacePage(QStringLiteral("register"), new RegisterPage(&models->devices, m_pages));
    m_navigation->setCurrentRow(0);
}

void MainWindow::buildMenus()
{
    QMenu *fleet = menuBar()->addMenu(tr("&Fleet"));
    m_connectAction = fleet->addAction(tr("&Connect to a backend…"));
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *pending = fleet->addAction(tr("&Pending actions…"));
    pending->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(pending, &QAction::triggered, this, &MainWindow::pendingActionsRequested);
    QAction *posture = fleet->addAction(tr("Export &posture report…"));
    posture->setObjectName(QStringLiteral("exportPostureReport"));
    connect(posture, &QAction::triggered, this, &MainWindow::postureReportRequested);
    fleet->addSeparator();
    QAction *quit = fleet->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts…"));
    shortcuts->setObjectName(QStringLiteral("showShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcutsDialog);
    QAction *about = help->addAction(tr("&About Warden"));
    about->setObjectName(QStringLiteral("showAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void MainWindow::showShortcutsDialog()
{
    // Gathered when asked for, from the live window, so pages replaced later are included.
    const auto areaOf = [this](const QWidget *widget) {
        for (const QWidget *w = widget; w; w = w->parentWidget()) {
            if (w->parentWidget() == m_pages) {
                const int index = m_pages->indexOf(const_cast<QWidget *>(w));
                return index < 0 ? QString() : m_navigation->item(index)->text();
            }
        }
        return QString();
    };
    auto *dialog = new KeyboardShortcutsDialog(ShortcutCatalog::collect(this, areaOf), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::buildStatusBar()
{
    m_connectionChip->setText(tr("Not connected"));
    m_connectionChip->setAccessibleName(tr("Connection state"));
    m_operatorLabel->setAccessibleName(tr("Operator"));
    statusBar()->addWidget(m_connectionChip);
    m_pendingButton->setObjectName(QStringLiteral("pendingActions"));
    m_pendingButton->setAutoRaise(true);
    m_pendingButton->setToolTip(tr("Actions kept while a backend was unreachable; click to confirm or discard them"));
    m_pendingButton->hide();
    connect(m_pendingButton, &QToolButton::clicked, this, &MainWindow::pendingActionsRequested);
    statusBar()->addWidget(m_pendingButton);
    statusBar()->addPermanentWidget(m_operatorLabel);
}

void MainWindow::setPendingActionCount(int waiting)
{
    m_pendingButton->setText(tr("%n pending action(s) to confirm", nullptr, waiting));
    m_pendingButton->setAccessibleName(m_pendingButton->text());
    m_pendingButton->setVisible(waiting > 0);
}

void MainWindow::addPage(const QString &name, const QString &title, const QString &iconName, QWidget *page)
{
    const int index = int(m_pageNames.size());
    m_pageNames.append(name);
    auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)), title, m_navigation);
    item->setData(Qt::UserRole, name);
    m_pages->addWidget(page);
    if (index < 9) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
        shortcut->setWhatsThis(tr("Show the %1 page").arg(title)); // listed in Help → Keyboard shortcuts
        connect(shortcut, &QShortcut::activated, this, [this, index] { m_navigation->setCurrentRow(index); });
    }
}

void MainWindow::replacePage(const QString &name, QWidget *page)
{
    const int index = int(m_pageNames.indexOf(name));
    if (index < 0)
        return;
    QWidget *old = m_pages->widget(index);
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(old);
    old->deleteLater();
    m_pages->setCurrentIndex(m_navigation->currentRow());
}

QStringList MainWindow::pageNames() const { return m_pageNames; }

QString MainWindow::currentPageName() const
{
    return m_pageNames.value(m_navigation->currentRow());
}

QWidget *MainWindow::page(const QString &name) const
{
    const int index = int(m_pageNames.indexOf(name));
    return index < 0 ? nullptr : m_pages->widget(index);
}

void MainWindow::setConnectionText(const QString &text)
{
    m_connectionChip->setText(text);
}

void MainWindow::setOperatorText(const QString &text)
{
    m_operatorLabel->setText(text);
}

bool MainWindow::showPage(const QString &name)
{
    const int index = int(m_pageNames.indexOf(name.toLower()));
    if (index < 0)
        return false;
    m_navigation->setCurrentRow(index);
    return true;
}

} // namespace warden
