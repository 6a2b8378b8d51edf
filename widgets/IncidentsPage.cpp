#include "IncidentsPage.h"

#include "ActionResultLabel.h"
#include "EmptyStatePage.h"
#include "ImpactPanel.h"
#include "IncidentActions.h"
#include "IncidentFilterModel.h"
#include "IncidentListModel.h"
#include "IncidentTimelineModel.h"
#include "PageHeader.h"
#include "RecordTable.h"
#include "ReportActions.h"
#include "SeverityPalette.h"
#include "ThreatFeedModel.h"
#include "analysis/IncidentStateMachine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

enum StateFilterItem { OpenItem = -1, AllItem = -2 };
enum AssigneeFilterItem { AnyoneItem, MineItem, UnassignedItem };

} // namespace

IncidentsPage::IncidentsPage(IncidentListModel *incidents, IncidentActions *actions, QWidget *parent)
    : QWidget(parent),
      m_incidents(incidents),
      m_actions(actions),
      m_filter(new IncidentFilterModel(this)),
      m_timeline(new IncidentTimelineModel(this)),
      m_header(new PageHeader(tr("Incidents"), this)),
      m_search(new QLineEdit(this)),
      m_stateFilter(new QComboBox(this)),
      m_severityFilter(new QComboBox(this)),
      m_assigneeFilter(new QComboBox(this)),
      m_body(new QStackedWidget(this)),
      m_view(new QTableView(this)),
      m_detailStack(new QStackedWidget(this)),
      m_title(new QLabel(this)),
      m_facts(new QLabel(this)),
      m_acknowledge(new QPushButton(tr("Acknowledge"), this)),
      m_assignee(new QComboBox(this)),
      m_assign(new QPushButton(tr("Assign"), this)),
      m_targetState(new QComboBox(this)),
      m_stateNote(new QLineEdit(this)),
      m_changeState(new QPushButton(tr("Change state"), this)),
      m_note(new QPlainTextEdit(this)),
      m_addNote(new QPushButton(tr("Add note"), this)),
      m_result(new ActionResultLabel(this)),
      m_exportReport(new QPushButton(tr("Export report…"), this)),
      m_exportPersonal(new QCheckBox(tr("With personal data"), this)),
      m_tabs(new QTabWidget(this)),
      m_timelineView(new QTableView(this)),
      m_impact(new ImpactPanel(this))
{
    m_filter->setSourceModel(m_incidents);
    buildFilters();

    // Connected before the view's selection model exists, so this runs first when rows go.
    // An incident the filter hides after an action (e.g. resolved while only open ones are listed) stays on show:
    // the operator sees the result instead of the details jumping to a neighbour.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                const QModelIndex current = m_view->currentIndex();
                if (current.isValid() && current.row() >= first && current.row() <= last)
                    m_holdSelection = true;
            });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_holdSelection)
            return;
        m_view->selectionModel()->clear();
        m_holdSelection = false;
    });
    m_view->setModel(m_filter);
    setUpRecordTable(m_view, tr("Incidents"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(IncidentListModel::SeverityColumn, Qt::AscendingOrder);
    const int unit = fontMetrics().averageCharWidth();
    for (const auto &[column, chars] : {std::pair{IncidentListModel::SeverityColumn, 11},
                                       {IncidentListModel::TitleColumn, 34}, {IncidentListModel::StateColumn, 14},
                                       {IncidentListModel::AssigneeColumn, 12}, {IncidentListModel::DevicesColumn, 18},
                                       {IncidentListModel::SiteColumn, 16}, {IncidentListModel::AgeColumn, 12},
                                       {IncidentListModel::UpdatedColumn, 12}})
        m_view->setColumnWidth(column, chars * unit + 16);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IncidentsPage::onCurrentChanged);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(buildDetails());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({800, 560});

    m_body->addWidget(new EmptyStatePage(tr("No incidents"),
                                         tr("The feed is live; incidents appear when events correlate on a device "
                                            "or site."),
                                         m_body));
    m_body->addWidget(splitter);

    connect(m_incidents, &IncidentListModel::incidentsChanged, this, &IncidentsPage::onIncidentsChanged);
    connect(m_incidents, &QAbstractItemModel::modelReset, this, &IncidentsPage::onIncidentsChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_body, 1);
    onIncidentsChanged();
    updateActions();
}

