#include "DashboardPage.h"

#include "ChartPalette.h"
#include "DeviceRegisterModel.h"
#include "IncidentListModel.h"
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
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {
constexpr int RefreshIntervalMs = 1000;
constexpr int AtRiskThreshold = 70;
constexpr qint64 RateWindowMs = 10'000;
constexpr std::array<Severity, 4> TileSeverities{Severity::Critical, Severity::Major, Severity::Minor,
                                                 Severity::Warning};

QChartView *makeChartView(QChart *chart, QWidget *parent)
{
    chart->setBackgroundRoundness(4);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    ChartPalette::follow(view); // light and dark themes
    view->setMinimumHeight(230);
    return view;
}

// A dashboard tile that opens the page it summarises, by mouse or keyboard (Enter / Space).
class LinkTile final : public QFrame {
public:
    LinkTile(std::function<void()> activate, QWidget *parent) : QFrame(parent), m_activate(std::move(activate))
    {
        if (m_activate) {
            setCursor(Qt::PointingHandCursor);
            setFocusPolicy(Qt::StrongFocus);
        }
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (m_activate && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
            m_activate();
        QFrame::mouseReleaseEvent(event);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (m_activate && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
                           || event->key() == Qt::Key_Space)) {
            m_activate();
            return;
        }
        QFrame::keyPressEvent(event);
    }

private:
    std::function<void()> m_activate;
};

} // namespace

