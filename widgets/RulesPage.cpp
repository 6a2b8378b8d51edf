#include "RulesPage.h"

#include "ActionResultLabel.h"
#include "DryRunHitModel.h"
#include "PageHeader.h"
#include "QuarantineListModel.h"
#include "RecordTable.h"
#include "RuleActions.h"
#include "RuleListModel.h"
#include "SeverityPalette.h"
#include "rules/RuleCondition.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>

namespace warden {

using namespace Qt::Literals::StringLiterals;

namespace {

const QList<RuleActionKind> ActionKinds{RuleActionKind::Quarantine, RuleActionKind::RevokeLicence,
                                        RuleActionKind::RaiseSeverity, RuleActionKind::Notify};
const QList<QuarantineLevel> Levels{QuarantineLevel::Isolate, QuarantineLevel::Disable,
                                    QuarantineLevel::RevokeCredentials};

} // namespace

RulesPage::RulesPage(RuleListModel *rules, RuleActions *actions, QWidget *parent)
    : QWidget(parent),
      m_rules(rules),
      m_sortedRules(new QSortFilterProxyModel(this)),
      m_actions(actions),
      m_hits(new DryRunHitModel(this)),
      m_confirm([](QWidget *owner, const QString &question) {
          return QMessageBox::question(owner, tr("Delete rule"), question) == QMessageBox::Yes;
      }),
      m_header(new PageHeader(tr("Policy rules"), this)),
      m_new(new QPushButton(tr("New rule"), this)),
      m_signIn(new QPushButton(tr("Sign in as admin…"), this)),
      m_roleNote(new QLabel(this)),
      m_result(new ActionResultLabel(this)),
      m_rulesView(new QTableView(this)),
      m_rulesEmpty(new QLabel(tr("No policy rules yet. Write one on the right, dry-run it against the stored "
                                 "history, then save it."), this)),
      m_editorTitle(createSectionTitle(tr("New rule"), this)),
      m_backend(new QComboBox(this)),
      m_backendLabel(new QLabel(tr("Backend"), this)),
      m_name(new QLineEdit(this)),
      m_condition(new QPlainTextEdit(this)),
      m_addTerm(new QComboBox(this)),
      m_conditionError(new QLabel(this)),
      m_action(new QComboBox(this)),
      m_level(new QComboBox(this)),
      m_priority(new QSpinBox(this)),
      m_enabled(new QCheckBox(tr("Enabled: the backend runs it on every new event"), this)),
      m_dryRun(new QPushButton(tr("Dry run"), this)),
      m_save(new QPushButton(tr("Save"), this)),
      m_delete(new QPushButton(tr("Delete"), this)),
      m_range(new QComboBox(this)),
      m_rangeFrom(new QDateTimeEdit(this)),
      m_rangeTo(new QDateTimeEdit(this)),
      m_summary(new QLabel(this)),
      m_hitsView(new QTableView(this))
{
    m_new->setIcon(QIcon::fromTheme(u"document-new"_s));
    m_signIn->setIcon(QIcon::fromTheme(u"system-users"_s));
    for (QPushButton *button : {m_new, m_signIn})
        button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_header->addStretch();
    m_header->addControl(m_signIn);
    m_header->addControl(m_new);
    m_roleNote->setWordWrap(true);
    m_roleNote->setAccessibleName(tr("Who rule changes are sent as"));

    setUpRecordTable(m_rulesView, tr("Policy rules"));
    // Sorted on raw values; by default in the engine's evaluation order (the order column's raw value is that order),
    // so sorting by any other column and back by "Runs" returns to it.
    m_sortedRules->setSourceModel(m_rules);
    m_sortedRules->setSortRole(RuleListModel::RawValueRole);
    m_sortedRules->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_rulesView->setModel(m_sortedRules);
    m_rulesView->setSortingEnabled(true);
    m_rulesView->sortByColumn(RuleListModel::OrderColumn, Qt::AscendingOrder);
    auto *rh = m_rulesView->horizontalHeader();
    rh->resizeSection(RuleListModel::OrderColumn, 52);
    rh->resizeSection(RuleListModel::NameColumn, 200);
    rh->resizeSection(RuleListModel::EnabledColumn, 75);
    rh->resizeSection(RuleListModel::PriorityColumn, 60);
    rh->resizeSection(RuleListModel::ConditionColumn, 260);
    rh->resizeSection(RuleListModel::ActionColumn, 130);
    m_rulesEmpty->setWordWrap(true);

    // --- editor ---------------------------------------------------------------------------------------------------
    m_backend->setAccessibleName(tr("Backend of the rule"));
    m_name->setPlaceholderText(tr("What the rule is for, e.g. \"Isolate cameras under brute force\""));
    m_name->setAccessibleName(tr("Rule name"));
    m_name->setMaxLength(200);
    m_condition->setAccessibleName(tr("Condition"));
    m_condition->setPlaceholderText(tr("e.g. type:brute_force class:ip_camera severity>=MAJOR count>=3 within 60s"));
    m_condition->setTabChangesFocus(true);
    m_condition->setFixedHeight(m_condition->fontMetrics().lineSpacing() * 3 + 14);
    QFont mono = m_condition->font();
    mono.setFamily(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_condition->setFont(mono);
    m_conditionError->setWordWrap(true);
    m_conditionError->setAccessibleName(tr("Condition check"));
    m_conditionError->setTextFormat(Qt::PlainText);

    m_addTerm->setAccessibleName(tr("Add a condition term"));
    m_addTerm->addItem(tr("Add a term…"));
    // The grammar's own field list, so every field the backend understands is offered and none it does not.
    const QList<FieldInfo> fields = RuleCondition::fields();
    const QStringList wanted{u"type"_s,     u"severity"_s, u"class"_s, u"site"_s, u"risk"_s,
                             u"vulnerable"_s, u"cve"_s,    u"fw"_s,    u"count"_s, u"safety"_s};
    for (const QString &name : wanted) {
        for (const FieldInfo &field : fields) {
            if (field.name == name && !field.example.isEmpty()) {
                m_addTerm->addItem(tr("%1 — %2").arg(field.example, field.description), field.example);
                break;
            }
        }
    }

    for (RuleActionKind kind : ActionKinds) {
        switch (kind) {
        case RuleActionKind::Quarantine: m_action->addItem(tr("Quarantine the device"), int(kind)); break;
        case RuleActionKind::RevokeLicence: m_action->addItem(tr("Revoke the device's licences"), int(kind)); break;
        case RuleActionKind::RaiseSeverity: m_action->addItem(tr("Raise the incident's severity"), int(kind)); break;
        case RuleActionKind::Notify: m_action->addItem(tr("Notify (audit entry only)"), int(kind)); break;
        }
    }
    m_action->setAccessibleName(tr("Action"));
    for (QuarantineLevel level : Levels)
        m_level->addItem(QuarantineListModel::levelText(level), int(level));
    m_level->setAccessibleName(tr("Quarantine level"));
    m_priority->setRange(0, 1000000);
    m_priority->setValue(100);
    m_priority->setAccessibleName(tr("Priority"));
    m_priority->setToolTip(tr("Rules run in ascending priority number; every matching rule acts."));
    m_dryRun->setIcon(QIcon::fromTheme(u"media-playback-start"_s));
    m_dryRun->setToolTip(tr("Runs the rule as written over the backend's stored events; nothing is saved or done."));
    m_save->setIcon(QIcon::fromTheme(u"document-save"_s));
    m_delete->setIcon(QIcon::fromTheme(u"edit-delete"_s));

    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(8, 4, 0, 0);
    editorLayout->addWidget(m_editorTitle);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_backendLabel, m_backend);
    form->addRow(tr("Name"), m_name);
    auto *conditionBox = new QVBoxLayout;
    conditionBox->setSpacing(2);
    conditionBox->addWidget(m_condition);
    conditionBox->addWidget(m_conditionError);
    conditionBox->addWidget(m_addTerm);
    form->addRow(tr("When"), conditionBox);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_action, 2);
    actionRow->addWidget(m_level, 1);
    form->addRow(tr("Then"), actionRow);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_priority);
    optionsRow->addSpacing(16);
    optionsRow->addWidget(m_enabled, 1);
    form->addRow(tr("Priority"), optionsRow);
    editorLayout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_dryRun);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);
    editorLayout->addLayout(buttons);
    editorLayout->addWidget(createSectionTitle(tr("Dry run"), editor));
    m_range->setAccessibleName(tr("Dry-run range"));
    m_range->setToolTip(tr("Which stored events the dry run covers. At most %1 events are scanned (the newest of the "
                           "range); the summary says what was covered.")
                            .arg(QLocale().toString(DryRunRange::MaxEvents)));
    m_range->addItem(tr("Last hour"), int(DryRunRange::Preset::LastHour));
    m_range->addItem(tr("Last 24 hours"), int(DryRunRange::Preset::LastDay));
    m_range->addItem(tr("Last 7 days"), int(DryRunRange::Preset::LastWeek));
    m_range->addItem(tr("Custom from–to"), int(DryRunRange::Preset::Custom));
    m_range->addItem(tr("Everything cached"), int(DryRunRange::Preset::EverythingCached));
    m_range->setCurrentIndex(m_range->findData(int(DryRunRange::Preset::LastDay)));
    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit *edit : {m_rangeFrom, m_rangeTo}) {
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        edit->setCalendarPopup(true);
    }
    m_rangeFrom->setAccessibleName(tr("Dry run from"));
    m_rangeTo->setAccessibleName(tr("Dry run to"));
    m_rangeFrom->setDateTime(now.addDays(-1));
    m_rangeTo->setDateTime(now);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(new QLabel(tr("Events"), editor));
    rangeRow->addWidget(m_range);
    rangeRow->addWidget(m_rangeFrom);
    rangeRow->addWidget(m_rangeTo);
    rangeRow->addStretch(1);
    editorLayout->addLayout(rangeRow);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Dry run summary"));
    m_summary->setText(tr("Dry-run the rule to see which devices it would have hit in the stored history, and when."));
    editorLayout->addWidget(m_summary);
    setUpRecordTable(m_hitsView, tr("Devices the rule would have hit"));
    m_hitsView->setModel(m_hits);
    auto *hh = m_hitsView->horizontalHeader();
    hh->setStretchLastSection(false);
    hh->resizeSection(DryRunHitModel::TimeColumn, 150);
    hh->resizeSection(DryRunHitModel::DeviceColumn, 250);
    hh->setSectionResizeMode(DryRunHitModel::ActionColumn, QHeaderView::Stretch);
    hh->resizeSection(DryRunHitModel::EventColumn, 80);
    editorLayout->addWidget(m_hitsView, 1);

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 4, 8, 0);
    listLayout->addWidget(createSectionTitle(tr("Rules"), list));
    listLayout->addWidget(m_rulesEmpty);
    listLayout->addWidget(m_rulesView, 1);

    auto *body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(list);
    body->addWidget(editor);
    body->setStretchFactor(0, 4);
    body->setStretchFactor(1, 5);
    body->setChildrenCollapsible(false);
    body->setSizes({540, 760});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_roleNote);
    layout->addWidget(m_result);
    layout->addWidget(body, 1);

    connect(m_new, &QPushButton::clicked, this, &RulesPage::newRule);
    connect(m_signIn, &QPushButton::clicked, this, &RulesPage::signInForRules);
    connect(m_dryRun, &QPushButton::clicked, this, &RulesPage::dryRun);
    connect(m_save, &QPushButton::clicked, this, &RulesPage::save);
    connect(m_delete, &QPushButton::clicked, this, &RulesPage::deleteRule);
    connect(m_condition, &QPlainTextEdit::textChanged, this, [this] {
        checkCondition();
        showDryRunStale();
        updateButtons();
    });
    connect(m_name, &QLineEdit::textChanged, this, &RulesPage::updateButtons);
    const auto rangeChanged = [this] {
        updateRangeEdits();
        if (!m_hits->hasResult())
            return;
        m_hits->clear();
        m_summary->setText(tr("The range changed since the last dry run: run it again."));
    };
    connect(m_range, &QComboBox::currentIndexChanged, this, rangeChanged);
    connect(m_rangeFrom, &QDateTimeEdit::dateTimeChanged, this, rangeChanged);
    connect(m_rangeTo, &QDateTimeEdit::dateTimeChanged, this, rangeChanged);
    connect(m_action, &QComboBox::currentIndexChanged, this, [this] {
        m_level->setEnabled(RuleActionKind(m_action->currentData().toInt()) == RuleActionKind::Quarantine);
        showDryRunStale();
    });
    connect(m_backend, &QComboBox::currentIndexChanged, this, [this] {
        updateRoleNote();
        updateButtons();
    });
    connect(m_addTerm, &QComboBox::activated, this, [this](int index) {
        const QString term = m_addTerm->itemData(index).toString();
        m_addTerm->setCurrentIndex(0);
        if (term.isEmpty())
            return;
        const QString text = m_condition->toPlainText().trimmed();
        m_condition->setPlainText(text.isEmpty() ? term : text + u' ' + term);
        m_condition->setFocus();
        m_condition->moveCursor(QTextCursor::End);
    });
    connect(m_rulesView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RulesPage::loadSelectedRule);
    connect(m_rules, &QAbstractItemModel::modelReset, this, &RulesPage::updateCounts);
    connect(m_rules, &QAbstractItemModel::modelReset, this, &RulesPage::refreshBackends);

    m_level->setEnabled(true);
    updateRangeEdits();
    checkCondition();
    refreshBackends();
    updateCounts();
}

