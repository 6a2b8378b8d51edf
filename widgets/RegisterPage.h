#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QPushButton;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace warden {

class ActionResultLabel;
class DeviceDetailPanel;
class DeviceImportDialog;
class DeviceRegisterModel;
class ImpactDialog;
class PageHeader;
class RegisterActions;

// The device register: filter bar with the shared filter grammar (completion, clear errors, saved
// filters), a sortable table over the compact register model with multi-selection ("select all matching"), actions
// on the selection (quarantine, push update, revoke licences: handed to the pages that own them), CSV import with a
// validation report and export of the current view (anonymised by default), and the detail panel (details, edit,
// history) for the current device. Sends nothing itself: actions go through RegisterActions.
class RegisterPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterPage)
public:
    // A hand-picked selection larger than this cannot be named one by one (fleetd's device_ids limit).
    static constexpr int MaxIdsInUpdate = 10000;
    // Impact is assessed for at most this many selected devices (the answer lists every device reached).
    static constexpr int MaxImpactSelection = 5000;
    // Asks for a file name; tests replace these to answer the file dialogs.
    using FileChooser = std::function<QString(bool save)>;

    explicit RegisterPage(DeviceRegisterModel *model, QWidget *parent = nullptr);
    ~RegisterPage() override;

    void setActions(RegisterActions *actions);
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    QTableView *view() const { return m_view; }
    DeviceDetailPanel *detailPanel() const { return m_panel; }
    ActionResultLabel *selectionResult() const { return m_selectionResult; }
    // Applies filter text as if typed; returns false (and shows why) when it does not parse.
    bool applyFilter(const QString &text);
    QString filterError() const;

    // The selected devices as rows of the model's table, in view order.
    QList<quint32> selectedTableRows() const;
    // True when every device the filter matches is selected (and there is at least one).
    bool allMatchingSelected() const;
    // What a campaign for the selection targets: the register filter when the whole filtered view is selected
    // (also for devices that join later), else the devices by id (false and why not when neither works).
    struct UpdateTargets {
        QString filter;
        QStringList deviceIds; // non-empty: target these devices, not the filter
    };
    bool updateTargetsForSelection(UpdateTargets *targets, QString *problem) const;

    // Opens the import dialog for a file's bytes into one backend (the dialog checks, then asks to apply).
    DeviceImportDialog *openImport(const QString &fileName, const QByteArray &data, const QString &backend);
    // Writes the current view (sorted and filtered) to path off the UI thread; done(errorMessage) on the UI thread.
    void exportView(const QString &path, bool anonymise, std::function<void(QString error)> done = {});
    bool isExporting() const { return m_exporting; } // until the result line shows, not just the file written

public slots:
    void selectAllMatching();
    void quarantineSelection();
    void pushUpdateToSelection();
    void revokeLicencesOfSelection();
    // Opens an ImpactDialog for the selection (per backend) and returns it; null when nothing was asked.
    ImpactDialog *assessImpactOfSelection();
    void importCsvInteractive();
    void exportCsvInteractive();

private:
    void updateCounts();
    void updateSelection();
    void showDetails(const QModelIndex &index);
    void saveCurrentFilter();
    void chooseColumns();
    void restoreHeader();

    DeviceRegisterModel *m_model;
    RegisterActions *m_actions = nullptr;
    FileChooser m_chooseFile;
    PageHeader *m_header;
    QLineEdit *m_filter;
    QLabel *m_filterMessage;
    QComboBox *m_savedFilters;
    QToolButton *m_saveFilter;
    QToolButton *m_columns;
    QTableView *m_view;
    DeviceDetailPanel *m_panel;
    QLabel *m_busy;
    QLabel *m_selectionCount;
    QPushButton *m_selectAll;
    QPushButton *m_quarantine;
    QPushButton *m_pushUpdate;
    QPushButton *m_revoke;
    QPushButton *m_impact;
    QToolButton *m_import;
    QToolButton *m_export;
    QPushButton *m_cancelExport;
    ActionResultLabel *m_selectionResult;
    QFutureWatcher<QString> m_exportWatcher;
    bool m_exporting = false;
    std::shared_ptr<std::atomic_bool> m_exportCancel;
};

} // namespace warden
