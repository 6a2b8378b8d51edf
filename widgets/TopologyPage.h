#pragma once

#include "TopologyScene.h"
#include "analysis/ImpactAnalysis.h"
#include "analysis/ImpactReport.h"
#include "domain/ThreatEvent.h"
#include "util/Result.h"

#include <QDateTime>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QStringListModel;
class QTextBrowser;
class QToolButton;

namespace warden {

class PageHeader;
class TopologyView;

// The Topology page: header with search and fly-to, colour-by switch, site and attribute filters, fit and
// export; the map (TopologyView) with legend and mini-map; a details panel for the selection. Shows an
// incident's blast radius on request and pulses devices with new threats. Reads the TopologyScene it is given
// (the controller feeds it); asks for a blast radius through a signal instead of computing one.
class TopologyPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyPage)
public:
    explicit TopologyPage(TopologyScene *scene, QWidget *parent = nullptr);

    TopologyView *view() const { return m_view; }
    // Shown while a blast radius or impact is highlighted; clicking it clears the highlight.
    QToolButton *clearHighlightButton() const { return m_clearBlast; }
    // Ids of the selected devices and gateways, sorted.
    QStringList selectedIds() const;
    QString detailsText() const;
    QString message() const;

    // Finds a device or gateway by id or name and flies to it; false (with a message) if nothing matches.
    bool findAndFly(const QString &text);
    // Writes the current view; the format follows the suffix (.png or .svg).
    Status exportTo(const QString &path);

public slots:
    // Devices with threat events at `at` pulse briefly (only if `at` is recent: a replay from the cache does not).
    void setRecentThreats(const QStringList &deviceIds, const QDateTime &at);
    void addThreatEvents(const QList<ThreatEvent> &events);
    // Highlights the affected and reachable devices and dims the rest; flies to them.
    void showBlastRadius(const QString &title, const QStringList &affectedIds, const QStringList &reachableIds);
    void showImpact(const QString &title, const ImpactResult &impact);
    // An incident's impact as the overlay: its affected and reachable devices and the gateways they connect
    // through stay lit, the rest is dimmed; the banner reads "Impact of incident X — N devices (M safety-critical)".
    void showImpactReport(const ImpactReport &report);
    void clearBlastRadius();

signals:
    // Double-click / Enter on a node: e.g. open the device in the register.
    void deviceActivated(const QString &id);
    void selectionChanged(const QStringList &ids);
    // The operator asked for the blast radius of these devices; answer with showImpact().
    void blastRadiusRequested(const QStringList &deviceIds);

private:
    void buildFilterMenu();
    void applyFilter(const TopologyFilter &filter);
    void refreshSites();
    void updateSubtitle();
    void updateDetails();
    void updateCompletions(const QString &text);
    void showMessage(const QString &text, bool error);
    void chooseExportFile(const QString &format);

    TopologyScene *m_scene;
    PageHeader *m_header;
    QLineEdit *m_search;
    QStringListModel *m_completions;
    QComboBox *m_colouring;
    QComboBox *m_site;
    QToolButton *m_filterButton;
    QMenu *m_filterMenu;
    QToolButton *m_fit;
    QToolButton *m_export;
    QToolButton *m_clearBlast;
    QToolButton *m_blastButton;
    QLabel *m_message;
    TopologyView *m_view;
    QTextBrowser *m_details;
    int m_knownSites = -1;
};

} // namespace warden