Rule RulesPage::editedRule() const
{
    Rule rule;
    rule.id = m_editingId;
    rule.name = m_name->text().trimmed();
    rule.enabled = m_enabled->isChecked();
    rule.priority = m_priority->value();
    rule.condition = m_condition->toPlainText().trimmed();
    rule.action = RuleActionKind(m_action->currentData().toInt());
    rule.quarantineLevel =
        rule.action == RuleActionKind::Quarantine ? QuarantineLevel(m_level->currentData().toInt()) : QuarantineLevel::None;
    rule.createdBy = m_createdBy;
    return rule;
}

QString RulesPage::editedBackend() const
{
    return m_editingId.isEmpty() ? m_backend->currentText() : m_editingBackend;
}

void RulesPage::editRule(const QString &backend, const Rule &rule)
{
    m_editingId = rule.id;
    m_editingBackend = backend;
    m_createdBy = rule.createdBy;
    if (const int index = m_backend->findText(backend); index >= 0)
        m_backend->setCurrentIndex(index);
    m_backend->setEnabled(rule.id.isEmpty());
    m_editorTitle->setText(rule.id.isEmpty() ? tr("New rule")
                                             : tr("Rule %1 · created by %2")
                                                   .arg(rule.id, rule.createdBy.isEmpty() ? tr("unknown")
                                                                                          : rule.createdBy));
    m_name->setText(rule.name);
    m_condition->setPlainText(rule.condition);
    m_action->setCurrentIndex(std::max(0, m_action->findData(int(rule.action))));
    if (rule.quarantineLevel != QuarantineLevel::None)
        m_level->setCurrentIndex(std::max(0, m_level->findData(int(rule.quarantineLevel))));
    m_level->setEnabled(rule.action == RuleActionKind::Quarantine);
    m_priority->setValue(rule.priority);
    m_enabled->setChecked(rule.enabled);
    m_hits->clear();
    m_summary->setText(tr("Dry-run the rule to see which devices it would have hit in the stored history, and when."));
    updateRoleNote();
    updateButtons();
}