DashboardPage::DashboardPage(const ThreatStatistics *statistics, const DeviceRegisterModel *devices, QWidget *parent)
    : QWidget(parent), m_statistics(statistics), m_devices(devices), m_header(new PageHeader(tr("Dashboard"), this))
{
    m_header->setSubtitle(tr("Fleet health, incidents and threats over the last hour"));

    const auto openPage = [this](const QString &page) { return [this, page] { emit pageRequested(page); }; };
    auto *fleetTiles = new QHBoxLayout;
    fleetTiles->setSpacing(12);
    fleetTiles->addWidget(makeTile(tr("Online"), &m_online, &m_onlineDetail, Palette::healthy(),
                                   tr("Open the device register"), openPage(u"register"_s)));
    fleetTiles->addWidget(makeTile(tr("Offline"), &m_offline, &m_offlineDetail, Palette::offline(),
                                   tr("Open the device register"), openPage(u"register"_s)));
    fleetTiles->addWidget(makeTile(tr("At risk"), &m_atRisk, &m_atRiskDetail, Palette::severity(Severity::Major),
                                   tr("Open the device register"), openPage(u"register"_s)));
    fleetTiles->addWidget(makeTile(tr("Quarantined"), &m_quarantined, &m_quarantinedDetail, Palette::quarantined(),
                                   tr("Open the quarantine page"), openPage(u"quarantine"_s)));
    fleetTiles->addWidget(makeTile(tr("Events per second"), &m_rate, &m_rateDetail,
                                   Palette::severity(Severity::Warning), tr("Open the live threat feed"),
                                   openPage(u"threats"_s)));

    auto *responseTiles = new QHBoxLayout;
    responseTiles->setSpacing(12);
    for (const Severity severity : TileSeverities) {
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
        responseTiles->addWidget(makeTile(tr("%1 incidents").arg(severityLabel(severity)), &value, &detail,
                                          Palette::severity(severity),
                                          tr("Show the open %1 incidents").arg(severityLabel(severity).toLower()),
                                          [this, severity] { emit incidentsRequested(int(severity)); }));
        m_openBySeverity.append(value);
        m_openBySeverityDetail.append(detail);
    }
    responseTiles->addWidget(makeTile(tr("Update campaigns"), &m_campaignsValue, &m_campaignsDetail,
                                      Palette::healthy(), tr("Open the update campaigns"), openPage(u"updates"_s)));
    responseTiles->addWidget(makeTile(tr("Mean time to acknowledge"), &m_mtta, &m_mttaDetail,
                                      Palette::severity(Severity::Indeterminate), tr("Show every open incident"),
                                      [this] { emit incidentsRequested(-1); }));
    responseTiles->addWidget(makeTile(tr("Mean time to resolve"), &m_mttr, &m_mttrDetail,
                                      Palette::severity(Severity::Indeterminate), tr("Show every open incident"),
                                      [this] { emit incidentsRequested(-1); }));

    m_trendChart = new QChart;
    m_trendChart->setTitle(tr("Events per minute by severity"));
    auto *trend = new QStackedBarSeries(m_trendChart);
    trend->setBarWidth(0.9);
    for (Severity severity :
         {Severity::Critical, Severity::Major, Severity::Minor, Severity::Warning, Severity::Indeterminate}) {
        auto *set = new QBarSet(severityLabel(severity), trend);
        set->setColor(Palette::severity(severity));
        set->setBorderColor(Palette::severity(severity));
        trend->append(set);
        m_severitySets.append(set);
    }
    connect(trend, &QStackedBarSeries::clicked, this, [this] { emit pageRequested(u"threats"_s); });
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
    connect(m_typesSeries, &QHorizontalBarSeries::clicked, this, [this](int index) { openTypeBar(index); });
    m_typesAxis = new QBarCategoryAxis(m_typesChart);
    m_typesValueAxis = new QValueAxis(m_typesChart);
    m_typesValueAxis->setLabelFormat(QStringLiteral("%d"));
    m_typesChart->addAxis(m_typesAxis, Qt::AlignLeft);
    m_typesChart->addAxis(m_typesValueAxis, Qt::AlignBottom);
    m_typesSeries->attachAxis(m_typesAxis);
    m_typesSeries->attachAxis(m_typesValueAxis);

    // Open incidents by age, stacked by severity: old critical incidents are the ones that must not be there.
    m_ageChart = new QChart;
    m_ageChart->setTitle(tr("Open incidents by age"));
    auto *ageSeries = new QStackedBarSeries(m_ageChart);
    ageSeries->setBarWidth(0.6);
    for (Severity severity :
         {Severity::Critical, Severity::Major, Severity::Minor, Severity::Warning, Severity::Indeterminate}) {
        auto *set = new QBarSet(severityLabel(severity), ageSeries);
        set->setColor(Palette::severity(severity));
        set->setBorderColor(Palette::severity(severity));
        for (int bucket = 0; bucket < IncidentSummary::AgeBucketCount; ++bucket)
            set->append(0);
        connect(set, &QBarSet::clicked, this, [this, severity] { emit incidentsRequested(int(severity)); });
        ageSeries->append(set);
        m_ageSets.append(set);
    }
    m_ageChart->addSeries(ageSeries);
    auto *ageAxis = new QBarCategoryAxis(m_ageChart);
    QStringList buckets;
    for (int bucket = 0; bucket < IncidentSummary::AgeBucketCount; ++bucket)
        buckets.append(IncidentSummary::ageBucketLabel(bucket));
    ageAxis->setCategories(buckets);
    m_ageValueAxis = new QValueAxis(m_ageChart);
    m_ageValueAxis->setLabelFormat(QStringLiteral("%d"));
    m_ageChart->addAxis(ageAxis, Qt::AlignBottom);
    m_ageChart->addAxis(m_ageValueAxis, Qt::AlignLeft);
    ageSeries->attachAxis(ageAxis);
    ageSeries->attachAxis(m_ageValueAxis);

    auto *charts = new QGridLayout;
    charts->setSpacing(12);
    charts->addWidget(makeChartView(m_trendChart, this), 0, 0, 1, 2);
    charts->addWidget(makeChartView(m_typesChart, this), 1, 0);
    charts->addWidget(makeChartView(m_ageChart, this), 1, 1);
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);

    auto *body = new QVBoxLayout;
    body->setContentsMargins(16, 4, 16, 16);
    body->setSpacing(12);
    body->addLayout(fleetTiles);
    body->addLayout(responseTiles);
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