void IncidentsPage::buildFilters()
{
    m_header->setSubtitle(tr("Correlated threats from every connected backend"));
    m_search->setPlaceholderText(tr("Title, device, site or id"));
    m_search->setAccessibleName(tr("Search incidents"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    connect(m_search, &QLineEdit::textChanged, m_filter, &IncidentFilterModel::setText);

    m_stateFilter->setAccessibleName(tr("State"));
    m_stateFilter->addItem(tr("Open"), int(OpenItem));
    m_stateFilter->addItem(tr("All states"), int(AllItem));
    for (const IncidentState state : enumValues<IncidentState>())
        m_stateFilter->addItem(incidentStateLabel(state), int(state));
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_stateFilter->currentData().toInt();
        if (value == OpenItem)
            m_filter->setOpenOnly();
        else if (value == AllItem)
            m_filter->setAllStates();
        else
            m_filter->setState(IncidentState(value));
    });

    m_severityFilter->setAccessibleName(tr("Severity"));
    m_severityFilter->addItem(tr("All severities"), -1);
    for (const Severity severity : {Severity::Critical, Severity::Major, Severity::Minor, Severity::Warning,
                                    Severity::Indeterminate})
        m_severityFilter->addItem(severityLabel(severity), int(severity));
    connect(m_severityFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_severityFilter->currentData().toInt();
        m_filter->setSeverity(value < 0 ? std::nullopt : std::optional<Severity>(Severity(value)));
    });

    m_assigneeFilter->setAccessibleName(tr("Assignee"));
    m_assigneeFilter->addItem(tr("Anyone"), int(AnyoneItem));
    m_assigneeFilter->addItem(tr("Assigned to me"), int(MineItem));
    m_assigneeFilter->addItem(tr("Unassigned"), int(UnassignedItem));
    connect(m_assigneeFilter, &QComboBox::currentIndexChanged, this, [this] {
        switch (m_assigneeFilter->currentData().toInt()) {
        case MineItem: m_filter->setAssignee(m_actions->operatorName(m_backend)); break;
        case UnassignedItem: m_filter->setAssignee(QString()); break;
        default: m_filter->setAssignee(std::nullopt); break;
        }
    });

    m_header->addStretch();
    m_header->addControl(m_search);
    m_header->addControl(m_stateFilter);
    m_header->addControl(m_severityFilter);
    m_header->addControl(m_assigneeFilter);
}

