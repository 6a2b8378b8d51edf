#include "RegisterPage.h"

#include "DeviceRegisterModel.h"
#include "PageHeader.h"
#include "inventory/DeviceTableAccessor.h"
#include "rules/FilterExpression.h"

#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace warden {

namespace {
const QString SavedFiltersKey = QStringLiteral("register/savedFilters");
const QString HeaderStateKey = QStringLiteral("register/headerState");

QStringList completionTerms()
{
    QStringList terms;
    for (const FieldInfo &field : FilterExpression::fields()) {
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
      m_details(new QTextBrowser(this)),
      m_busy(new QLabel(this))
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
    m_header->addControl(m_columns);

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
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RegisterPage::updateCounts);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &RegisterPage::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegisterPage::updateCounts);

    m_details->setAccessibleName(tr("Device details"));
    m_details->setPlaceholderText(tr("Select a device to see its details."));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 320});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_filterMessage);
    layout->addWidget(splitter, 1);
    updateCounts();
}

bool RegisterPage::applyFilter(const QString &text)
{
    m_filter->setText(text);
    ExpressionError details;
    const auto expression = FilterExpression::parse(text, &details);
    if (!expression.ok()) {
        m_filterMessage->setText(expression.errorMessage());
        m_filterMessage->show();
        m_filter->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #D32F2F; }"));
        return false;
    }
    m_filterMessage->hide();
    m_filterMessage->clear();
    m_filter->setStyleSheet(QString());
    if (expression->isEmpty()) {
        m_model->setFilter({});
        return true;
    }
    const FilterExpression compiled = *expression;
    const QHash<QString, QString> siteNames = m_model->siteNames();
    m_model->setFilter([compiled, siteNames](const DeviceTable &table, qsizetype row) {
        const DeviceTableAccessor accessor(table, siteNames);
        return compiled.matches(accessor, row);
    });
    return true;
}

QString RegisterPage::filterError() const
{
    return m_filterMessage->text();
}

void RegisterPage::updateCounts()
{
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
        m_details->clear();
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
    m_details->setHtml(html);
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

} // namespace warden
