#include "RegisterPage.h"

#include "ActionResultLabel.h"
#include "DeviceDetailPanel.h"
#include "DeviceImportDialog.h"
#include "DeviceRegisterModel.h"
#include "ImpactDialog.h"
#include "PageHeader.h"
#include "RegisterActions.h"
#include "inventory/CsvReader.h"
#include "inventory/DeviceCsv.h"
#include "rules/FilterExpression.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace warden {

namespace {
const QString SavedFiltersKey = QStringLiteral("register/savedFilters");
const QString HeaderStateKey = QStringLiteral("register/headerState");

QStringList completionTerms()
{
    QStringList terms;
    for (const FieldInfo &field : FilterExpression::registerFields()) {
        terms.append(field.name + QLatin1Char(':'));
        for (const QString &value : field.values)
            terms.append(field.name + QLatin1Char(':') + value);
    }
    return terms;
}
} // namespace

RegisterPage::RegisterPage(DeviceRegisterModel *model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_header(new PageHeader(tr("Register"), this)),
      m_filter(new QLineEdit(this)),
      m_filterMessage(new QLabel(this)),
      m_savedFilters(new QComboBox(this)),
      m_saveFilter(new QToolButton(this)),
      m_columns(new QToolButton(this)),
      m_view(new QTableView(this)),
      m_panel(new DeviceDetailPanel(this)),
      m_busy(new QLabel(this)),
      m_selectionCount(new QLabel(this)),
      m_selectAll(new QPushButton(this)),
      m_quarantine(new QPushButton(tr("Quarantine…"), this)),
      m_pushUpdate(new QPushButton(tr("Push update…"), this)),
      m_revoke(new QPushButton(tr("Revoke licences…"), this)),
      m_impact(new QPushButton(tr("Impact…"), this)),
      m_import(new QToolButton(this)),
      m_export(new QToolButton(this)),
      m_cancelExport(new QPushButton(tr("Cancel export"), this)),
      m_selectionResult(new ActionResultLabel(this)),
      m_exportCancel(std::make_shared<std::atomic_bool>(false))
{
    m_filter->setPlaceholderText(tr("Filter: text or terms like class:ip_camera site:\"North Campus\" fw:<2.4 risk:>70"));
    m_filter->setAccessibleName(tr("Register filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(460);
    auto *completer = new QCompleter(new QStringListModel(completionTerms(), this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchStartsWith);
    // Complete the term under the cursor, not the whole line.
    connect(m_filter, &QLineEdit::textEdited, this, [this, completer](const QString &text) {
        const QString head = text.left(m_filter->cursorPosition());
        const qsizetype start = head.lastIndexOf(QLatin1Char(' ')) + 1;
        const QString term = head.mid(start);
        if (term.isEmpty()) {
            completer->popup()->hide();
            return;
        }
        completer->setCompletionPrefix(term);
        completer->complete();
    });
    completer->setWidget(m_filter);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &choice) {
        const QString text = m_filter->text();
        const qsizetype cursor = m_filter->cursorPosition();
        const qsizetype start = text.left(cursor).lastIndexOf(QLatin1Char(' ')) + 1;
        m_filter->setText(text.left(start) + choice + text.mid(cursor));
        m_filter->setCursorPosition(int(start + choice.size()));
    });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { applyFilter(m_filter->text()); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilter(text);
    });

    m_filterMessage->setWordWrap(true);
    m_filterMessage->setStyleSheet(QStringLiteral("color: #D32F2F; padding: 0 16px 6px 16px;"));
    m_filterMessage->hide();

    m_savedFilters->setAccessibleName(tr("Saved filters"));
    m_savedFilters->setMinimumWidth(160);
    m_savedFilters->addItem(tr("Saved filters…"), QString());
    const QVariantMap saved = QSettings().value(SavedFiltersKey).toMap();
    for (auto it = saved.constBegin(); it != saved.constEnd(); ++it)
        m_savedFilters->addItem(it.key(), it.value().toString());
    connect(m_savedFilters, &QComboBox::activated, this, [this](int index) {
        const QString text = m_savedFilters->itemData(index).toString();
        if (!text.isEmpty()) {
            m_filter->setText(text);
            applyFilter(text);
        }
    });
    m_saveFilter->setText(tr("Save filter"));
    m_saveFilter->setAccessibleName(tr("Save the current filter"));
    connect(m_saveFilter, &QToolButton::clicked, this, &RegisterPage::saveCurrentFilter);
    m_columns->setText(tr("Columns"));
    m_columns->setAccessibleName(tr("Choose columns"));
    connect(m_columns, &QToolButton::clicked, this, &RegisterPage::chooseColumns);

    m_busy->setText(tr("Sorting…"));
    m_busy->hide();
    connect(m_model, &DeviceRegisterModel::busyChanged, m_busy, &QLabel::setVisible);

    m_header->addControl(m_filter);
    m_header->addControl(m_savedFilters);
    m_header->addControl(m_saveFilter);
    m_header->addStretch();
    m_header->addControl(m_busy);
    m_header->addControl(m_cancelExport);
    m_header->addControl(m_import);
    m_header->addControl(m_export);
    m_header->addControl(m_columns);

    m_import->setText(tr("Import CSV…"));
    m_import->setAccessibleName(tr("Import devices from a CSV file"));
    connect(m_import, &QToolButton::clicked, this, &RegisterPage::importCsvInteractive);
    m_export->setText(tr("Export CSV…"));
    m_export->setAccessibleName(tr("Export the devices shown to a CSV file"));
    connect(m_export, &QToolButton::clicked, this, &RegisterPage::exportCsvInteractive);
    m_cancelExport->hide();
    connect(m_cancelExport, &QPushButton::clicked, this, [this] { m_exportCancel->store(true); });

    m_selectionCount->setAccessibleName(tr("Selected devices"));
    m_selectAll->setAccessibleName(tr("Select every device that matches the filter"));
    connect(m_selectAll, &QPushButton::clicked, this, &RegisterPage::selectAllMatching);
    m_quarantine->setAccessibleName(tr("Quarantine the selected devices"));
    connect(m_quarantine, &QPushButton::clicked, this, &RegisterPage::quarantineSelection);
    m_pushUpdate->setAccessibleName(tr("Push a firmware update to the selected devices"));
    connect(m_pushUpdate, &QPushButton::clicked, this, &RegisterPage::pushUpdateToSelection);
    m_revoke->setAccessibleName(tr("Revoke the licences of the selected devices"));
    connect(m_revoke, &QPushButton::clicked, this, &RegisterPage::revokeLicencesOfSelection);
    m_impact->setAccessibleName(tr("Show what the selected devices affect"));
    m_impact->setToolTip(tr("What the selected devices reach: devices, services, sites and people"));
    connect(m_impact, &QPushButton::clicked, this, &RegisterPage::assessImpactOfSelection);
    auto *selectionBar = new QWidget(this);
    auto *selectionLayout = new QHBoxLayout(selectionBar);
    selectionLayout->setContentsMargins(16, 0, 16, 6);
    selectionLayout->addWidget(m_selectionCount);
    selectionLayout->addWidget(m_selectAll);
    selectionLayout->addStretch();
    selectionLayout->addWidget(m_quarantine);
    selectionLayout->addWidget(m_pushUpdate);
    selectionLayout->addWidget(m_revoke);
    selectionLayout->addWidget(m_impact);
    auto *resultRow = new QWidget(this);
    auto *resultLayout = new QHBoxLayout(resultRow);
    resultLayout->setContentsMargins(16, 0, 16, 6);
    resultLayout->addWidget(m_selectionResult);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Devices"));
    // Natural (arrival) order until the operator clicks a header: set the indicator before enabling sorting,
    // because enabling it sorts by the indicator's column at once.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // A million rows: fixed heights, never resize to contents.
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int unit = fontMetrics().averageCharWidth();
    for (int column = 0; column < DeviceRegisterModel::ColumnCount; ++column)
        m_view->setColumnWidth(column, 12 * unit + 16);
    m_view->setColumnWidth(DeviceRegisterModel::NameColumn, 24 * unit);
    m_view->setColumnWidth(DeviceRegisterModel::BackendColumn, 9 * unit + 16);
    for (int column : {int(DeviceRegisterModel::ClassColumn), int(DeviceRegisterModel::SiteColumn),
                       int(DeviceRegisterModel::OwnerColumn)})
        m_view->setColumnWidth(column, 19 * unit + 16);
    m_view->setColumnWidth(DeviceRegisterModel::RiskColumn, 6 * unit + 16);
    m_view->setColumnWidth(DeviceRegisterModel::LastSeenColumn, 16 * unit);
    for (int column : {int(DeviceRegisterModel::VendorColumn), int(DeviceRegisterModel::GatewayColumn),
                       int(DeviceRegisterModel::SegmentColumn)})
        m_view->setColumnHidden(column, true);
    restoreHeader();
    connect(m_view->horizontalHeader(), &QHeaderView::sectionMoved, this,
            [this] { QSettings().setValue(HeaderStateKey, m_view->horizontalHeader()->saveState()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDetails(current); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RegisterPage::updateSelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RegisterPage::updateCounts);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &RegisterPage::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegisterPage::updateCounts);
    // Live changes to the shown device refresh its panel (the edit form keeps unsaved input).
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_view->currentIndex();
                if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
                    showDetails(current);
            });
    connect(m_panel, &DeviceDetailPanel::deviceChanged, this,
            [this](const QString &backend, const Device &device) { m_model->upsertDevices(backend, {device}); });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 380});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_filterMessage);
    layout->addWidget(selectionBar);
    layout->addWidget(resultRow);
    layout->addWidget(splitter, 1);
    m_chooseFile = [this](bool save) {
        return save ? QFileDialog::getSaveFileName(this, tr("Export devices"), tr("devices.csv"),
                                                   tr("CSV files (*.csv)"))
                    : QFileDialog::getOpenFileName(this, tr("Import devices"), QString(), tr("CSV files (*.csv)"));
    };
    connect(&m_exportWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        m_cancelExport->hide();
        m_export->setEnabled(true);
    });
    updateCounts();
    updateSelection();
}