QWidget *IncidentsPage::buildDetails()
{
    auto *details = new QWidget(this);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setAccessibleName(tr("Incident title"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_facts->setAccessibleName(tr("Incident facts"));
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_acknowledge->setAccessibleName(tr("Acknowledge the incident"));
    connect(m_acknowledge, &QPushButton::clicked, this, &IncidentsPage::acknowledgeSelected);

    m_assignee->setEditable(true);
    m_assignee->setAccessibleName(tr("Assignee"));
    m_assignee->setMinimumWidth(120);
    m_assignee->lineEdit()->setPlaceholderText(tr("Operator"));
    m_assign->setAccessibleName(tr("Assign the incident"));
    connect(m_assign, &QPushButton::clicked, this, &IncidentsPage::assignSelected);
    connect(m_assignee, &QComboBox::editTextChanged, this, &IncidentsPage::updateActions);

    m_targetState->setAccessibleName(tr("Next state"));
    m_targetState->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stateNote->setAccessibleName(tr("Note for the state change"));
    m_changeState->setAccessibleName(tr("Change the incident's state"));
    connect(m_targetState, &QComboBox::currentIndexChanged, this, &IncidentsPage::updateActions);
    connect(m_stateNote, &QLineEdit::textChanged, this, &IncidentsPage::updateActions);
    connect(m_stateNote, &QLineEdit::returnPressed, this, &IncidentsPage::changeStateOfSelected);
    connect(m_changeState, &QPushButton::clicked, this, &IncidentsPage::changeStateOfSelected);

    m_note->setAccessibleName(tr("New note"));
    m_note->setPlaceholderText(tr("What you found or did. Notes written while offline are kept and sent later."));
    m_note->setFixedHeight(fontMetrics().height() * 3 + 12);
    m_addNote->setAccessibleName(tr("Add the note to the incident"));
    connect(m_note, &QPlainTextEdit::textChanged, this, &IncidentsPage::updateActions);
    connect(m_addNote, &QPushButton::clicked, this, &IncidentsPage::addNoteToSelected);

    auto *assignRow = new QHBoxLayout;
    assignRow->addWidget(m_acknowledge);
    assignRow->addSpacing(12);
    assignRow->addWidget(new QLabel(tr("Assign to"), details));
    assignRow->addWidget(m_assignee, 1);
    assignRow->addWidget(m_assign);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(new QLabel(tr("Move to"), details));
    stateRow->addWidget(m_targetState);
    stateRow->addWidget(m_stateNote, 1);
    stateRow->addWidget(m_changeState);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote, 0, Qt::AlignBottom);

    m_timelineView->setModel(m_timeline);
    setUpRecordTable(m_timelineView, tr("Incident timeline"));
    const int unit = fontMetrics().averageCharWidth();
    m_timelineView->setColumnWidth(IncidentTimelineModel::TimeColumn, 20 * unit + 16);
    m_timelineView->setColumnWidth(IncidentTimelineModel::KindColumn, 16 * unit + 16);
    m_timelineView->setColumnWidth(IncidentTimelineModel::WhoColumn, 12 * unit + 16);
    m_tabs->addTab(m_timelineView, tr("Timeline"));
    m_tabs->addTab(m_impact, tr("Impact"));
    m_tabs->setAccessibleName(tr("Incident details"));

    m_exportReport->setAccessibleName(tr("Export the incident's report as PDF"));
    m_exportReport->setToolTip(tr("A PDF with the summary, timeline, impact, actions taken and audit proof."));
    m_exportPersonal->setAccessibleName(tr("Include personal data in the report"));
    m_exportPersonal->setToolTip(tr("Without it the report is anonymised: owners appear as pseudonyms and note texts "
                                    "are left out. With it the export is recorded in the audit log."));
    m_exportReport->hide();
    m_exportPersonal->hide();
    connect(m_exportReport, &QPushButton::clicked, this, &IncidentsPage::exportReportOfSelected);
    m_chooseReportFile = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export incident report"), suggested, tr("PDF files (*.pdf)"));
    };

    auto *panel = new QWidget(details);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(8);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_exportPersonal);
    titleRow->addWidget(m_exportReport);
    layout->addLayout(titleRow);
    layout->addWidget(m_facts);
    layout->addLayout(assignRow);
    layout->addLayout(stateRow);
    layout->addLayout(noteRow);
    layout->addWidget(m_result);
    layout->addWidget(m_tabs, 1);

    m_detailStack->addWidget(new EmptyStatePage(tr("No incident selected"),
                                                tr("Select an incident to see its timeline, what it affects, and to "
                                                   "acknowledge, assign, annotate or resolve it."),
                                                m_detailStack));
    m_detailStack->addWidget(panel);
    auto *outer = new QVBoxLayout(details);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_detailStack);
    return details;
}

void IncidentsPage::onCurrentChanged()
{
    if (m_holdSelection)
        return;
    const QModelIndex current = m_view->currentIndex();
    const QString backend = current.isValid() ? current.data(IncidentListModel::BackendRole).toString() : QString();
    const QString id = current.isValid() ? current.data(IncidentListModel::IdRole).toString() : QString();
    if (backend == m_backend && id == m_id)
        return;
    m_backend = backend;
    m_id = id;
    m_shown.reset();
    m_result->clearResult();
    m_note->clear();
    m_stateNote->clear();
    m_assignee->setEditText(QString()); // showIncident proposes the operator for a new selection
    showIncident();
    reloadDetail();
}

