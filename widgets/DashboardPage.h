#pragma once

#include "DashboardSummary.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <deque>
#include <functional>

class QLabel;
class QBarSet;
class QBarCategoryAxis;
class QValueAxis;
class QChart;
class QHorizontalBarSeries;

namespace warden {

class DeviceRegisterModel;
class IncidentListModel;
class PageHeader;
class ThreatStatistics;

// What a responder watches first: fleet health and KPIs (devices online %, offline, at risk, quarantined,
// events/s), open incidents by severity, update campaigns in progress, mean times to acknowledge and resolve; and
// charts of events per minute by severity over the last hour, the top threat types and open incidents by age.
// Repaints at most once a second by replacing whole series (never append per event). Tiles and chart bars link to
// the matching page (incidentsRequested / pageRequested); the window does the navigation.
class DashboardPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)
public:
    DashboardPage(const ThreatStatistics *statistics, const DeviceRegisterModel *devices, QWidget *parent = nullptr);

    // The incidents to summarise (null: none known yet).
    void setIncidents(const IncidentListModel *incidents);
    void setCampaignSummary(const CampaignSummary &summary);
    const IncidentSummary &incidentSummary() const { return m_incidentSummary; }

    void refresh();
    // Acts as a click on the bar of the top-types chart at index (0 = bottom bar).
    void openTypeBar(int index);

signals:
    // Open incidents of one severity (int(Severity)), or of every severity (-1).
    void incidentsRequested(int severity);
    // A page by its machine name ("threats", "updates", "register", "quarantine").
    void pageRequested(const QString &page);
    // The threat feed showing only one type (a bar of the top-types chart was clicked).
    void threatTypeRequested(warden::ThreatType type);

private:
    QWidget *makeTile(const QString &title, QLabel **value, QLabel **detail, const QColor &colour,
                      const QString &linkHint, std::function<void()> activate);
    void refreshTrend();
    void refreshTopTypes();
    void refreshHealth();
    void refreshIncidents();
    void refreshCampaigns();

    const ThreatStatistics *m_statistics;
    const DeviceRegisterModel *m_devices;
    QPointer<const IncidentListModel> m_incidents;
    IncidentSummary m_incidentSummary;
    CampaignSummary m_campaigns;
    bool m_campaignsKnown = false;
    // (ms since the page started, events in the window) over the last seconds, for the events/s tile.
    std::deque<std::pair<qint64, qint64>> m_rateSamples;
    QElapsedTimer m_clock;
    PageHeader *m_header;
    QTimer m_refreshTimer;
    QChart *m_trendChart = nullptr;
    QList<QBarSet *> m_severitySets;
    QBarCategoryAxis *m_trendAxisX = nullptr;
    QValueAxis *m_trendAxisY = nullptr;
    QChart *m_typesChart = nullptr;
    QHorizontalBarSeries *m_typesSeries = nullptr;
    QList<ThreatType> m_shownTypes; // the top-types chart's categories, bottom bar first
    QBarCategoryAxis *m_typesAxis = nullptr;
    QValueAxis *m_typesValueAxis = nullptr;
    QChart *m_ageChart = nullptr;
    QList<QBarSet *> m_ageSets;
    QValueAxis *m_ageValueAxis = nullptr;
    QLabel *m_online = nullptr;
    QLabel *m_onlineDetail = nullptr;
    QLabel *m_offline = nullptr;
    QLabel *m_offlineDetail = nullptr;
    QLabel *m_atRisk = nullptr;
    QLabel *m_atRiskDetail = nullptr;
    QLabel *m_quarantined = nullptr;
    QLabel *m_quarantinedDetail = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_rateDetail = nullptr;
    QList<QLabel *> m_openBySeverity;
    QList<QLabel *> m_openBySeverityDetail;
    QLabel *m_campaignsValue = nullptr;
    QLabel *m_campaignsDetail = nullptr;
    QLabel *m_mtta = nullptr;
    QLabel *m_mttaDetail = nullptr;
    QLabel *m_mttr = nullptr;
    QLabel *m_mttrDetail = nullptr;
};

} // namespace warden
