#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QBarSet;
class QBarCategoryAxis;
class QValueAxis;
class QChart;
class QHorizontalBarSeries;

namespace warden {

class DeviceRegisterModel;
class PageHeader;
class ThreatStatistics;

// What a responder watches first: events per minute by severity over the last hour, the top threat types,
// and fleet health tiles. Repaints at most once a second by replacing whole series (never append per event).
class DashboardPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)
public:
    DashboardPage(const ThreatStatistics *statistics, const DeviceRegisterModel *devices, QWidget *parent = nullptr);

    void refresh();

private:
    QWidget *makeTile(const QString &title, QLabel **value, const QString &colour);
    void refreshTrend();
    void refreshTopTypes();
    void refreshHealth();

    const ThreatStatistics *m_statistics;
    const DeviceRegisterModel *m_devices;
    PageHeader *m_header;
    QTimer m_refreshTimer;
    QChart *m_trendChart = nullptr;
    QList<QBarSet *> m_severitySets;
    QBarCategoryAxis *m_trendAxisX = nullptr;
    QValueAxis *m_trendAxisY = nullptr;
    QChart *m_typesChart = nullptr;
    QHorizontalBarSeries *m_typesSeries = nullptr;
    QBarCategoryAxis *m_typesAxis = nullptr;
    QValueAxis *m_typesValueAxis = nullptr;
    QLabel *m_online = nullptr;
    QLabel *m_offline = nullptr;
    QLabel *m_atRisk = nullptr;
    QLabel *m_quarantined = nullptr;
    QLabel *m_lastHour = nullptr;
};

} // namespace warden