void RulesPage::newRule()
{
    m_rulesView->clearSelection();
    Rule rule;
    rule.action = RuleActionKind::Quarantine;
    rule.quarantineLevel = QuarantineLevel::Isolate;
    editRule(m_backend->currentText(), rule);
    m_result->clearResult();
    m_name->setFocus();
}

void RulesPage::loadSelectedRule()
{
    const QModelIndexList rows = m_rulesView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QModelIndex index = m_sortedRules->mapToSource(rows.constFirst());
    editRule(index.data(RuleListModel::BackendRole).toString(), m_rules->ruleAt(index.row()));
    m_result->clearResult();
}

void RulesPage::checkCondition()
{
    const QString text = m_condition->toPlainText();
    ExpressionError error;
    const bool empty = text.trimmed().isEmpty();
    const Result<RuleCondition> parsed = empty ? Result<RuleCondition>(RuleCondition()) : RuleCondition::parse(text, &error);
    QList<QTextEdit::ExtraSelection> marks;
    if (parsed.ok()) {
        m_errorPosition = empty ? 0 : -1;
        m_conditionError->setStyleSheet(QString());
        m_conditionError->setText(empty ? tr("Write the condition: event type, severity, device class, site, risk "
                                              "score, firmware vulnerabilities, repetition (count>=N within T).")
                                        : parsed->repetition()
                                              ? tr("Valid. Acts on the %1th matching event of a device within %2 s.")
                                                    .arg(parsed->repetition()->count)
                                                    .arg(double(parsed->repetition()->windowMs) / 1000.0)
                                              : tr("Valid. Acts on every matching event."));
    } else {
        m_errorPosition = error.position;
        // The parser's message names the term and its column; the underline shows the exact characters.
        m_conditionError->setText(error.message);
        m_conditionError->setStyleSheet(u"color: %1;"_s.arg(Palette::severity(Severity::Critical).name()));
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_condition->document());
        mark.cursor.setPosition(std::clamp(error.position, 0, int(text.size())));
        mark.cursor.setPosition(std::clamp(error.position + std::max(error.length, 1), 0, int(text.size())),
                                QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(Palette::severity(Severity::Critical));
        mark.format.setBackground(QColor(0xD3, 0x2F, 0x2F, 40));
        marks.append(mark);
    }
    m_condition->setExtraSelections(marks);
}

