#include "DashboardPage.h"

#include "DeviceRegisterModel.h"
#include "PageHeader.h"
#include "SeverityPalette.h"
#include "ThreatFeedModel.h"
#include "ThreatStatistics.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace warden {

namespace {
constexpr int RefreshIntervalMs = 1000;
constexpr int AtRiskThreshold = 70;

QChartView *makeChartView(QChart *chart, QWidget *parent)
{
    chart->setBackgroundRoundness(4);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    return view;
}
} // namespace

DashboardPage::DashboardPage(const ThreatStatistics *statistics, const DeviceRegisterModel *devices, QWidget *parent)
    : QWidget(parent), m_statistics(statistics), m_devices(devices), m_header(new PageHeader(tr("Dashboard"), this))
{
    m_header->setSubtitle(tr("Fleet health and threats over the last hour"));

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    tiles->addWidget(makeTile(tr("Online"), &m_online, Palette::healthy().name()));
    tiles->addWidget(makeTile(tr("Offline"), &m_offline, Palette::offline().name()));
    tiles->addWidget(makeTile(tr("At risk (risk ≥ %1)").arg(AtRiskThreshold), &m_atRisk, Palette::severity(Severity::Major).name()));
    tiles->addWidget(makeTile(tr("Quarantined"), &m_quarantined, Palette::quarantined().name()));
    tiles->addWidget(makeTile(tr("Events in the last hour"), &m_lastHour, Palette::severity(Severity::Warning).name()));

    m_trendChart = new QChart;
    m_trendChart->setTitle(tr("Events per minute by severity"));
    auto *trend = new QStackedBarSeries(m_trendChart);
    trend->setBarWidth(0.9);
    for (Severity severity : {Severity::Critical, Severity::Major, Severity::Minor, Severity::Warning, Severity::Indeterminate}) {
        auto *set = new QBarSet(severityLabel(severity), trend);
        set->setColor(Palette::severity(severity));
        set->setBorderColor(Palette::severity(severity));
        trend->append(set);
        m_severitySets.append(set);
    }
    m_trendChart->addSeries(trend);
    m_trendAxisX = new QBarCategoryAxis(m_trendChart);
    m_trendAxisX->setLabelsVisible(false);
    m_trendAxisX->setGridLineVisible(false);
    m_trendAxisY = new QValueAxis(m_trendChart);
    m_trendAxisY->setLabelFormat(QStringLiteral("%d"));
    m_trendChart->addAxis(m_trendAxisX, Qt::AlignBottom);
    m_trendChart->addAxis(m_trendAxisY, Qt::AlignLeft);
    trend->attachAxis(m_trendAxisX);
    trend->attachAxis(m_trendAxisY);

    m_typesChart = new QChart;
    m_typesChart->setTitle(tr("Top threat types (last hour)"));
    m_typesSeries = new QHorizontalBarSeries(m_typesChart);
    m_typesChart->addSeries(m_typesSeries);
    m_typesChart->legend()->hide();
    m_typesAxis = new QBarCategoryAxis(m_typesChart);
    m_typesValueAxis = new QValueAxis(m_typesChart);
    m_typesValueAxis->setLabelFormat(QStringLiteral("%d"));
    m_typesChart->addAxis(m_typesAxis, Qt::AlignLeft);
    m_typesChart->addAxis(m_typesValueAxis, Qt::AlignBottom);
    m_typesSeries->attachAxis(m_typesAxis);
    m_typesSeries->attachAxis(m_typesValueAxis);

    auto *charts = new QGridLayout;
    charts->setSpacing(12);
    charts->addWidget(makeChartView(m_trendChart, this), 0, 0);
    charts->addWidget(makeChartView(m_typesChart, this), 0, 1);
    charts->setColumnStretch(0, 3);
    charts->setColumnStretch(1, 2);

    auto *body = new QVBoxLayout;
    body->setContentsMargins(16, 4, 16, 16);
    body->setSpacing(12);
    body->addLayout(tiles);
    body->addLayout(charts, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addLayout(body, 1);

    m_refreshTimer.setInterval(RefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DashboardPage::refresh);
    m_refreshTimer.start();
    refresh();
}

QWidget *DashboardPage::makeTile(const QString &title, QLabel **value, const QString &colour)
{
    auto *tile = new QFrame(this);
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setStyleSheet(QStringLiteral("QFrame { border-left: 4px solid %1; border-radius: 4px; background: palette(base); }"
                                       "QLabel { border: none; }").arg(colour));
    auto *caption = new QLabel(title, tile);
    caption->setForegroundRole(QPalette::PlaceholderText);
    *value = new QLabel(QStringLiteral("–"), tile);
    QFont font = (*value)->font();
    font.setPointSizeF(font.pointSizeF() * 2.0);
    font.setBold(true);
    (*value)->setFont(font);
    (*value)->setAccessibleName(title);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addWidget(caption);
    layout->addWidget(*value);
    return tile;
}

void DashboardPage::refresh()
{
    refreshHealth();
    refreshTrend();
    refreshTopTypes();
}

void DashboardPage::refreshHealth()
{
    const DeviceTable &table = m_devices->table();
    qsizetype online = 0, offline = 0, atRisk = 0, quarantined = 0;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        const DeviceStatus status = table.status(row);
        online += status == DeviceStatus::Online;
        offline += status == DeviceStatus::Offline || status == DeviceStatus::Disabled;
        atRisk += table.risk(row) >= AtRiskThreshold;
        quarantined += table.quarantine(row) != QuarantineLevel::None;
    }
    const QLocale locale;
    m_online->setText(locale.toString(online));
    m_offline->setText(locale.toString(offline));
    m_atRisk->setText(locale.toString(atRisk));
    m_quarantined->setText(locale.toString(quarantined));
    m_lastHour->setText(locale.toString(m_statistics->totalInWindow()));
}

