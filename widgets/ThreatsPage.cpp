#include "ThreatsPage.h"

#include "EmptyStatePage.h"
#include "PageHeader.h"
#include "ThreatFeedFilterModel.h"
#include "ThreatFeedModel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace warden {

namespace {
const QKeySequence FollowShortcut(Qt::ControlModifier | Qt::Key_Space);
} // namespace

ThreatsPage::ThreatsPage(ThreatFeedModel *feed, QWidget *parent)
    : QWidget(parent),
      m_feed(feed),
      m_filter(new ThreatFeedFilterModel(this)),
      m_header(new PageHeader(tr("Threats"), this)),
      m_follow(new QToolButton(this)),
      m_severity(new QComboBox(this)),
      m_type(new QComboBox(this)),
      m_search(new QLineEdit(this)),
      m_body(new QStackedWidget(this)),
      m_view(new QTableView(this)),
      m_details(new QTextBrowser(this)),
      m_reviewAdmission(new QAction(tr("Review admission request"), this)),
      m_admissionResult(new QLabel(this))
{
    m_filter->setSourceModel(m_feed);
    m_header->setSubtitle(tr("Live events from every connected backend, newest first"));

    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_follow->setShortcut(FollowShortcut);
    m_follow->setAccessibleName(tr("Follow or pause the feed"));
    connect(m_follow, &QToolButton::toggled, this, [this](bool following) {
        m_feed->setFollowing(following);
        updateFollowButton();
    });
    connect(m_feed, &ThreatFeedModel::pendingCountChanged, this, &ThreatsPage::updateFollowButton);

    m_severity->setAccessibleName(tr("Minimum severity"));
    m_severity->addItem(tr("All severities"), int(Severity::Indeterminate));
    for (Severity severity : {Severity::Critical, Severity::Major, Severity::Minor, Severity::Warning})
        m_severity->addItem(tr("%1 and above").arg(severityLabel(severity)), int(severity));
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMinimumSeverity(Severity(m_severity->currentData().toInt())); });

    m_type->setAccessibleName(tr("Threat type"));
    m_type->addItem(tr("All types"), -1);
    for (int type = int(ThreatType::PortScan); type <= int(ThreatType::Anomaly); ++type)
        m_type->addItem(threatTypeLabel(ThreatType(type)), type);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const int type = m_type->currentData().toInt();
        m_filter->setTypes(type < 0 ? QSet<ThreatType>{} : QSet<ThreatType>{ThreatType(type)});
    });

    m_search->setPlaceholderText(tr("Device, source or destination"));
    m_search->setAccessibleName(tr("Search the feed"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    connect(m_search, &QLineEdit::textChanged, m_filter, &ThreatFeedFilterModel::setText);

    m_header->addStretch();
    m_header->addControl(m_search);
    m_header->addControl(m_severity);
    m_header->addControl(m_type);
    m_header->addControl(m_follow);

    m_view->setModel(m_filter);
    m_view->setAccessibleName(tr("Threat events"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    const int unit = fontMetrics().averageCharWidth();
    for (const auto &[column, chars] : {std::pair{ThreatFeedModel::TimeColumn, 13}, {ThreatFeedModel::SeverityColumn, 17},
                                       {ThreatFeedModel::TypeColumn, 22}, {ThreatFeedModel::DeviceColumn, 16},
                                       {ThreatFeedModel::SourceColumn, 16}, {ThreatFeedModel::DestinationColumn, 16},
                                       {ThreatFeedModel::BackendColumn, 10}})
        m_view->setColumnWidth(column, chars * unit + 16);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDetails(current); });

    m_details->setAccessibleName(tr("Event details"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select an event to see all its fields and the raw event."));

    m_reviewAdmission->setToolTip(tr("Open the join request of this device on the Identity page"));
    m_reviewAdmission->setVisible(false);
    connect(m_reviewAdmission, &QAction::triggered, this, &ThreatsPage::reviewAdmission);
    // The row's context menu offers what the details pane offers.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_reviewAdmission);
    auto *reviewButton = new QToolButton(this);
    reviewButton->setDefaultAction(m_reviewAdmission);
    reviewButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_admissionResult->setWordWrap(true);
    m_admissionResult->setAccessibleName(tr("Admission review result"));
    m_admissionResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_admissionResult->hide();
    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addWidget(reviewButton, 0, Qt::AlignLeft);
    detailsLayout->addWidget(m_admissionResult);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 340});

    m_body->addWidget(new EmptyStatePage(tr("No events yet"),
        tr("The feed is live: events appear here as soon as a connected backend reports them."), m_body));
    m_body->addWidget(splitter);
    connect(m_feed, &QAbstractItemModel::rowsInserted, this, &ThreatsPage::updateEmptyState);
    connect(m_feed, &QAbstractItemModel::modelReset, this, &ThreatsPage::updateEmptyState);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_body, 1);
    updateFollowButton();
    updateEmptyState();
}