void RulesPage::showDryRunStale()
{
    if (!m_hits->hasResult())
        return;
    m_hits->clear();
    m_summary->setText(tr("The rule changed since the last dry run: run it again before saving."));
}

void RulesPage::updateCounts()
{
    const int count = m_rules->rowCount();
    int enabled = 0;
    for (int row = 0; row < count; ++row)
        enabled += m_rules->ruleAt(row).enabled ? 1 : 0;
    m_header->setSubtitle(count == 0 ? tr("Automatic actions on events, run by the backend")
                                     : tr("%1, %2 enabled · the backend runs them on every new event in the order "
                                          "of the Runs column (ascending priority number, then rule id)")
                                           .arg(tr("%n rule(s)", nullptr, count))
                                           .arg(enabled));
    m_rulesEmpty->setVisible(count == 0);
}

void RulesPage::refreshBackends()
{
    const QStringList backends = m_actions->ruleBackends();
    const QString current = m_backend->currentText();
    QStringList present;
    for (int i = 0; i < m_backend->count(); ++i)
        present.append(m_backend->itemText(i));
    if (present != backends) {
        const QSignalBlocker block(m_backend);
        m_backend->clear();
        m_backend->addItems(backends);
        m_backend->setCurrentIndex(std::max(0, int(backends.indexOf(current))));
    }
    m_backend->setVisible(backends.size() > 1);
    m_backendLabel->setVisible(backends.size() > 1);
    updateRoleNote();
    updateButtons();
}

