#include "WindowStateStore.h"

#include "MainWindow.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

const QString GeometryKey = u"window/geometry"_s;
const QString MaximizedKey = u"window/maximized"_s;
const QString MainWindowStateKey = u"window/state"_s;
const QString PageKey = u"window/page"_s;

// The strip of a window the operator needs to grab it: its title bar, approximated by the top of the frame.
constexpr int GrabHeight = 40;
constexpr int GrabWidth = 120;

QString pageGroup(const QString &page)
{
    return u"pages/"_s + page;
}

// Splitters and horizontal headers of a page, in creation order, which is stable for a given build of the page.
QList<QSplitter *> splittersOf(QWidget *page)
{
    return page->findChildren<QSplitter *>();
}

QList<QHeaderView *> headersOf(QWidget *page)
{
    QList<QHeaderView *> headers = page->findChildren<QHeaderView *>();
    headers.removeIf([](const QHeaderView *header) { return header->orientation() != Qt::Horizontal; });
    return headers;
}

} // namespace

WindowStateStore::WindowStateStore(MainWindow *window, QSettings *settings, QObject *parent)
    : QObject(parent), m_window(window), m_settings(settings)
{
    m_window->installEventFilter(this);
}

bool WindowStateStore::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        save();
    return QObject::eventFilter(watched, event);
}

QRect WindowStateStore::visiblePlacement(const QRect &saved, const QList<QRect> &screens, const QRect &fallback)
{
    if (!saved.isValid())
        return {};
    const QRect grab(saved.left(), saved.top(), saved.width(), std::min(GrabHeight, saved.height()));
    for (const QRect &screen : screens) {
        const QRect visible = grab.intersected(screen);
        if (visible.width() >= std::min(GrabWidth, saved.width()) && visible.height() >= std::min(10, grab.height()))
            return saved;
    }
    if (!fallback.isValid())
        return saved;
    QRect placed(QPoint(), saved.size().boundedTo(fallback.size()));
    placed.moveCenter(fallback.center());
    return placed;
}

void WindowStateStore::save()
{
    // normalGeometry is the size to come back to when un-maximising; a maximised window's own rect is the screen.
    const QRect normal = m_window->isMaximized() ? m_window->normalGeometry() : m_window->geometry();
    if (normal.isValid())
        m_settings->setValue(GeometryKey, normal);
    m_settings->setValue(MaximizedKey, m_window->isMaximized());
    m_settings->setValue(MainWindowStateKey, m_window->saveState());
    m_settings->setValue(PageKey, m_window->currentPageName());

    const QStringList pages = m_window->pageNames();
    for (const QString &name : pages) {
        QWidget *page = m_window->page(name);
        if (!page)
            continue;
        m_settings->remove(pageGroup(name)); // a page rebuilt with fewer splitters must not keep stale entries
        m_settings->beginGroup(pageGroup(name));
        const QList<QSplitter *> splitters = splittersOf(page);
        for (qsizetype i = 0; i < splitters.size(); ++i)
            m_settings->setValue(u"splitter%1"_s.arg(i), splitters.at(i)->saveState());
        const QList<QHeaderView *> headers = headersOf(page);
        for (qsizetype i = 0; i < headers.size(); ++i)
            m_settings->setValue(u"header%1"_s.arg(i), headers.at(i)->saveState());
        m_settings->endGroup();
    }
    m_settings->sync();
}

void WindowStateStore::restore(const QString &pageFromCommandLine, QSize defaultSize)
{
    QList<QRect> screens;
    const QList<QScreen *> available = QGuiApplication::screens();
    for (const QScreen *screen : available)
        screens.append(screen->availableGeometry());
    const QScreen *primary = QGuiApplication::primaryScreen();
    const QRect primaryArea = primary ? primary->availableGeometry() : QRect();

    const QRect saved = m_settings->value(GeometryKey).toRect();
    if (saved.isValid()) {
        m_window->setGeometry(visiblePlacement(saved, screens, primaryArea));
    } else {
        QRect placed(QPoint(), primaryArea.isValid() ? defaultSize.boundedTo(primaryArea.size()) : defaultSize);
        if (primaryArea.isValid())
            placed.moveCenter(primaryArea.center());
        m_window->resize(placed.size());
        if (primaryArea.isValid())
            m_window->move(placed.topLeft());
    }
    if (m_settings->value(MaximizedKey, false).toBool())
        m_window->setWindowState(m_window->windowState() | Qt::WindowMaximized);
    m_window->restoreState(m_settings->value(MainWindowStateKey).toByteArray());

    const QStringList pages = m_window->pageNames();
    for (const QString &name : pages) {
        QWidget *page = m_window->page(name);
        if (!page)
            continue;
        m_settings->beginGroup(pageGroup(name));
        const QList<QSplitter *> splitters = splittersOf(page);
        for (qsizetype i = 0; i < splitters.size(); ++i)
            splitters.at(i)->restoreState(m_settings->value(u"splitter%1"_s.arg(i)).toByteArray());
        const QList<QHeaderView *> headers = headersOf(page);
        for (qsizetype i = 0; i < headers.size(); ++i) {
            const QByteArray state = m_settings->value(u"header%1"_s.arg(i)).toByteArray();
            // restoreState refuses a state whose column count differs (a newer build changed the table).
            if (!state.isEmpty())
                headers.at(i)->restoreState(state);
        }
        m_settings->endGroup();
    }

    if (pageFromCommandLine.isEmpty()) {
        const QString page = m_settings->value(PageKey).toString();
        if (!page.isEmpty())
            m_window->showPage(page); // a page that no longer exists is ignored
    }
}

} // namespace warden