void IncidentsPage::onIncidentsChanged()
{
    updateCounts();
    updateEmptyState();
    // The first time incidents arrive, show the most severe one rather than an empty details panel.
    if (!m_autoSelected && m_id.isEmpty() && m_filter->rowCount() > 0) {
        m_autoSelected = true;
        m_view->selectionModel()->setCurrentIndex(m_filter->index(0, 0), QItemSelectionModel::ClearAndSelect
                                                                              | QItemSelectionModel::Rows);
        return;
    }
    const std::optional<Incident> incident = selectedIncident();
    if (!m_id.isEmpty() && !incident) {
        // The selected incident left the list (another backend reload); nothing is selected any more.
        m_backend.clear();
        m_id.clear();
        m_shown.reset();
    }
    showIncident();
    if (incident && (!m_shown || *m_shown != *incident))
        reloadDetail();
}

std::optional<Incident> IncidentsPage::selectedIncident() const
{
    const int row = m_id.isEmpty() ? -1 : m_incidents->rowOf(m_backend, m_id);
    if (row < 0)
        return std::nullopt;
    return m_incidents->rowAt(row).incident;
}

bool IncidentsPage::selectIncident(const QString &backend, const QString &id)
{
    const QModelIndex source = m_incidents->indexOf(backend, id);
    if (!source.isValid())
        return false;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) {
        m_search->clear();
        m_stateFilter->setCurrentIndex(m_stateFilter->findData(int(AllItem)));
        m_severityFilter->setCurrentIndex(0);
        m_assigneeFilter->setCurrentIndex(0);
        proxy = m_filter->mapFromSource(source);
    }
    if (!proxy.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
    m_view->scrollTo(proxy);
    return true;
}

void IncidentsPage::showOpenIncidents(std::optional<Severity> severity)
{
    m_stateFilter->setCurrentIndex(m_stateFilter->findData(int(OpenItem)));
    m_severityFilter->setCurrentIndex(severity ? m_severityFilter->findData(int(*severity)) : 0);
    m_assigneeFilter->setCurrentIndex(0);
    m_search->clear();
    // The combo boxes only signal changes; apply the filter in any case so it matches what they show.
    m_filter->setOpenOnly();
    m_filter->setSeverity(severity);
    m_filter->setAssignee(std::nullopt);
}

void IncidentsPage::showIncident()
{
    const std::optional<Incident> incident = selectedIncident();
    m_detailStack->setCurrentIndex(incident ? 1 : 0);
    if (!incident) {
        updateActions();
        return;
    }
    const IncidentListModel::Row &row = m_incidents->rowAt(m_incidents->rowOf(m_backend, m_id));
    const QLocale locale;
    m_title->setText(incident->title);
    const QColor colour = Palette::severity(incident->severity);
    QString html = u"<table cellspacing=3>"_s;
    const auto fact = [&html](const QString &label, const QString &valueHtml) {
        html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(), valueHtml);
    };
    fact(tr("Severity"), u"<span style='color:%1'>■</span> %2"_s.arg(colour.name(),
                                                                    severityLabel(incident->severity).toHtmlEscaped()));
    fact(tr("State"), incidentStateLabel(incident->state).toHtmlEscaped());
    fact(tr("Assignee"), (incident->assignee.isEmpty() ? tr("Unassigned") : incident->assignee).toHtmlEscaped());
    QStringList devices;
    for (qsizetype i = 0; i < incident->deviceIds.size(); ++i) {
        const QString name = i < row.deviceNames.size() ? row.deviceNames.at(i) : QString();
        devices.append(name.isEmpty() || name == incident->deviceIds.at(i)
                           ? incident->deviceIds.at(i)
                           : u"%1 (%2)"_s.arg(name, incident->deviceIds.at(i)));
    }
    fact(tr("Devices"), devices.isEmpty() ? tr("none").toHtmlEscaped() : devices.join(u", "_s).toHtmlEscaped());
    fact(tr("Site"), (row.siteName.isEmpty() ? incident->siteId : row.siteName).toHtmlEscaped());
    fact(tr("Type"), threatTypeLabel(incident->type).toHtmlEscaped());
    fact(tr("Opened"), tr("%1 (%2)")
                           .arg(locale.toString(incident->opened.toLocalTime(), QLocale::ShortFormat),
                                IncidentListModel::ageText(std::max<qint64>(
                                    0, incident->opened.secsTo(QDateTime::currentDateTimeUtc()))))
                           .toHtmlEscaped());
    fact(tr("Events"), locale.toString(incident->eventSeqs.size()));
    if (!incident->resolution.isEmpty())
        fact(tr("Resolution"), incident->resolution.toHtmlEscaped());
    fact(tr("Backend"), u"%1 · %2"_s.arg(m_backend, incident->id).toHtmlEscaped());
    html += u"</table>"_s;
    m_facts->setText(html);

    // Only the legal next states are offered (IncidentStateMachine); keep the operator's choice when still legal.
    const QVariant chosen = m_targetState->currentData();
    const QSignalBlocker blocker(m_targetState);
    m_targetState->clear();
    for (const IncidentState state : IncidentStateMachine::nextStates(incident->state))
        m_targetState->addItem(incidentStateLabel(state), int(state));
    if (const int index = m_targetState->findData(chosen); index >= 0)
        m_targetState->setCurrentIndex(index);

    // Offer the operator and everyone seen assigned so far.
    const QString current = m_assignee->currentText();
    const QSignalBlocker assigneeBlocker(m_assignee);
    QStringList names;
    if (const QString me = m_actions->operatorName(m_backend); !me.isEmpty())
        names.append(me);
    for (const IncidentListModel::Row &other : m_incidents->rows())
        if (!other.incident.assignee.isEmpty() && !names.contains(other.incident.assignee))
            names.append(other.incident.assignee);
    m_assignee->clear();
    m_assignee->addItems(names);
    m_assignee->setEditText(current.isEmpty() && !names.isEmpty() ? names.first() : current);
    updateActions();
}