void RulesPage::updateRoleNote()
{
    const QString backend = editedBackend();
    if (backend.isEmpty()) {
        m_roleNote->setText(tr("Connect to a backend to dry-run and change its rules."));
        m_signIn->setVisible(false);
        return;
    }
    const QString editor = m_actions->ruleEditor(backend);
    const QStringList roles = m_actions->ruleEditorRoles(backend);
    const bool admin = roles.contains(u"admin"_s);
    if (admin)
        m_roleNote->setText(tr("Rule changes on %1 are sent as %2 (admin).").arg(backend, editor));
    else
        m_roleNote->setText(tr("You are signed in to %1 as %2 (%3). Dry runs work for you; the backend lets only "
                               "admins save or delete rules, so it will refuse those. Sign in as an admin for rule "
                               "changes.")
                                .arg(backend, editor.isEmpty() ? tr("nobody") : editor,
                                     roles.isEmpty() ? tr("no role") : roles.join(u", "_s)));
    m_signIn->setVisible(!admin);
    m_signIn->setText(m_actions->hasDemoAdmin(backend) ? tr("Sign in as admin (demo account)")
                                                       : tr("Sign in as admin…"));
}

void RulesPage::updateButtons()
{
    const bool connected = !editedBackend().isEmpty();
    const bool valid = m_errorPosition < 0 && !m_name->text().trimmed().isEmpty();
    m_dryRun->setEnabled(connected && !m_busy && m_errorPosition < 0);
    m_save->setEnabled(connected && !m_busy && valid);
    m_delete->setEnabled(connected && !m_busy && !m_editingId.isEmpty());
    m_signIn->setEnabled(connected && !m_busy);
    m_save->setText(m_editingId.isEmpty() ? tr("Save new rule") : tr("Save changes"));
}

