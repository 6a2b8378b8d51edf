#pragma once

#include "inventory/DeviceCsv.h"

#include <QDialog>
#include <QFutureWatcher>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace warden {

class RegisterActions;

// Imports a CSV file into one backend's register in two steps. First it checks every line off the UI thread and
// shows the report (new devices, updates, unchanged, and each problem with line, column and what is wrong); nothing
// is sent until the operator presses Apply. Lines with a problem are left out whole; each valid line becomes one
// request (create or update) that the backend applies entirely or not at all. Sending shows progress and can be
// cancelled; lines the backend refuses are added to the report with its message.
class DeviceImportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceImportDialog)
public:
    static constexpr int MaxReportRows = 5000; // more problems are counted, not listed
    static constexpr int InFlight = 4;         // requests sent at once

    DeviceImportDialog(const QString &fileName, QByteArray data, const DeviceTable &table, const QString &backend,
                       const QHash<QString, QString> &siteNames, RegisterActions *actions, QWidget *parent = nullptr);
    ~DeviceImportDialog() override;

    bool isChecking() const { return m_checking; } // until the plan is shown, not just computed
    bool isApplying() const { return m_applying; }
    const DeviceImportPlan &plan() const { return m_plan; }
    QTableWidget *report() const { return m_report; }
    QPushButton *applyButton() const { return m_apply; }
    QString summaryText() const;
    int succeeded() const { return m_succeeded; }
    int failed() const { return m_failed; }

public slots:
    void apply();
    void cancelApply();

signals:
    void finishedApplying(int succeeded, int failed);

private:
    void showPlan();
    void sendNext();
    void addReportRow(qsizetype line, const QString &field, const QString &problem);
    void updateProgress();

    QString m_backend;
    RegisterActions *m_actions;
    QFutureWatcher<DeviceImportPlan> m_planWatcher;
    bool m_checking = true;
    DeviceImportPlan m_plan;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    int m_succeeded = 0;
    int m_failed = 0;
    int m_reportRows = 0;
    bool m_applying = false;
    bool m_cancelled = false;

    QLabel *m_summary;
    QTableWidget *m_report;
    QLabel *m_reportMore;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
    QPushButton *m_cancel;
};

} // namespace warden