RegisterPage::~RegisterPage()
{
    m_exportCancel->store(true);
    m_exportWatcher.waitForFinished();
}

void RegisterPage::setActions(RegisterActions *actions)
{
    m_actions = actions;
    m_panel->setActions(actions);
    updateSelection();
}

bool RegisterPage::applyFilter(const QString &text)
{
    m_filter->setText(text);
    ExpressionError details;
    const auto expression = FilterExpression::parseRegister(text, &details);
    if (!expression.ok()) {
        m_filterMessage->setText(expression.errorMessage());
        m_filterMessage->show();
        m_filter->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #D32F2F; }"));
        return false;
    }
    m_filterMessage->hide();
    m_filterMessage->clear();
    m_filter->setStyleSheet(QString());
    m_model->setFilterExpression(*expression);
    return true;
}

QString RegisterPage::filterError() const
{
    return m_filterMessage->text();
}

void RegisterPage::updateCounts()
{
    updateSelection();
    const QLocale locale;
    const qsizetype total = m_model->totalCount();
    const int shown = m_model->rowCount();
    m_header->setSubtitle(shown == total ? tr("%1 devices").arg(locale.toString(total))
                                         : tr("%1 of %2 devices match the filter")
                                               .arg(locale.toString(shown), locale.toString(total)));
}

