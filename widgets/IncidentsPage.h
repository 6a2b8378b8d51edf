#pragma once

#include "domain/Incident.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace warden {

class ActionResultLabel;
class ImpactPanel;
class IncidentActions;
class IncidentFilterModel;
class IncidentListModel;
class IncidentTimelineModel;
class PageHeader;
class ReportActions;
struct IncidentActionOutcome;

// The incident list and the incident page (UI.md): incidents of every backend with severity, state, assignee,
// devices, site and age, filtered by state, severity, assignee and text; for the selected one its facts, its
// timeline of events, actions and notes, and its impact; acknowledge, assign, annotate, change state along the
// state machine (only legal next states are offered; resolving and reopening need a note). Every action's result
// is shown inline with its audit entry. Exports the selected incident's report as PDF (anonymised unless personal
// data is asked for and allowed). Sends nothing itself: actions go through IncidentActions and ReportActions.
class IncidentsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentsPage)
public:
    IncidentsPage(IncidentListModel *incidents, IncidentActions *actions, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    IncidentFilterModel *filter() const { return m_filter; }
    ActionResultLabel *result() const { return m_result; }
    IncidentTimelineModel *timeline() const { return m_timeline; }
    ImpactPanel *impactPanel() const { return m_impact; }
    QTabWidget *detailTabs() const { return m_tabs; }

    // Selects an incident (clearing filters that hide it); false when it is not in the list.
    bool selectIncident(const QString &backend, const QString &id);
    std::optional<Incident> selectedIncident() const;
    QString selectedBackend() const { return m_backend; }
    // Open incidents of one severity (nullopt: every severity), as the dashboard's tiles link here.
    void showOpenIncidents(std::optional<Severity> severity);

    // The action fields, for tests and keyboard users.
    void setAssignee(const QString &assignee);
    void setNoteText(const QString &text);
    void setTargetState(IncidentState state);
    void setStateNote(const QString &note);
    QList<IncidentState> offeredStates() const;

    // Reports: without them the export controls are hidden. The chooser asks where to save (suggested file name in,
    // path out, empty: cancelled); tests replace the file dialog with it.
    void setReportActions(ReportActions *reports);
    void setReportFileChooser(std::function<QString(const QString &suggestedName)> choose);
    void setExportPersonalData(bool personal);
    QPushButton *exportReportButton() const { return m_exportReport; }

public slots:
    void acknowledgeSelected();
    void assignSelected();
    void addNoteToSelected();
    void changeStateOfSelected();
    void reloadDetail();
    // Asks for a file and writes the selected incident's report there; the result line shows the path.
    void exportReportOfSelected();

private:
    void buildFilters();
    QWidget *buildDetails();
    void onCurrentChanged();
    void onIncidentsChanged();
    void showIncident();
    void updateActions();
    void updateCounts();
    void updateEmptyState();
    void run(const QString &working, const std::function<void(std::function<void(IncidentActionOutcome)>)> &send);
    void showOutcome(const QString &what, const IncidentActionOutcome &outcome);

    IncidentListModel *m_incidents;
    IncidentActions *m_actions;
    IncidentFilterModel *m_filter;
    IncidentTimelineModel *m_timeline;
    PageHeader *m_header;
    QLineEdit *m_search;
    QComboBox *m_stateFilter;
    QComboBox *m_severityFilter;
    QComboBox *m_assigneeFilter;
    QStackedWidget *m_body;
    QTableView *m_view;
    QStackedWidget *m_detailStack;
    QLabel *m_title;
    QLabel *m_facts;
    QPushButton *m_acknowledge;
    QComboBox *m_assignee;
    QPushButton *m_assign;
    QComboBox *m_targetState;
    QLineEdit *m_stateNote;
    QPushButton *m_changeState;
    QPlainTextEdit *m_note;
    QPushButton *m_addNote;
    ActionResultLabel *m_result;
    QPushButton *m_exportReport;
    QCheckBox *m_exportPersonal;
    ReportActions *m_reports = nullptr;
    std::function<QString(const QString &)> m_chooseReportFile;
    QTabWidget *m_tabs;
    QTableView *m_timelineView;
    ImpactPanel *m_impact;

    QString m_backend; // the selected incident's key
    QString m_id;
    std::optional<Incident> m_shown; // the incident as its details were last loaded
    quint64 m_detailRequest = 0;     // answers to older requests are dropped
    bool m_busy = false;
    bool m_autoSelected = false;  // the first incident was selected once when the list first filled
    bool m_holdSelection = false; // the selected incident is being filtered out; keep showing it
};

} // namespace warden