void IncidentsPage::updateActions()
{
    const std::optional<Incident> incident = selectedIncident();
    const bool ready = incident.has_value() && !m_busy;
    m_acknowledge->setEnabled(ready && incident->state == IncidentState::New);
    m_assign->setEnabled(ready && !m_assignee->currentText().trimmed().isEmpty()
                         && m_assignee->currentText().trimmed() != incident->assignee);
    const bool online = incident && m_actions->isOnline(m_backend);
    m_addNote->setEnabled(ready && !m_note->toPlainText().trimmed().isEmpty());
    m_addNote->setText(online || !incident ? tr("Add note") : tr("Keep note (offline)"));
    const bool hasTarget = m_targetState->count() > 0;
    bool needsNote = false;
    if (incident && hasTarget)
        needsNote = IncidentStateMachine::requiresNote(incident->state,
                                                      IncidentState(m_targetState->currentData().toInt()));
    m_stateNote->setPlaceholderText(needsNote ? (incident->state == IncidentState::Resolved
                                                     ? tr("Why it is reopened (required)")
                                                     : tr("Resolution note (required)"))
                                              : tr("Note (optional)"));
    m_changeState->setEnabled(ready && hasTarget && (!needsNote || !m_stateNote->text().trimmed().isEmpty()));
    m_exportReport->setEnabled(ready && m_reports);
    const bool mayExportPersonal = incident && m_reports && m_reports->mayExportPersonalData(m_backend);
    m_exportPersonal->setEnabled(ready && mayExportPersonal);
    if (!mayExportPersonal)
        m_exportPersonal->setChecked(false);
    m_changeState->setText(hasTarget && IncidentState(m_targetState->currentData().toInt()) == IncidentState::Resolved
                               ? tr("Resolve")
                               : tr("Change state"));
}

void IncidentsPage::updateCounts()
{
    int open = 0;
    int fresh = 0;
    int unassigned = 0;
    for (const IncidentListModel::Row &row : m_incidents->rows()) {
        if (row.incident.state == IncidentState::Resolved)
            continue;
        ++open;
        fresh += row.incident.state == IncidentState::New;
        unassigned += row.incident.assignee.isEmpty();
    }
    const QLocale locale;
    m_header->setSubtitle(tr("%1 open · %2 new · %3 unassigned — correlated threats from every connected backend")
                              .arg(locale.toString(open), locale.toString(fresh), locale.toString(unassigned)));
}