void RegisterPage::showDetails(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_panel->clearDevice();
        return;
    }
    const Device device = m_model->deviceAt(index.row());
    QString html = QStringLiteral("<h3>%1</h3><p style='color:gray'>%2</p><table cellspacing=4>")
                       .arg(device.name.toHtmlEscaped(), device.id.toHtmlEscaped());
    const auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const auto cell = [&](int column) { return m_model->index(index.row(), column).data().toString(); };
    row(tr("Backend"), cell(DeviceRegisterModel::BackendColumn));
    row(tr("Class"), device.deviceClass);
    row(tr("Vendor / model"), device.vendor + QStringLiteral(" / ") + device.model);
    row(tr("Firmware"), device.firmwareVersion);
    row(tr("Site"), cell(DeviceRegisterModel::SiteColumn));
    row(tr("Gateway"), device.gatewayId);
    row(tr("Segment"), device.segment);
    row(tr("Owner"), cell(DeviceRegisterModel::OwnerColumn));
    row(tr("Location"), device.location);
    row(tr("Status"), cell(DeviceRegisterModel::StatusColumn));
    row(tr("Risk score"), QLocale().toString(device.riskScore));
    row(tr("Last seen"), cell(DeviceRegisterModel::LastSeenColumn));
    row(tr("Quarantine"), cell(DeviceRegisterModel::QuarantineColumn));
    row(tr("Online update"), device.capabilities.onlineUpdate ? tr("supported") : tr("needs physical service"));
    if (device.capabilities.needsMaintenanceWindow)
        row(tr("Maintenance"), tr("updates only inside the site's maintenance window"));
    if (device.capabilities.safetyCritical)
        row(tr("Safety"), tr("safety-critical: quarantine needs a second operator's approval"));
    row(tr("Notes"), device.notes);
    html += QStringLiteral("</table>");
    m_panel->showDevice(m_model->data(index, DeviceRegisterModel::BackendRole).toString(), device, html);
}

