#include "CampaignWindowsPanel.h"

#include "RecordTable.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <map>

namespace warden {

CampaignWindowsPanel::CampaignWindowsPanel(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this))
{
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Maintenance windows"));
    m_table->setHorizontalHeaderLabels({tr("Site"), tr("Window"), tr("Time zone"), tr("Waiting"), tr("Opens next")});
    setUpRecordTable(m_table, tr("Maintenance windows per site"), QAbstractItemView::NoSelection);
    // A handful of rows in a side panel: every column as wide as its text, the site name takes what is left.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SiteColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createSectionTitle(tr("Maintenance windows"), this));
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    clear();
}

QString CampaignWindowsPanel::windowText(const CampaignWindow &window)
{
    if (window.allDay())
        return tr("all day");
    const QString text =
        window.start.toString(QStringLiteral("HH:mm")) + u'–' + window.end.toString(QStringLiteral("HH:mm"));
    return window.end < window.start ? tr("%1 (over midnight)").arg(text) : text;
}

QString CampaignWindowsPanel::opensText(const QDateTime &nextOpen, const QString &zone)
{
    if (!nextOpen.isValid())
        return tr("open now");
    const QTimeZone timeZone(zone.toUtf8());
    const QDateTime local = timeZone.isValid() ? nextOpen.toTimeZone(timeZone) : nextOpen.toUTC();
    return QLocale().toString(local, QStringLiteral("ddd d MMM HH:mm"));
}

QString CampaignWindowsPanel::summary() const
{
    return m_summary->text();
}

void CampaignWindowsPanel::clear()
{
    m_table->setRowCount(0);
    m_table->hide();
    m_summary->setText(tr("No maintenance windows."));
}

void CampaignWindowsPanel::setCampaign(const Campaign &campaign, const QHash<QString, QString> &siteNames)
{
    // One row per site with its own window or with devices waiting, ordered by site id.
    struct Row {
        CampaignWindow window;
        bool siteWindow = false;
        const CampaignWindowWait *wait = nullptr;
    };
    std::map<QString, Row> rows;
    for (auto it = campaign.siteWindows.constBegin(); it != campaign.siteWindows.constEnd(); ++it)
        rows[it.key()] = Row{it.value(), true, nullptr};
    int waiting = 0;
    for (const CampaignWindowWait &wait : campaign.windowWaits) {
        Row &row = rows[wait.siteId];
        row.window = wait.window;
        row.siteWindow = wait.siteWindow;
        row.wait = &wait;
        waiting += wait.waiting;
    }

    QString text;
    if (campaign.defaultWindow)
        text = tr("Default window %1, in each site's own time zone.").arg(windowText(*campaign.defaultWindow));
    else
        text = tr("The backend did not say which default window this campaign keeps.");
    if (!campaign.siteWindows.isEmpty())
        text += u' ' + tr("%n site(s) have their own window.", nullptr, int(campaign.siteWindows.size()));
    if (waiting > 0)
        text += u' ' + tr("%n device(s) wait for a window to open.", nullptr, waiting);
    else if (campaign.state == CampaignState::Running || campaign.state == CampaignState::Paused)
        text += u' ' + tr("No device is waiting for a window.");
    m_summary->setText(text);

    m_table->setRowCount(int(rows.size()));
    int r = 0;
    for (const auto &[siteId, row] : rows) {
        const QString name = siteNames.value(siteId);
        const QString site = name.isEmpty() || name == siteId ? siteId : tr("%1 (%2)").arg(name, siteId);
        const QString window = row.siteWindow ? tr("%1 · own").arg(windowText(row.window))
                                              : tr("%1 · default").arg(windowText(row.window));
        QString zone = row.window.timeZone;
        if (zone.isEmpty())
            zone = tr("the site's zone");
        const QString waitingText = row.wait ? QString::number(row.wait->waiting) : QStringLiteral("0");
        const QString opens = row.wait ? opensText(row.wait->nextOpen, row.window.timeZone) : QStringLiteral("—");
        const QStringList cells{site, window, zone, waitingText, opens};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == WaitingColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == OpensColumn && row.wait)
                item->setToolTip(tr("When the window opens next at %1, in the backend's simulated time").arg(site));
            m_table->setItem(r, c, item);
        }
        ++r;
    }
    m_table->setVisible(!rows.empty());
}

} // namespace warden
