#include "KeyboardShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

// Searching "ctrl+5" must find the row whatever the platform calls the keys, so both spellings are searched.
constexpr int SearchRole = Qt::UserRole + 1;

} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QList<ShortcutEntry> &shortcuts, QWidget *parent)
    : QDialog(parent),
      m_search(new QLineEdit(this)),
      m_count(new QLabel(this)),
      m_model(new QStandardItemModel(0, ColumnCount, this)),
      m_filter(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setObjectName(u"keyboardShortcutsDialog"_s);
    resize(640, 520);

    m_model->setHorizontalHeaderLabels({tr("Keys"), tr("Action"), tr("Where")});
    for (const ShortcutEntry &entry : shortcuts) {
        const QString native = entry.keys.toString(QKeySequence::NativeText);
        const QString portable = entry.keys.toString(QKeySequence::PortableText);
        auto *keys = new QStandardItem(native);
        auto *action = new QStandardItem(entry.action);
        auto *area = new QStandardItem(entry.area);
        const QString searchable = native + u' ' + portable + u' ' + entry.action + u' ' + entry.area;
        for (QStandardItem *item : {keys, action, area}) {
            item->setEditable(false);
            item->setData(searchable, SearchRole);
        }
        keys->setFont([] {
            QFont font;
            font.setBold(true);
            return font;
        }());
        m_model->appendRow({keys, action, area});
    }

    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(SearchRole);
    m_filter->setFilterKeyColumn(KeysColumn);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search->setPlaceholderText(tr("Search keys, actions or pages"));
    m_search->setAccessibleName(tr("Search shortcuts"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateCount();
    });

    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(26);
    m_table->horizontalHeader()->setSectionResizeMode(KeysColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AreaColumn, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(buttons);
    layout->addLayout(footer);
    updateCount();
    m_search->setFocus();
}

void KeyboardShortcutsDialog::setSearchText(const QString &text)
{
    m_search->setText(text);
}

int KeyboardShortcutsDialog::visibleCount() const
{
    return m_filter->rowCount();
}

QString KeyboardShortcutsDialog::visibleAction(int row) const
{
    return m_filter->index(row, ActionColumn).data().toString();
}

void KeyboardShortcutsDialog::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n shortcut(s)", nullptr, total)
                                    : tr("%1 of %n shortcut(s)", nullptr, total).arg(shown));
}

} // namespace warden