void RegisterPage::saveCurrentFilter()
{
    const QString text = m_filter->text().trimmed();
    if (text.isEmpty() || !applyFilter(text))
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name for this filter:"), QLineEdit::Normal,
                                               text.left(40), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QSettings settings;
    QVariantMap saved = settings.value(SavedFiltersKey).toMap();
    saved.insert(name.trimmed(), text);
    settings.setValue(SavedFiltersKey, saved);
    m_savedFilters->addItem(name.trimmed(), text);
}

void RegisterPage::chooseColumns()
{
    QMenu menu(this);
    for (int column = 0; column < DeviceRegisterModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool visible) {
            m_view->setColumnHidden(column, !visible);
            QSettings().setValue(HeaderStateKey, m_view->horizontalHeader()->saveState());
        });
    }
    menu.exec(m_columns->mapToGlobal(QPoint(0, m_columns->height())));
}

void RegisterPage::restoreHeader()
{
    const QByteArray state = QSettings().value(HeaderStateKey).toByteArray();
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

QList<quint32> RegisterPage::selectedTableRows() const
{
    // Walk the selection ranges, not selectedRows(): a million selected rows must not become a million indexes.
    QList<quint32> rows;
    const QItemSelection selection = m_view->selectionModel()->selection();
    QList<std::pair<int, int>> ranges;
    for (const QItemSelectionRange &range : selection)
        ranges.append({range.top(), range.bottom()});
    std::sort(ranges.begin(), ranges.end());
    int next = 0; // ranges of different columns may overlap: take each view row once
    for (const auto &[top, bottom] : std::as_const(ranges)) {
        for (int row = std::max(top, next); row <= bottom; ++row)
            rows.append(m_model->tableRowAt(row));
        next = std::max(next, bottom + 1);
    }
    return rows;
}

bool RegisterPage::allMatchingSelected() const
{
    const int count = m_model->rowCount();
    if (count == 0)
        return false;
    qsizetype selected = 0;
    QList<std::pair<int, int>> ranges;
    for (const QItemSelectionRange &range : m_view->selectionModel()->selection())
        ranges.append({range.top(), range.bottom()});
    std::sort(ranges.begin(), ranges.end());
    int next = 0;
    for (const auto &[top, bottom] : std::as_const(ranges)) {
        if (bottom >= next) {
            selected += bottom - std::max(top, next) + 1;
            next = bottom + 1;
        }
    }
    return selected == count;
}

void RegisterPage::selectAllMatching()
{
    if (m_model->rowCount() == 0)
        return;
    // One range over the whole view: cheap at any size.
    const QItemSelection all(m_model->index(0, 0), m_model->index(m_model->rowCount() - 1, DeviceRegisterModel::ColumnCount - 1));
    m_view->selectionModel()->select(all, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void RegisterPage::updateSelection()
{
    const QLocale locale;
    const qsizetype selected = selectedTableRows().size();
    const int shown = m_model->rowCount();
    m_selectionCount->setText(selected == 0 ? tr("No device selected")
                                            : tr("%1 selected").arg(locale.toString(selected)));
    const bool filtered = shown != m_model->totalCount();
    m_selectAll->setText(filtered ? tr("Select all %1 matching").arg(locale.toString(shown))
                                  : tr("Select all %1").arg(locale.toString(shown)));
    m_selectAll->setEnabled(shown > 0 && selected < shown);
    for (QPushButton *button : {m_quarantine, m_pushUpdate, m_revoke, m_impact})
        button->setEnabled(selected > 0 && m_actions);
    m_import->setEnabled(m_actions && !m_model->backends().isEmpty());
}

void RegisterPage::quarantineSelection()
{
    if (!m_actions)
        return;
    const QList<quint32> rows = selectedTableRows();
    if (rows.isEmpty())
        return;
    const DeviceTable &table = m_model->table();
    QList<QuarantineTarget> targets;
    targets.reserve(rows.size());
    for (quint32 row : rows)
        targets.append(QuarantineTarget{table.backend(row), table.id(row), table.name(row),
                                        table.text(row, RegisterField::Class), table.safetyCritical(row)});
    m_selectionResult->clearResult();
    m_actions->quarantine(targets);
}

bool RegisterPage::updateTargetsForSelection(UpdateTargets *targets, QString *problem) const
{
    const QList<quint32> rows = selectedTableRows();
    const DeviceTable &table = m_model->table();
    *targets = UpdateTargets{};
    if (rows.isEmpty()) {
        *problem = tr("Select the devices to update first.");
        return false;
    }
    const QString backend = table.backend(rows.constFirst());
    for (quint32 row : rows) {
        if (table.backend(row) != backend) {
            *problem = tr("The selection spans several backends; a campaign updates the devices of one backend. "
                          "Add backend:%1 to the filter or select devices of one backend.").arg(backend);
            return false;
        }
    }
    // The whole filtered view: the filter itself names it, also for devices that join later. A backend: term only
    // means something in this console, so such a filter goes as the ids it selects.
    if (allMatchingSelected()) {
        const QString text = m_filter->text().trimmed();
        const Result<FilterExpression> expression = FilterExpression::parseRegister(text);
        const bool backendTerm = expression.ok() && expression->namesBackend();
        if (!backendTerm && (m_model->backends().size() == 1 || !text.isEmpty())) {
            targets->filter = text; // empty: every device of the backend (the campaign limits it to the image's class)
            return true;
        }
    }
    if (rows.size() > MaxIdsInUpdate) {
        *problem = tr("%1 devices are selected one by one; a campaign can name at most %2 devices like that. Narrow "
                      "the filter to the devices to update (without backend:) and use \"Select all matching\".")
                       .arg(QLocale().toString(rows.size()), QLocale().toString(MaxIdsInUpdate));
        return false;
    }
    targets->deviceIds.reserve(rows.size());
    for (quint32 row : rows)
        targets->deviceIds.append(table.id(row));
    return true;
}

void RegisterPage::pushUpdateToSelection()
{
    if (!m_actions)
        return;
    UpdateTargets targets;
    QString problem;
    if (!updateTargetsForSelection(&targets, &problem)) {
        m_selectionResult->showFailed(problem);
        return;
    }
    m_selectionResult->clearResult();
    const QList<quint32> rows = selectedTableRows();
    const QString backend = m_model->table().backend(rows.constFirst());
    if (targets.deviceIds.isEmpty())
        m_actions->pushUpdate(backend, targets.filter);
    else
        m_actions->pushUpdateToDevices(backend, targets.deviceIds);
}

void RegisterPage::revokeLicencesOfSelection()
{
    if (!m_actions)
        return;
    const QList<quint32> rows = selectedTableRows();
    if (rows.isEmpty())
        return;
    const DeviceTable &table = m_model->table();
    QList<QuarantineTarget> devices;
    devices.reserve(rows.size());
    for (quint32 row : rows)
        devices.append(QuarantineTarget{table.backend(row), table.id(row), table.name(row),
                                        table.text(row, RegisterField::Class), table.safetyCritical(row)});
    m_selectionResult->clearResult();
    m_actions->revokeLicences(devices, this, [this](const SelectionOutcome &outcome) {
        if (outcome.failed > 0 || outcome.succeeded == 0)
            m_selectionResult->showFailed(outcome.message);
        else
            m_selectionResult->showSucceeded(outcome.message);
    });
}

ImpactDialog *RegisterPage::assessImpactOfSelection()
{
    if (!m_actions)
        return nullptr;
    const QList<quint32> rows = selectedTableRows();
    if (rows.isEmpty())
        return nullptr;
    if (rows.size() > MaxImpactSelection) {
        m_selectionResult->showFailed(tr("%1 devices are selected; impact is worked out for at most %2 at a time. "
                                         "Narrow the filter or the selection.")
                                          .arg(QLocale().toString(rows.size()), QLocale().toString(MaxImpactSelection)));
        return nullptr;
    }
    const DeviceTable &table = m_model->table();
    QList<std::pair<QString, int>> counts;
    QHash<QString, QStringList> idsOfBackend;
    for (quint32 row : rows) {
        const QString backend = table.backend(row);
        if (!idsOfBackend.contains(backend))
            counts.append({backend, 0});
        idsOfBackend[backend].append(table.id(row));
    }
    for (auto &[backend, count] : counts)
        count = int(idsOfBackend.value(backend).size());
    m_selectionResult->clearResult();
    auto *dialog = new ImpactDialog(counts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImpactDialog::showOnTopologyRequested, this, [this, dialog](const ImpactReport &report) {
        dialog->close();
        m_actions->showImpactOnTopology(report);
    });
    for (const auto &[backend, count] : std::as_const(counts)) {
        m_actions->assessImpact(backend, idsOfBackend.value(backend), dialog,
                                [dialog, backend](ImpactAnswer answer) { dialog->setAnswer(backend, answer); });
    }
    dialog->open();
    return dialog;
}

DeviceImportDialog *RegisterPage::openImport(const QString &fileName, const QByteArray &data, const QString &backend)
{
    auto *dialog = new DeviceImportDialog(fileName, data, m_model->table(), backend, m_model->siteNames(), m_actions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void RegisterPage::importCsvInteractive()
{
    if (!m_actions || m_model->backends().isEmpty())
        return;
    const QString path = m_chooseFile(false);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.size() > CsvReader::DefaultMaxBytes) {
        m_selectionResult->showFailed(tr("%1 is too large to import at once (%2 bytes). Split it into smaller files.")
                                          .arg(QFileInfo(path).fileName(), QLocale().toString(file.size())));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_selectionResult->showFailed(tr("Could not open %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray data = file.readAll();
    QString backend = m_model->backends().constFirst();
    if (m_model->backends().size() > 1) {
        bool ok = false;
        backend = QInputDialog::getItem(this, tr("Import devices"), tr("Import into which backend?"),
                                        m_model->backends(), 0, false, &ok);
        if (!ok)
            return;
    }
    openImport(QFileInfo(path).fileName(), data, backend);
}

void RegisterPage::exportView(const QString &path, bool anonymise, std::function<void(QString)> done)
{
    if (m_exporting)
        return;
    m_exporting = true;
    m_exportCancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_exportCancel;
    const DeviceTable snapshot = m_model->table();
    const QList<quint32> rows = m_model->viewRows();
    m_export->setEnabled(false);
    m_cancelExport->show();
    m_selectionResult->showWorking(tr("Exporting %1 devices…").arg(QLocale().toString(rows.size())));
    // Remember what the export contains for the result line; the watcher's finished() restores the buttons.
    const qsizetype count = rows.size();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_exportWatcher, &QFutureWatcher<QString>::finished, this,
                          [this, connection, done, path, count, anonymise] {
                              disconnect(*connection);
                              const QString error = m_exportWatcher.result();
                              if (error.isEmpty())
                                  m_selectionResult->showSucceeded(
                                      (anonymise ? tr("Exported %1 devices to %2 (owners anonymised, notes left out).")
                                                 : tr("Exported %1 devices to %2, with personal data."))
                                          .arg(QLocale().toString(count), QFileInfo(path).fileName()));
                              else
                                  m_selectionResult->showFailed(error);
                              m_exporting = false;
                              if (done)
                                  done(error);
                          });
    m_exportWatcher.setFuture(QtConcurrent::run([snapshot, rows, path, anonymise, cancel]() -> QString {
        DeviceCsv::ExportOptions options;
        options.anonymise = anonymise;
        const QByteArray csv = DeviceCsv::exportRows(snapshot, rows, options, cancel.get());
        if (cancel->load())
            return tr("The export was cancelled; no file was written.");
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return tr("Could not write %1: %2").arg(path, file.errorString());
        file.write(csv);
        if (!file.commit())
            return tr("Could not write %1: %2").arg(path, file.errorString());
        return QString();
    }));
}

void RegisterPage::exportCsvInteractive()
{
    if (m_exporting)
        return;
    bool anonymise = true;
    if (m_model->ownersVisible()) {
        QMessageBox box(QMessageBox::Question, tr("Export devices"),
                        tr("Export the %1 devices shown, in the order shown?").arg(QLocale().toString(m_model->rowCount())),
                        QMessageBox::Ok | QMessageBox::Cancel, this);
        auto *personal = new QCheckBox(tr("Include personal data (owner references and notes)"), &box);
        box.setCheckBox(personal);
        box.setInformativeText(tr("Without personal data, owners are replaced by pseudonyms that only group devices "
                                  "of the same owner within this file."));
        if (box.exec() != QMessageBox::Ok)
            return;
        anonymise = !personal->isChecked();
    }
    const QString path = m_chooseFile(true);
    if (path.isEmpty())
        return;
    exportView(path, anonymise);
}

} // namespace warden
