#pragma once

#include "domain/Enums.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace warden {

class ThreatFeedModel;
class ThreatFeedFilterModel;
class PageHeader;

// The live threat feed: follow/pause with an arrival counter, filters, and a details pane with every
// field and the raw event. Reads only from the models it is given.
class ThreatsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreatsPage)
public:
    explicit ThreatsPage(ThreatFeedModel *feed, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // Shows only events of one type (the type filter set to it), as the dashboard's chart asks.
    void showType(ThreatType type);

private:
    void updateFollowButton();
    void showDetails(const QModelIndex &proxyIndex);
    void updateEmptyState();

    ThreatFeedModel *m_feed;
    ThreatFeedFilterModel *m_filter;
    PageHeader *m_header;
    QToolButton *m_follow;
    QComboBox *m_severity;
    QComboBox *m_type;
    QLineEdit *m_search;
    QStackedWidget *m_body;
    QTableView *m_view;
    QTextBrowser *m_details;
};

} // namespace warden