void ThreatsPage::showType(ThreatType type)
{
    const int index = m_type->findData(int(type));
    if (index >= 0)
        m_type->setCurrentIndex(index);
}

void ThreatsPage::setAdmissionReview(AdmissionReview review)
{
    m_review = std::move(review);
    showDetails(m_view->currentIndex());
}

void ThreatsPage::reviewAdmission()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_review || !current.isValid())
        return;
    const int row = m_filter->mapToSource(current).row();
    const ThreatEvent event = m_feed->eventAt(row);
    if (event.type != ThreatType::UnknownDevice)
        return;
    const QString message = m_review(m_feed->backendAt(row), event);
    m_admissionResult->setText(message);
    m_admissionResult->setVisible(!message.isEmpty());
}

void ThreatsPage::updateFollowButton()
{
    if (m_feed->isFollowing()) {
        m_follow->setText(tr("● Following"));
        m_follow->setToolTip(tr("New events appear at the top. Click to pause (Ctrl+Space)."));
    } else {
        const qsizetype pending = m_feed->pendingCount();
        m_follow->setText(tr("⏸ Paused — %n new", nullptr, int(std::min<qsizetype>(pending, INT_MAX))));
        m_follow->setToolTip(tr("Nothing is lost while paused. Click to show the new events (Ctrl+Space)."));
    }
    // setText() replaces a button's shortcut with the text's mnemonic (none here): put Ctrl+Space back every time.
    m_follow->setShortcut(FollowShortcut);
}

void ThreatsPage::updateEmptyState()
{
    m_body->setCurrentIndex(m_feed->rowCount() > 0 ? 1 : 0);
}

void ThreatsPage::showDetails(const QModelIndex &proxyIndex)
{
    m_admissionResult->clear();
    m_admissionResult->hide();
    if (!proxyIndex.isValid()) {
        m_reviewAdmission->setVisible(false);
        m_details->clear();
        return;
    }
    const QModelIndex source = m_filter->mapToSource(proxyIndex);
    const ThreatEvent event = m_feed->eventAt(source.row());
    m_reviewAdmission->setVisible(m_review && event.type == ThreatType::UnknownDevice);
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(threatTypeLabel(event.type).toHtmlEscaped());
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Severity"), severityLabel(event.severity));
    row(tr("Time"), locale.toString(event.time.toLocalTime(), QLocale::LongFormat));
    row(tr("Device"), event.deviceId);
    row(tr("Source"), event.source);
    row(tr("Destination"), event.destination);
    row(tr("Backend"), m_feed->backendAt(source.row()));
    row(tr("Sequence"), locale.toString(event.seq));
    for (auto it = event.details.constBegin(); it != event.details.constEnd(); ++it)
        row(it.key(), it.value().toVariant().toString());
    html += QStringLiteral("</table><h4>%1</h4><pre>%2</pre>")
                .arg(tr("Raw event"), source.data(ThreatFeedModel::EventJsonRole).toString().toHtmlEscaped());
    m_details->setHtml(html);
}

} // namespace warden
