#pragma once

#include "domain/Campaign.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace warden {

// The running campaign's maintenance windows, under its progress chart: the default window (read in each site's
// own zone), then one row per site that has its own window or has devices waiting: the window, the zone it is read
// in, whether it is the site's own, how many devices wait and when it opens next (in the site's zone, as the backend
// computed it in its simulated time). Shows what the campaign carries; it does not read anything itself.
class CampaignWindowsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignWindowsPanel)
public:
    enum Column { SiteColumn, WindowColumn, ZoneColumn, WaitingColumn, OpensColumn, ColumnCount };

    explicit CampaignWindowsPanel(QWidget *parent = nullptr);

    // siteNames: site id -> name, shown beside the id when known.
    void setCampaign(const Campaign &campaign, const QHash<QString, QString> &siteNames = {});
    void clear();

    // "22:00–04:00", "all day".
    static QString windowText(const CampaignWindow &window);
    // When a window opens next, in zone ("Thu 26 Nov 22:00"); "open now" when invalid.
    static QString opensText(const QDateTime &nextOpen, const QString &zone);

    QString summary() const;          // the line above the table
    QTableWidget *table() const { return m_table; }

private:
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace warden
