#include "DeviceImportDialog.h"

#include "RegisterActions.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace warden {

DeviceImportDialog::DeviceImportDialog(const QString &fileName, QByteArray data, const DeviceTable &table,
                                       const QString &backend, const QHash<QString, QString> &siteNames,
                                       RegisterActions *actions, QWidget *parent)
    : QDialog(parent),
      m_backend(backend),
      m_actions(actions),
      m_summary(new QLabel(this)),
      m_report(new QTableWidget(0, 3, this)),
      m_reportMore(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Import devices — %1").arg(fileName));
    setMinimumSize(720, 460);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setText(tr("Checking %1 for %2…").arg(fileName, backend));
    m_summary->setAccessibleName(tr("Import summary"));
    m_summary->setStyleSheet(QStringLiteral("QLabel { background: #eef2f7; border: 1px solid #9aa8b8; "
                                            "border-radius: 4px; padding: 8px; color: #24313f; }"));

    m_report->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem or change")});
    m_report->setAccessibleName(tr("Import problems"));
    m_report->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_report->setAlternatingRowColors(true);
    m_report->setWordWrap(false);
    m_report->verticalHeader()->hide();
    m_report->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_report->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_report->horizontalHeader()->setStretchLastSection(true);
    m_report->setColumnWidth(0, fontMetrics().averageCharWidth() * 9);
    m_report->setColumnWidth(1, fontMetrics().averageCharWidth() * 18);
    m_reportMore->hide();
    m_progress->hide();
    m_progress->setFormat(tr("%v of %m sent"));

    m_apply = m_buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setEnabled(false);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_apply, &QPushButton::clicked, this, &DeviceImportDialog::apply);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_applying)
            cancelApply();
        else
            reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_reportMore);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(&m_planWatcher, &QFutureWatcher<DeviceImportPlan>::finished, this, [this] {
        m_plan = m_planWatcher.result();
        m_checking = false;
        showPlan();
    });
    // The table is copied (cheap, implicitly shared) so the check can run while the register keeps updating.
    m_planWatcher.setFuture(QtConcurrent::run([data = std::move(data), table, backend, siteNames] {
        return DeviceCsv::planImport(data, table, backend, siteNames);
    }));
}

DeviceImportDialog::~DeviceImportDialog()
{
    m_planWatcher.waitForFinished();
}

QString DeviceImportDialog::summaryText() const
{
    return m_summary->text();
}

void DeviceImportDialog::addReportRow(qsizetype line, const QString &field, const QString &problem)
{
    if (m_reportRows >= MaxReportRows) {
        ++m_reportRows;
        m_reportMore->setText(tr("%1 more lines of the report are not listed.").arg(QLocale().toString(m_reportRows - MaxReportRows)));
        m_reportMore->show();
        return;
    }
    const int row = m_report->rowCount();
    m_report->insertRow(row);
    auto *lineItem = new QTableWidgetItem(line > 0 ? QLocale().toString(line) : QString());
    lineItem->setData(Qt::UserRole, line);
    lineItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_report->setItem(row, 0, lineItem);
    m_report->setItem(row, 1, new QTableWidgetItem(field));
    auto *problemItem = new QTableWidgetItem(problem);
    problemItem->setToolTip(problem);
    m_report->setItem(row, 2, problemItem);
    ++m_reportRows;
}

void DeviceImportDialog::showPlan()
{
    const QLocale locale;
    m_report->setUpdatesEnabled(false);
    for (const CsvIssue &issue : std::as_const(m_plan.issues))
        addReportRow(issue.line, issue.field, issue.problem);
    // Deletions are listed too: an operator confirms every value the import removes.
    for (const CsvIssue &clear : std::as_const(m_plan.clears))
        addReportRow(clear.line, clear.field, clear.problem);
    m_report->setUpdatesEnabled(true);
    if (m_plan.fileRejected) {
        m_summary->setText(tr("This file cannot be imported; nothing will be changed. Fix the problem below and "
                              "import it again."));
        m_summary->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; border: 1px solid #c62828; "
                                                "border-radius: 4px; padding: 8px; color: #5f1111; }"));
        return;
    }
    QString text = tr("Into %1: %2 new devices, %3 updates, %4 unchanged.")
                       .arg(m_backend, locale.toString(m_plan.creates), locale.toString(m_plan.updates),
                            locale.toString(m_plan.unchanged));
    if (m_plan.badLines > 0)
        text += u' ' + tr("%1 lines have problems and will be left out entirely (listed below).")
                           .arg(locale.toString(m_plan.badLines));
    else
        text += u' ' + tr("No problems found.");
    if (!m_plan.clears.isEmpty())
        text += u' ' + tr("%1 fields will be cleared (listed below).").arg(locale.toString(m_plan.clears.size()));
    if (m_plan.rows.isEmpty())
        text += u' ' + tr("There is nothing to apply.");
    else
        text += u' ' + tr("Nothing has been changed yet: press Apply to send the %1 changes.")
                           .arg(locale.toString(m_plan.rows.size()));
    m_summary->setText(text);
    m_apply->setText(m_plan.rows.isEmpty() ? tr("Apply") : tr("Apply %1 changes").arg(locale.toString(m_plan.rows.size())));
    m_apply->setEnabled(!m_plan.rows.isEmpty() && m_actions);
}

void DeviceImportDialog::apply()
{
    if (m_applying || m_plan.rows.isEmpty() || !m_actions || m_next > 0)
        return;
    m_applying = true;
    m_apply->setEnabled(false);
    m_progress->setRange(0, int(m_plan.rows.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->setText(tr("Stop sending"));
    while (m_inFlight < InFlight && m_next < m_plan.rows.size())
        sendNext();
}

void DeviceImportDialog::cancelApply()
{
    m_cancelled = true;
    m_summary->setText(tr("Stopping: the %1 requests already sent are answered, no more are sent.").arg(m_inFlight));
}

void DeviceImportDialog::sendNext()
{
    if (m_cancelled || m_next >= m_plan.rows.size())
        return;
    const DeviceImportRow &row = m_plan.rows.at(m_next++);
    ++m_inFlight;
    const qsizetype line = row.line;
    const QString id = row.deviceId;
    auto done = [this, line, id](FleetResult<Device> result) {
        --m_inFlight;
        if (result.ok()) {
            ++m_succeeded;
        } else {
            ++m_failed;
            addReportRow(line, tr("backend"), tr("%1 was refused: %2").arg(id, result.error().message()));
        }
        updateProgress();
        if (!m_cancelled && m_next < m_plan.rows.size()) {
            sendNext();
        } else if (m_inFlight == 0) {
            m_applying = false;
            m_cancel->setText(tr("Close"));
            disconnect(m_cancel, nullptr, this, nullptr);
            connect(m_cancel, &QPushButton::clicked, this, &QDialog::accept);
            const QLocale locale;
            QString text = tr("%1 applied, %2 refused by the backend.").arg(locale.toString(m_succeeded), locale.toString(m_failed));
            if (m_cancelled)
                text += u' ' + tr("Stopped: %1 were not sent.").arg(locale.toString(m_plan.rows.size() - m_next));
            text += u' ' + tr("Each change is in the audit log.");
            m_summary->setText(text);
            emit finishedApplying(m_succeeded, m_failed);
        }
    };
    if (row.create)
        m_actions->createDevice(m_backend, row.device, this, std::move(done));
    else
        m_actions->editDevice(m_backend, row.deviceId, row.patch, this, std::move(done));
}

void DeviceImportDialog::updateProgress()
{
    m_progress->setValue(m_succeeded + m_failed);
}

} // namespace warden
