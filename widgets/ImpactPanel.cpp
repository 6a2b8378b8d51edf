#include "ImpactPanel.h"

#include "SeverityPalette.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {
enum DeviceColumn { NameColumn, SiteColumn, PathColumn, FlagsColumn, DeviceColumnCount };
// Names listed in the panel's text before "and N more"; the device list and the export have them all.
constexpr qsizetype ListedNames = 8;

QString shortList(const QStringList &names)
{
    if (names.size() <= ListedNames)
        return names.join(u", "_s);
    return ImpactPanel::tr("%1 and %n more", nullptr, int(names.size() - ListedNames))
        .arg(names.first(ListedNames).join(u", "_s));
}
} // namespace

ImpactPanel::ImpactPanel(QWidget *parent)
    : QWidget(parent),
      m_summary(new QLabel(this)),
      m_critical(new QLabel(this)),
      m_devices(new QTreeWidget(this)),
      m_context(new QLabel(this)),
      m_copy(new QPushButton(tr("Copy summary"), this)),
      m_export(new QPushButton(tr("Export…"), this)),
      m_showOnTopology(new QPushButton(tr("Show on topology"), this))
{
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Impact summary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    // Safety first: the devices that can hurt someone are named above everything else, in red with a sign.
    m_critical->setWordWrap(true);
    m_critical->setAccessibleName(tr("Safety-critical devices affected"));
    m_critical->setStyleSheet(u"QLabel { background: #fdecea; border: 1px solid %1; border-radius: 4px; "
                              u"padding: 6px 8px; color: #5f1111; }"_s
                                  .arg(Palette::severity(Severity::Critical).name()));
    m_critical->hide();

    m_devices->setAccessibleName(tr("Affected and reachable devices"));
    m_devices->setColumnCount(DeviceColumnCount);
    m_devices->setHeaderLabels({tr("Device"), tr("Site"), tr("How"), tr("Flags")});
    m_devices->setRootIsDecorated(false);
    m_devices->setUniformRowHeights(true);
    m_devices->setAlternatingRowColors(true);
    m_devices->setMinimumHeight(fontMetrics().height() * 9);
    // The path names gateways, which have long names: it takes the room left.
    m_devices->header()->setStretchLastSection(false);
    m_devices->header()->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    const int unit = fontMetrics().averageCharWidth();
    m_devices->setColumnWidth(NameColumn, 18 * unit);
    m_devices->setColumnWidth(SiteColumn, 16 * unit);
    m_devices->setColumnWidth(FlagsColumn, 17 * unit);

    m_context->setWordWrap(true);
    m_context->setTextFormat(Qt::RichText);
    m_context->setAccessibleName(tr("Sites, services and people affected"));

    m_copy->setAccessibleName(tr("Copy the impact summary"));
    m_export->setAccessibleName(tr("Export the impact as a file"));
    connect(m_copy, &QPushButton::clicked, this, &ImpactPanel::copyToClipboard);
    connect(m_export, &QPushButton::clicked, this, &ImpactPanel::exportToFile);
    m_showOnTopology->setAccessibleName(tr("Show the impact on the topology"));
    connect(m_showOnTopology, &QPushButton::clicked, this, [this] {
        if (m_report)
            emit showOnTopologyRequested(*m_report);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showOnTopology);
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_critical);
    layout->addWidget(m_devices, 1);
    layout->addWidget(m_context);
    layout->addLayout(buttons);
    setMessage(tr("Select an incident to see what it affects."));
}

void ImpactPanel::setMessage(const QString &message)
{
    m_report.reset();
    m_summary->setText(message);
    m_critical->hide();
    m_devices->clear();
    m_context->clear();
    m_copy->setEnabled(false);
    m_export->setEnabled(false);
    m_showOnTopology->setEnabled(false);
}

void ImpactPanel::setReport(const std::optional<ImpactReport> &report)
{
    if (!report) {
        setMessage(tr("The topology is not known yet: the impact appears once sites, gateways and devices are "
                      "synchronised."));
        return;
    }
    m_report = report;
    m_summary->setText(report->summary());

    QStringList critical;
    for (const ImpactReport::DeviceLine &device : report->devices)
        if (device.safetyCritical)
            critical.append(device.name);
    m_critical->setText(tr("⚠ Safety-critical: %1").arg(shortList(critical)));
    m_critical->setVisible(!critical.isEmpty());

    m_devices->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(report->devices.size());
    for (const ImpactReport::DeviceLine &device : report->devices) {
        auto *item = new QTreeWidgetItem;
        item->setText(NameColumn, device.name);
        item->setToolTip(NameColumn, device.id);
        item->setText(SiteColumn, device.siteName);
        item->setText(PathColumn, device.hops == 0 ? tr("affected")
                                                   : tr("%n hop(s) via %1", nullptr, device.hops).arg(device.via));
        QStringList flags;
        if (device.safetyCritical)
            flags.append(tr("⚠ safety-critical"));
        if (device.quarantined)
            flags.append(tr("quarantined"));
        item->setText(FlagsColumn, flags.join(u", "_s));
        if (device.safetyCritical) {
            for (int column = 0; column < DeviceColumnCount; ++column)
                item->setForeground(column, Palette::severity(Severity::Critical));
            QFont font = item->font(NameColumn);
            font.setBold(true);
            item->setFont(NameColumn, font);
        } else if (device.quarantined) {
            item->setForeground(FlagsColumn, Palette::quarantined());
        }
        items.append(item);
    }
    m_devices->addTopLevelItems(items);

    const auto list = [](const QStringList &values, const QString &none) {
        return values.isEmpty() ? none : shortList(values).toHtmlEscaped();
    };
    QString html = u"<table cellspacing=3>"_s;
    const auto row = [&html](const QString &label, const QString &value) {
        html += u"<tr><td valign=top><b>%1</b></td><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(), value);
    };
    row(tr("Sites"), list(report->siteNames, tr("none")));
    row(tr("Gateways"), list(report->gatewayNames, tr("none crossed")));
    row(tr("Services and data"), list(report->services, tr("no active licence")));
    row(tr("People"), report->peopleMasked
                          ? tr("%n owner(s); names hidden for your role", nullptr, report->peopleCount).toHtmlEscaped()
                          : list(report->peopleNames, tr("none recorded")));
    if (!report->unknownDevices.isEmpty())
        row(tr("Not in topology"), list(report->unknownDevices, {}));
    html += u"</table>"_s;
    m_context->setText(html);
    m_copy->setEnabled(true);
    m_export->setEnabled(true);
    m_showOnTopology->setEnabled(!report->devices.isEmpty());
}

void ImpactPanel::copyToClipboard()
{
    if (m_report)
        QApplication::clipboard()->setText(m_report->toText());
}

void ImpactPanel::exportToFile()
{
    if (!m_report)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export impact"),
                                                      m_report->incidentId.isEmpty() ? u"impact-selection.json"_s
                                                          : u"impact-%1.json"_s.arg(m_report->incidentId),
                                                      tr("JSON (*.json);;Text (*.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_summary->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray bytes = path.endsWith(u".txt"_s, Qt::CaseInsensitive)
                                 ? m_report->toText().toUtf8()
                                 : QJsonDocument(m_report->toJson()).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size())
        m_summary->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
}

} // namespace warden