DryRunRange RulesPage::dryRunRange() const
{
    const auto preset = DryRunRange::Preset(m_range->currentData().toInt());
    if (preset == DryRunRange::Preset::Custom)
        return DryRunRange::custom(m_rangeFrom->dateTime(), m_rangeTo->dateTime());
    return DryRunRange(preset);
}

void RulesPage::setDryRunRange(const DryRunRange &range)
{
    if (range.preset() == DryRunRange::Preset::Custom) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (range.from(now).isValid())
            m_rangeFrom->setDateTime(range.from(now).toLocalTime());
        if (range.to(now).isValid())
            m_rangeTo->setDateTime(range.to(now).toLocalTime());
    }
    m_range->setCurrentIndex(std::max(0, m_range->findData(int(range.preset()))));
    updateRangeEdits();
}

void RulesPage::updateRangeEdits()
{
    const bool custom = DryRunRange::Preset(m_range->currentData().toInt()) == DryRunRange::Preset::Custom;
    m_rangeFrom->setVisible(custom);
    m_rangeTo->setVisible(custom);
}

void RulesPage::dryRun()
{
    const QString backend = editedBackend();
    if (backend.isEmpty() || m_busy)
        return;
    const Rule rule = editedRule();
    const DryRunRange range = dryRunRange();
    begin(tr("Running \"%1\" over %2 of the stored events of %3…").arg(rule.name, range.describe(), backend));
    m_actions->dryRunRule(backend, rule, range, this,
                          [this, backend, rule, range](FleetResult<RangedDryRun> result) {
        m_busy = false;
        if (!result) {
            m_result->showFailed(tr("The dry run failed: %1").arg(result.error().message()));
        } else {
            QHash<QString, QString> names;
            for (const RuleHit &hit : std::as_const(result->run.hits))
                if (!names.contains(hit.deviceId))
                    names.insert(hit.deviceId, m_actions->deviceName(backend, hit.deviceId));
            m_hits->setResult(result->run, names, range.describe(), result->span);
            m_summary->setText(m_hits->summary());
            m_result->showSucceeded(tr("Dry run of \"%1\" finished; nothing was saved or done.").arg(rule.name));
        }
        updateButtons();
    });
}