QWidget *DashboardPage::makeTile(const QString &title, QLabel **value, QLabel **detail, const QColor &colour,
                                 const QString &linkHint, std::function<void()> activate)
{
    auto *tile = new LinkTile(std::move(activate), this);
    tile->setObjectName(u"dashboardTile"_s);
    tile->setFrameShape(QFrame::StyledPanel);
    // Keep the style to this frame: a bare "QFrame" selector would also frame the labels inside it.
    tile->setStyleSheet(u"QFrame#dashboardTile { border-left: 4px solid %1; border-radius: 4px; "
                        u"background: palette(base); }"
                        u"QFrame#dashboardTile:focus { border: 1px solid palette(highlight); "
                        u"border-left: 4px solid %1; }"_s.arg(colour.name()));
    tile->setToolTip(linkHint);
    tile->setAccessibleName(title);
    tile->setAccessibleDescription(linkHint);
    auto *caption = new QLabel(title, tile);
    caption->setForegroundRole(QPalette::PlaceholderText);
    *value = new QLabel(QStringLiteral("–"), tile);
    QFont font = (*value)->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    (*value)->setFont(font);
    (*value)->setAccessibleName(title);
    *detail = new QLabel(tile);
    (*detail)->setForegroundRole(QPalette::PlaceholderText);
    (*detail)->setAccessibleName(tr("%1, details").arg(title));
    QFont small = (*detail)->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    (*detail)->setFont(small);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(caption);
    layout->addWidget(*value);
    layout->addWidget(*detail);
    return tile;
}

void DashboardPage::setIncidents(const IncidentListModel *incidents)
{
    m_incidents = incidents;
    if (incidents)
        connect(incidents, &IncidentListModel::incidentsChanged, this, &DashboardPage::refreshIncidents,
                Qt::UniqueConnection);
    refreshIncidents();
}

void DashboardPage::setCampaignSummary(const CampaignSummary &summary)
{
    m_campaigns = summary;
    m_campaignsKnown = true;
    refreshCampaigns();
}

void DashboardPage::refresh()
{
    refreshHealth();
    refreshTrend();
    refreshTopTypes();
    refreshIncidents();
    refreshCampaigns();
}

void DashboardPage::refreshHealth()
{
    const DeviceTable &table = m_devices->table();
    qsizetype online = 0, offline = 0, atRisk = 0, quarantined = 0, safetyQuarantined = 0;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        const DeviceStatus status = table.status(row);
        online += status == DeviceStatus::Online;
        offline += status == DeviceStatus::Offline || status == DeviceStatus::Disabled;
        atRisk += table.risk(row) >= AtRiskThreshold;
        const bool isolated = table.quarantine(row) != QuarantineLevel::None;
        quarantined += isolated;
        safetyQuarantined += isolated && table.safetyCritical(row);
    }
    const QLocale locale;
    const qsizetype total = table.rowCount();
    m_online->setText(locale.toString(online));
    m_onlineDetail->setText(total > 0 ? tr("%1% of %2 devices")
                                            .arg(locale.toString(100.0 * double(online) / double(total), 'f', 1),
                                                 locale.toString(total))
                                      : tr("no devices yet"));
    m_offline->setText(locale.toString(offline));
    m_offlineDetail->setText(tr("offline or disabled"));
    m_atRisk->setText(locale.toString(atRisk));
    m_atRiskDetail->setText(tr("risk score ≥ %1").arg(AtRiskThreshold));
    m_quarantined->setText(locale.toString(quarantined));
    m_quarantinedDetail->setText(tr("%n safety-critical", nullptr, int(safetyQuarantined)));

    // The rate over the last ten seconds of refreshes; a minute leaving the hour's window can make the count fall,
    // which is not a negative rate.
    if (!m_clock.isValid())
        m_clock.start();
    const qint64 nowMs = m_clock.elapsed();
    m_rateSamples.emplace_back(nowMs, m_statistics->totalInWindow());
    while (m_rateSamples.size() > 2 && nowMs - m_rateSamples.front().first > RateWindowMs)
        m_rateSamples.pop_front();
    const auto &[firstMs, firstTotal] = m_rateSamples.front();
    const qint64 spanMs = nowMs - firstMs;
    const double rate = spanMs > 0 ? std::max(0.0, double(m_rateSamples.back().second - firstTotal) * 1000.0
                                                       / double(spanMs))
                                   : 0.0;
    m_rate->setText(spanMs > 0 ? locale.toString(rate, 'f', rate < 100 ? 1 : 0) : QStringLiteral("–"));
    m_rateDetail->setText(tr("%1 in the last hour").arg(locale.toString(m_statistics->totalInWindow())));
}

