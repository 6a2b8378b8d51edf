#pragma once

#include "domain/Enums.h"
#include "domain/ThreatEvent.h"

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
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
// field and the raw event. A "new unknown device" event offers "Review admission request" (details pane and the
// row's context menu), answered by whoever setAdmissionReview() names. Reads only from the models it is given.
class ThreatsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreatsPage)
public:
    explicit ThreatsPage(ThreatFeedModel *feed, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // Shows only events of one type (the type filter set to it), as the dashboard's chart asks.
    void showType(ThreatType type);

    // Opens the admission request an unknown-device event of backend announces and returns an empty text, or
    // returns what to tell the operator instead (no request, already decided). Unset: the action is not offered.
    using AdmissionReview = std::function<QString(const QString &backend, const ThreatEvent &event)>;
    void setAdmissionReview(AdmissionReview review);
    QAction *reviewAdmissionAction() const { return m_reviewAdmission; }
    QLabel *admissionResult() const { return m_admissionResult; }

public slots:
    // Reviews the admission request of the current event (when it is a new unknown device).
    void reviewAdmission();

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
    QAction *m_reviewAdmission;
    QLabel *m_admissionResult;
    AdmissionReview m_review;
};

} // namespace warden