void IncidentsPage::updateEmptyState()
{
    m_body->setCurrentIndex(m_incidents->rowCount() > 0 ? 1 : 0);
}

void IncidentsPage::reloadDetail()
{
    const std::optional<Incident> incident = selectedIncident();
    const quint64 request = ++m_detailRequest;
    if (!incident) {
        m_timeline->setEntries({});
        m_impact->setMessage(tr("Select an incident to see what it affects."));
        return;
    }
    m_shown = incident;
    if (!m_impact->report() || m_impact->report()->incidentId != incident->id)
        m_impact->setMessage(tr("Working out what this incident affects…"));
    m_actions->loadDetail(m_backend, *incident, this, [this, request](IncidentDetail detail) {
        if (request != m_detailRequest)
            return;
        if (!detail.error.isEmpty()) {
            m_impact->setMessage(tr("The details could not be read from the cache: %1").arg(detail.error));
            return;
        }
        // Events name their device by id; the list knows the names.
        if (const int row = m_incidents->rowOf(m_backend, m_id); row >= 0) {
            const IncidentListModel::Row &listed = m_incidents->rowAt(row);
            for (IncidentTimelineModel::Entry &entry : detail.timeline) {
                const qsizetype device = entry.kind == IncidentTimelineModel::Kind::Event
                                             ? listed.incident.deviceIds.indexOf(entry.who)
                                             : -1;
                if (device >= 0 && device < listed.deviceNames.size() && !listed.deviceNames.at(device).isEmpty())
                    entry.who = listed.deviceNames.at(device);
            }
        }
        m_timeline->setEntries(detail.timeline);
        m_timelineView->scrollToBottom();
        m_impact->setReport(detail.impact);
    });
}

void IncidentsPage::run(const QString &working,
                        const std::function<void(std::function<void(IncidentActionOutcome)>)> &send)
{
    if (m_busy || m_id.isEmpty())
        return;
    m_busy = true;
    updateActions();
    m_result->showWorking(working);
    const QString backend = m_backend;
    QPointer<IncidentsPage> self(this);
    send([self, backend, working](IncidentActionOutcome outcome) {
        if (!self)
            return;
        self->m_busy = false;
        if (outcome.incident)
            self->m_incidents->updateIncident(backend, *outcome.incident);
        self->showOutcome(working, outcome);
        self->updateActions();
        self->reloadDetail();
    });
}

void IncidentsPage::showOutcome(const QString &what, const IncidentActionOutcome &outcome)
{
    // A queued action was not sent, so nothing is audited yet (it is when it is sent).
    const QString audit = outcome.kind == IncidentActionOutcome::Kind::Queued ? QString()
                          : outcome.auditIndex > 0
                              ? tr(" Audit entry #%1.").arg(QLocale().toString(outcome.auditIndex))
                              : tr(" (not recorded in the audit log: the cache could not be written)");
    QString action = what;
    if (action.endsWith(u'…'))
        action.chop(1);
    switch (outcome.kind) {
    case IncidentActionOutcome::Kind::Succeeded:
        m_result->showSucceeded(tr("%1: done.").arg(action) + audit);
        break;
    case IncidentActionOutcome::Kind::Queued:
        m_result->showPending(tr("%1: %2").arg(action, outcome.message) + audit);
        break;
    case IncidentActionOutcome::Kind::Failed:
        m_result->showFailed(tr("%1 failed: %2").arg(action, outcome.message) + audit);
        break;
    }
}

void IncidentsPage::acknowledgeSelected()
{
    if (!m_acknowledge->isEnabled())
        return;
    const QString backend = m_backend;
    const QString id = m_id;
    run(tr("Acknowledging…"), [this, backend, id](IncidentActions::Reply done) {
        m_actions->acknowledge(backend, id, this, std::move(done));
    });
}