void RulesPage::save()
{
    const QString backend = editedBackend();
    if (backend.isEmpty() || m_busy)
        return;
    const Rule rule = editedRule();
    begin(tr("Saving \"%1\" on %2…").arg(rule.name, backend));
    m_actions->saveRule(backend, rule, this, [this, backend, rule](FleetResult<Rule> saved) {
        m_busy = false;
        if (!saved) {
            const FleetError &error = saved.error();
            m_result->showFailed(error.httpStatus() == 403
                                     ? tr("%1 refused to save the rule: %2").arg(backend, error.message())
                                     : tr("The rule was not saved: %1").arg(error.message()));
            if (error.field().contains(u"condition"_s)) {
                m_conditionError->setText(tr("The backend refused the condition: %1").arg(error.message()));
                m_conditionError->setStyleSheet(
                    u"color: %1;"_s.arg(Palette::severity(Severity::Critical).name()));
            }
        } else {
            const bool created = rule.id.isEmpty();
            m_editingId = saved->id;
            m_editingBackend = backend;
            m_createdBy = saved->createdBy;
            m_backend->setEnabled(false);
            m_editorTitle->setText(tr("Rule %1 · created by %2").arg(saved->id, saved->createdBy));
            m_result->showSucceeded((created ? tr("Rule \"%1\" created as %2 (%3).") : tr("Rule \"%1\" (%2) saved (%3)."))
                                        .arg(saved->name, saved->id,
                                             saved->enabled ? tr("enabled: the backend runs it from now on")
                                                            : tr("disabled")));
        }
        updateRoleNote();
        updateButtons();
    });
}

void RulesPage::deleteRule()
{
    const QString backend = editedBackend();
    if (backend.isEmpty() || m_editingId.isEmpty() || m_busy)
        return;
    const QString id = m_editingId;
    const QString name = m_name->text();
    if (!m_confirm(this, tr("Delete the rule \"%1\" (%2) on %3? The backend stops running it at once.")
                             .arg(name, id, backend)))
        return;
    begin(tr("Deleting \"%1\"…").arg(name));
    m_actions->deleteRule(backend, id, this, [this, backend, id, name](FleetResult<std::monostate> done) {
        m_busy = false;
        if (!done) {
            const FleetError &error = done.error();
            m_result->showFailed(error.httpStatus() == 403
                                     ? tr("%1 refused to delete the rule: %2").arg(backend, error.message())
                                     : tr("The rule was not deleted: %1").arg(error.message()));
        } else {
            m_result->showSucceeded(tr("Rule \"%1\" (%2) deleted.").arg(name, id));
            if (m_editingId == id)
                newRule();
            m_result->showSucceeded(tr("Rule \"%1\" (%2) deleted.").arg(name, id));
        }
        updateButtons();
    });
}

void RulesPage::signInForRules()
{
    const QString backend = editedBackend();
    if (backend.isEmpty() || m_busy)
        return;
    if (!m_actions->hasDemoAdmin(backend)) {
        askForAccount(backend);
        return;
    }
    begin(tr("Signing in to %1 as the demo admin…").arg(backend));
    m_actions->signInAsDemoAdmin(backend, this,
                                 [this, backend](FleetResult<LoginSession> login) { signedIn(backend, login); });
}

void RulesPage::askForAccount(const QString &backend)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Sign in for rule changes"));
    auto *form = new QFormLayout(&dialog);
    auto *explain = new QLabel(tr("Rule changes on %1 need an admin account. Your own session stays signed in.")
                                   .arg(backend), &dialog);
    explain->setWordWrap(true);
    form->addRow(explain);
    auto *user = new QLineEdit(&dialog);
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    auto *totp = new QLineEdit(&dialog);
    totp->setInputMask(u"999999"_s);
    form->addRow(tr("User"), user);
    form->addRow(tr("Password"), password);
    form->addRow(tr("Authenticator code"), totp);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    begin(tr("Signing in to %1 as %2…").arg(backend, user->text()));
    m_actions->signInForRules(backend, user->text().trimmed(), password->text(), totp->text(), this,
                              [this, backend](FleetResult<LoginSession> login) { signedIn(backend, login); });
    password->clear();
}

void RulesPage::signedIn(const QString &backend, const FleetResult<LoginSession> &login)
{
    m_busy = false;
    if (!login)
        m_result->showFailed(tr("Signing in failed: %1").arg(login.error().message()));
    else
        m_result->showSucceeded(tr("Rule changes on %1 are now sent as %2.").arg(backend, login->user));
    updateRoleNote();
    updateButtons();
}

void RulesPage::begin(const QString &working)
{
    m_busy = true;
    updateButtons();
    m_result->showWorking(working);
}

} // namespace warden