void DashboardPage::refreshIncidents()
{
    if (m_incidents)
        m_incidentSummary = IncidentSummary::compute(m_incidents->rows(), QDateTime::currentDateTimeUtc());
    else
        m_incidentSummary = IncidentSummary();
    const QLocale locale;
    const bool known = !m_incidents.isNull();
    for (qsizetype i = 0; i < m_openBySeverity.size(); ++i) {
        const auto severity = std::size_t(TileSeverities.at(std::size_t(i)));
        const int open = m_incidentSummary.openBySeverity[severity];
        m_openBySeverity.at(i)->setText(known ? locale.toString(open) : QStringLiteral("–"));
        // The oldest age bucket holding an incident of this severity tells how long it has been left.
        int oldest = -1;
        for (int bucket = 0; bucket < IncidentSummary::AgeBucketCount; ++bucket)
            if (m_incidentSummary.openByAge[std::size_t(bucket)][severity] > 0)
                oldest = bucket;
        m_openBySeverityDetail.at(i)->setText(
            open == 0 ? tr("none open") : tr("open · oldest %1").arg(IncidentSummary::ageBucketLabel(oldest)));
    }
    m_mtta->setText(IncidentSummary::durationText(m_incidentSummary.meanSecondsToAcknowledge));
    m_mttaDetail->setText(tr("%1 open, %2 not acknowledged")
                              .arg(locale.toString(m_incidentSummary.open),
                                   locale.toString(m_incidentSummary.newOpen)));
    m_mttr->setText(IncidentSummary::durationText(m_incidentSummary.meanSecondsToResolve));
    m_mttrDetail->setText(tr("%n resolved", nullptr, m_incidentSummary.resolved));

    int maximum = 0;
    for (int set = 0; set < m_ageSets.size(); ++set) {
        QList<qreal> values;
        for (int bucket = 0; bucket < IncidentSummary::AgeBucketCount; ++bucket)
            values.append(m_incidentSummary.openByAge[std::size_t(bucket)][std::size_t(set)]);
        QBarSet *barSet = m_ageSets.at(set);
        bool same = barSet->count() == values.size();
        for (int bucket = 0; same && bucket < values.size(); ++bucket)
            same = barSet->at(bucket) == values.at(bucket);
        if (!same) {
            barSet->remove(0, barSet->count());
            barSet->append(values);
        }
    }
    for (const auto &bucket : m_incidentSummary.openByAge) {
        int total = 0;
        for (const int count : bucket)
            total += count;
        maximum = std::max(maximum, total);
    }
    m_ageValueAxis->setRange(0, std::max(5, maximum + maximum / 10 + 1));
    m_ageValueAxis->applyNiceNumbers();
}

void DashboardPage::refreshCampaigns()
{
    const QLocale locale;
    if (!m_campaignsKnown) {
        m_campaignsValue->setText(QStringLiteral("–"));
        m_campaignsDetail->setText(tr("no backend connected"));
        return;
    }
    m_campaignsValue->setText(locale.toString(m_campaigns.active));
    QStringList parts;
    if (const auto percent = m_campaigns.percentDone())
        parts.append(tr("%1% updated").arg(locale.toString(*percent, 'f', 0)));
    if (m_campaigns.halted > 0)
        parts.append(tr("%n halted", nullptr, m_campaigns.halted));
    if (m_campaigns.devicesFailed > 0)
        parts.append(tr("%1 failed").arg(locale.toString(m_campaigns.devicesFailed)));
    m_campaignsDetail->setText(m_campaigns.active == 0 ? tr("none in progress")
                                                       : tr("active · %1").arg(parts.join(u" · "_s)));
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
    const QString from = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(m_statistics->minuteStartMs(0)).toLocalTime().time(), QLocale::ShortFormat);
    m_trendChart->setTitle(tr("Events per minute by severity, %1 until now").arg(from));
    m_trendAxisY->setRange(0, std::max<qint64>(10, maximum + maximum / 10));
    m_trendAxisY->applyNiceNumbers();
}

void DashboardPage::openTypeBar(int index)
{
    if (index >= 0 && index < m_shownTypes.size())
        emit threatTypeRequested(m_shownTypes.at(index));
    else
        emit pageRequested(u"threats"_s);
}

void DashboardPage::refreshTopTypes()
{
    const auto top = m_statistics->topTypes(6);
    m_typesSeries->clear();
    QStringList categories;
    auto *set = new QBarSet(tr("Events"));
    set->setColor(Palette::severity(Severity::Warning));
    qint64 maximum = 0;
    m_shownTypes.clear();
    // Horizontal bars draw bottom-up; reverse so the most frequent type is on top.
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        m_shownTypes.append(it->first);
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