void IncidentsPage::assignSelected()
{
    const QString assignee = m_assignee->currentText().trimmed();
    if (!m_assign->isEnabled() || assignee.isEmpty())
        return;
    const QString backend = m_backend;
    const QString id = m_id;
    run(tr("Assigning to %1…").arg(assignee), [this, backend, id, assignee](IncidentActions::Reply done) {
        m_actions->assign(backend, id, assignee, this, std::move(done));
    });
}

void IncidentsPage::addNoteToSelected()
{
    const QString text = m_note->toPlainText().trimmed();
    if (!m_addNote->isEnabled() || text.isEmpty())
        return;
    const QString backend = m_backend;
    const QString id = m_id;
    m_note->clear();
    run(tr("Adding the note…"), [this, backend, id, text](IncidentActions::Reply done) {
        m_actions->addNote(backend, id, text, this, std::move(done));
    });
}

void IncidentsPage::changeStateOfSelected()
{
    if (!m_changeState->isEnabled() || m_targetState->count() == 0)
        return;
    const IncidentState state = IncidentState(m_targetState->currentData().toInt());
    const QString note = m_stateNote->text().trimmed();
    const QString backend = m_backend;
    const QString id = m_id;
    m_stateNote->clear();
    const QString working = state == IncidentState::Resolved
                                ? tr("Resolving…")
                                : tr("Moving to %1…").arg(incidentStateLabel(state).toLower());
    run(working, [this, backend, id, state, note](IncidentActions::Reply done) {
        m_actions->setState(backend, id, state, note, this, std::move(done));
    });
}

void IncidentsPage::setAssignee(const QString &assignee)
{
    m_assignee->setEditText(assignee);
    updateActions();
}

void IncidentsPage::setNoteText(const QString &text)
{
    m_note->setPlainText(text);
}

void IncidentsPage::setTargetState(IncidentState state)
{
    if (const int index = m_targetState->findData(int(state)); index >= 0)
        m_targetState->setCurrentIndex(index);
    updateActions();
}

void IncidentsPage::setStateNote(const QString &note)
{
    m_stateNote->setText(note);
}

QList<IncidentState> IncidentsPage::offeredStates() const
{
    QList<IncidentState> states;
    for (int i = 0; i < m_targetState->count(); ++i)
        states.append(IncidentState(m_targetState->itemData(i).toInt()));
    return states;
}

void IncidentsPage::setReportActions(ReportActions *reports)
{
    m_reports = reports;
    m_exportReport->setVisible(reports != nullptr);
    m_exportPersonal->setVisible(reports != nullptr);
    updateActions();
}

void IncidentsPage::setReportFileChooser(std::function<QString(const QString &)> choose)
{
    m_chooseReportFile = std::move(choose);
}

void IncidentsPage::setExportPersonalData(bool personal)
{
    m_exportPersonal->setChecked(personal);
}

void IncidentsPage::exportReportOfSelected()
{
    if (!m_reports || m_busy || m_id.isEmpty() || !m_exportReport->isEnabled())
        return;
    // Asked afresh: the personal-data key may have been unlocked or locked since the checkbox was last updated.
    const bool personal = m_exportPersonal->isChecked() && m_reports->mayExportPersonalData(m_backend);
    const QString path = m_chooseReportFile(tr("incident-%1.pdf").arg(m_id));
    if (path.isEmpty())
        return;
    m_busy = true;
    updateActions();
    m_result->showWorking(tr("Writing the report of %1…").arg(m_id));
    QPointer<IncidentsPage> self(this);
    m_reports->exportIncidentReport(m_backend, m_id, path, personal, this, [self](const ReportOutcome &outcome) {
        if (!self)
            return;
        self->m_busy = false;
        const QString audit = ActionResultLabel::auditSuffix(outcome.auditIndex);
        if (outcome.ok)
            self->m_result->showSucceeded(
                (outcome.personalData ? tr("Report written to %1 (%n pages, with personal data).", nullptr,
                                           outcome.pages)
                                      : tr("Report written to %1 (%n pages, anonymised).", nullptr, outcome.pages))
                    .arg(QDir::toNativeSeparators(outcome.path))
                + audit);
        else
            self->m_result->showFailed(tr("The report was not written: %1").arg(outcome.message) + audit);
        self->updateActions();
    });
}

} // namespace warden
