#pragma once

#include "TopologyScene.h"
#include "analysis/ImpactAnalysis.h"
#include "analysis/ImpactReport.h"
#include "domain/ThreatEvent.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QWidget>

#include <utility>

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
    // Ids of the selected devices and gateways, sorted (ids may repeat across backends: see selectedNodes()).
    QStringList selectedIds() const;
    // The selection as (backend, id) pairs, sorted: what bulk actions send to each backend.
    QList<std::pair<QString, QString>> selectedNodes() const;
    QString detailsText() const;
    QString message() const;

    // Finds a device or gateway by id or name and flies to it; false (with a message) if nothing matches.
    // With a backend, only that backend's nodes match.
    bool findAndFly(const QString &text, const QString &backend = QString());
    // Writes the current view; the format follows the suffix (.png or .svg).
    Status exportTo(const QString &path);

public slots:
    // Devices with threat events at `at` pulse briefly (only if `at` is recent: a replay from the cache does not).
    // A null backend matches the id in any backend.
    void setRecentThreats(const QStringList &deviceIds, const QDateTime &at, const QString &backend = QString());
    void addThreatEvents(const QList<ThreatEvent> &events, const QString &backend = QString());
    // Highlights the affected and reachable devices and dims the rest; flies to them. The ids are the backend's
    // (a null backend: the first backend that has each id, for a console showing one fleet).
    void showBlastRadius(const QString &title, const QStringList &affectedIds, const QStringList &reachableIds,
                         const QString &backend = QString());
    void showImpact(const QString &title, const ImpactResult &impact, const QString &backend = QString());
    // An incident's impact as the overlay, on the report's backend: its affected and reachable devices and the
    // gateways the search crossed stay lit (with the links between lit nodes: the reach path), the rest is
    // dimmed; the banner reads "Impact of incident X — N devices (M safety-critical)".
    void showImpactReport(const ImpactReport &report);
    void clearBlastRadius();

signals:
    // Double-click / Enter on a node: e.g. open the device in the register.
    void deviceActivated(const QString &id, const QString &backend);
    void selectionChanged(const QStringList &ids);
    // The operator asked for the blast radius of these devices of one backend (once per backend in the
    // selection); answer with showImpact().
    void blastRadiusRequested(const QString &backend, const QStringList &deviceIds);

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
    QHash<QString, TopologyNode> m_completionNodes; // completion text -> node (ids may repeat across backends)
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