void DashboardPage::refreshTrend()
{
    const auto minutes = m_statistics->perMinute();
    qint64 maximum = 0;
    for (int set = 0; set < m_severitySets.size(); ++set) {
        QList<qreal> values;
        values.reserve(minutes.size());
        for (const auto &counts : minutes)
            values.append(qreal(counts[size_t(set)]));
        QBarSet *barSet = m_severitySets.at(set);
        barSet->remove(0, barSet->count());
        barSet->append(values);
    }
    QStringList categories;
    for (int index = 0; index < minutes.size(); ++index) {
        qint64 total = 0;
        for (qint64 count : minutes.at(index))
            total += count;
        maximum = std::max(maximum, total);
        categories.append(QString::number(index - int(minutes.size()) + 1)); // minutes relative to now
    }
    m_trendAxisX->setCategories(categories);
    const QString from = QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_statistics->minuteStartMs(0)).toLocalTime().time(), QLocale::ShortFormat);
    m_trendChart->setTitle(tr("Events per minute by severity, %1 until now").arg(from));
    m_trendAxisY->setRange(0, std::max<qint64>(10, maximum + maximum / 10));
    m_trendAxisY->applyNiceNumbers();
}

void DashboardPage::refreshTopTypes()
{
    const auto top = m_statistics->topTypes(6);
    m_typesSeries->clear();
    QStringList categories;
    auto *set = new QBarSet(tr("Events"));
    set->setColor(Palette::severity(Severity::Warning));
    qint64 maximum = 0;
    // Horizontal bars draw bottom-up; reverse so the most frequent type is on top.
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        categories.append(threatTypeLabel(it->first));
        set->append(qreal(it->second));
        maximum = std::max(maximum, it->second);
    }
    m_typesSeries->append(set);
    m_typesAxis->setCategories(categories);
    m_typesValueAxis->setRange(0, std::max<qint64>(10, maximum + maximum / 10));
    m_typesValueAxis->applyNiceNumbers();
}

} // namespace warden
