#include "AuditTrailPage.h"

#include "EmptyStatePage.h"
#include "PageHeader.h"
#include "audit/AuditProof.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace warden {

namespace {

QString fingerprint(const QByteArray &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

QString bannerStyle(const char *background, const char *border)
{
    return QStringLiteral("QLabel { background: %1; border: 1px solid %2; border-radius: 4px; padding: 8px 12px; "
                          "margin: 0 16px 6px 16px; }")
        .arg(QLatin1String(background), QLatin1String(border));
}

} // namespace

AuditTrailPage::AuditTrailPage(QWidget *parent)
    : QWidget(parent),
      m_model(new AuditEntryModel(this)),
      m_filter(new AuditFilterModel(this)),
      m_header(new PageHeader(tr("Audit"), this)),
      m_chain(new QComboBox(this)),
      m_refresh(new QPushButton(tr("Fetch and verify"), this)),
      m_export(new QPushButton(tr("Export with proof…"), this)),
      m_actor(new QLineEdit(this)),
      m_action(new QLineEdit(this)),
      m_target(new QLineEdit(this)),
      m_time(new QComboBox(this)),
      m_banner(new QLabel(this)),
      m_head(new QLabel(this)),
      m_status(new QLabel(this)),
      m_body(new QStackedWidget(this)),
      m_view(new QTableView(this)),
      m_details(new QTextBrowser(this))
{
    m_filter->setSourceModel(m_model);
    m_header->setSubtitle(tr("Every operator action and the backend's signed hash chain, verified entry by entry"));

    m_chain->setAccessibleName(tr("Audit chain"));
    m_chain->setMinimumContentsLength(28);
    connect(m_chain, &QComboBox::currentIndexChanged, this, &AuditTrailPage::showCurrentChain);
    m_refresh->setAccessibleName(tr("Fetch the backend's audit chain and verify both chains"));
    connect(m_refresh, &QPushButton::clicked, this, [this] { emit refreshRequested(currentChainKey()); });
    m_export->setAccessibleName(tr("Export the selected range with its proof"));
    connect(m_export, &QPushButton::clicked, this, &AuditTrailPage::exportWithDialog);
    m_header->addControl(m_chain);
    m_header->addControl(m_refresh);
    m_header->addControl(m_export);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(16, 0, 16, 6);
    const std::initializer_list<std::pair<QLineEdit *, QString>> edits = {
        {m_actor, tr("Operator")}, {m_action, tr("Action")}, {m_target, tr("Device or target")}};
    for (const auto &[edit, label] : edits) {
        edit->setPlaceholderText(label);
        edit->setAccessibleName(tr("Filter by %1").arg(label.toLower()));
        edit->setClearButtonEnabled(true);
        filters->addWidget(edit, 1);
    }
    connect(m_actor, &QLineEdit::textChanged, m_filter, &AuditFilterModel::setActor);
    connect(m_action, &QLineEdit::textChanged, m_filter, &AuditFilterModel::setAction);
    connect(m_target, &QLineEdit::textChanged, m_filter, &AuditFilterModel::setTarget);
    m_time->setAccessibleName(tr("Time window"));
    m_time->addItem(tr("Any time"), 0);
    m_time->addItem(tr("Last hour"), 3600);
    m_time->addItem(tr("Last 24 hours"), 86400);
    m_time->addItem(tr("Last 7 days"), 7 * 86400);
    m_time->addItem(tr("Last 30 days"), 30 * 86400);
    connect(m_time, &QComboBox::currentIndexChanged, this, &AuditTrailPage::applyTimeFilter);
    filters->addWidget(m_time);

    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setAccessibleName(tr("Chain verification"));
    m_banner->hide();
    m_head->setWordWrap(true);
    m_head->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_head->setAccessibleName(tr("Signed head"));
    m_head->hide();
    m_status->setContentsMargins(16, 0, 16, 6);
    m_status->setAccessibleName(tr("Export result"));
    m_status->hide();

    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditEntryModel::IndexColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Audit entries"));
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(AuditEntryModel::VerifiedColumn, digit * 9);
    m_view->setColumnWidth(AuditEntryModel::IndexColumn, digit * 7);
    m_view->setColumnWidth(AuditEntryModel::TimeColumn, digit * 21);
    m_view->setColumnWidth(AuditEntryModel::ActorColumn, digit * 14);
    m_view->setColumnWidth(AuditEntryModel::ActionColumn, digit * 26);
    m_view->setColumnWidth(AuditEntryModel::TargetColumn, digit * 24);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDetails(current); });

    m_details->setAccessibleName(tr("Entry details"));
    m_details->setOpenLinks(false);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 360});

    m_body->addWidget(new EmptyStatePage(tr("No audit chain yet"),
                                         tr("Connect to a backend (Fleet → Connect) or start the demo: the backend's "
                                            "audit chain is fetched and verified here, and every action you take is "
                                            "recorded in the console's own chain."),
                                         this));
    m_body->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_head);
    layout->addWidget(m_status);
    layout->addWidget(m_body, 1);
    showCurrentChain();
}

QString AuditTrailPage::currentChainKey() const
{
    return m_chain->currentData().toString();
}

void AuditTrailPage::showChain(const QString &key)
{
    const int index = m_chain->findData(key);
    if (index >= 0)
        m_chain->setCurrentIndex(index);
}

QString AuditTrailPage::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QString AuditTrailPage::headText() const
{
    return m_head->isHidden() ? QString() : m_head->text();
}

void AuditTrailPage::setChain(const AuditChainSnapshot &chain)
{
    m_chains.insert(chain.key, chain);
    const QString title = chain.backendChain ? tr("%1 · backend chain").arg(chain.source)
                                             : tr("%1 · console actions").arg(chain.source);
    int index = m_chain->findData(chain.key);
    if (index < 0) {
        m_chain->addItem(title, chain.key);
        index = m_chain->count() - 1;
    }
    const QString marked = chain.verification.intact ? title : tr("%1 — broken").arg(title);
    m_chain->setItemText(index, marked);
    if (index == m_chain->currentIndex())
        showCurrentChain();
}

void AuditTrailPage::showCurrentChain()
{
    const auto it = m_chains.constFind(currentChainKey());
    m_body->setCurrentIndex(it == m_chains.constEnd() ? 0 : 1);
    m_export->setEnabled(it != m_chains.constEnd() && !it->entries.isEmpty());
    m_refresh->setEnabled(it != m_chains.constEnd());
    if (it == m_chains.constEnd()) {
        m_model->setChain({}, {});
        m_banner->hide();
        m_head->hide();
        return;
    }
    const AuditChainSnapshot &chain = *it;
    m_model->setChain(chain.entries, chain.verification);

    if (!chain.verification.intact) {
        const qint64 position = chain.verification.firstBrokenIndex;
        const qint64 index = position >= 0 && position < chain.entries.size() ? chain.entries.at(position).index : -1;
        m_banner->setText(tr("<b>This audit chain is broken at entry %1.</b> %2 Entries from there on cannot be "
                             "trusted and are marked ✗.")
                              .arg(index)
                              .arg(chain.verification.reason.toHtmlEscaped()));
        m_banner->setStyleSheet(bannerStyle("#FDECEA", "#D32F2F"));
        m_banner->show();
    } else if (!chain.fetchError.isEmpty()) {
        m_banner->setText(tr("The backend's chain could not be fetched: %1 The cached entries are shown.")
                              .arg(chain.fetchError.toHtmlEscaped()));
        m_banner->setStyleSheet(bannerStyle("#FFF4E5", "#ED6C02"));
        m_banner->show();
    } else {
        m_banner->hide();
    }

    if (chain.backendChain) {
        QString text;
        if (chain.headVerified && chain.head) {
            text = tr("✓ Signed head: entry %1 signed at %2 by the pinned key %3 — the cached chain matches it.")
                       .arg(chain.head->index)
                       .arg(chain.head->signedAt, fingerprint(chain.publicKey));
            m_head->setStyleSheet(bannerStyle("#EDF7ED", "#2E7D32"));
        } else {
            text = tr("✗ Signed head not verified: %1").arg(chain.headProblem.toHtmlEscaped());
            m_head->setStyleSheet(chain.offeredKey.isEmpty() ? bannerStyle("#FFF4E5", "#ED6C02")
                                                             : bannerStyle("#FDECEA", "#D32F2F"));
        }
        m_head->setText(text);
        m_head->show();
    } else {
        m_head->setText(tr("The console's own chain is kept in this computer's cache; it is hash-chained but not "
                           "signed."));
        m_head->setStyleSheet(bannerStyle("#F3F4F6", "#C4C8CE"));
        m_head->show();
    }
    m_details->clear();
    // The newest entry's details are shown without selecting it, so an export still covers every row shown.
    if (m_filter->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_filter->index(0, 0), QItemSelectionModel::NoUpdate);
}

void AuditTrailPage::showDetails(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_filter->mapToSource(proxyIndex);
    const AuditEntry *entry = m_model->entryFromIndex(source);
    if (!entry) {
        m_details->clear();
        return;
    }
    const bool verified = m_model->isVerified(source.row());
    const AuditChain::Verification &verification = m_model->verification();
    QString status = verified ? tr("✓ Verified") : tr("✗ Not verified");
    if (!verified && source.row() == verification.firstBrokenIndex)
        status += QStringLiteral(" — ") + verification.reason.toHtmlEscaped();
    m_details->setHtml(
        tr("<h3>Entry %1</h3><p>%2</p><table cellspacing='4'>"
           "<tr><td><b>Time</b></td><td>%3</td></tr><tr><td><b>Operator</b></td><td>%4</td></tr>"
           "<tr><td><b>Action</b></td><td>%5</td></tr><tr><td><b>Target</b></td><td>%6</td></tr>"
           "<tr><td><b>Hash</b></td><td><code>%7</code></td></tr><tr><td><b>Previous</b></td><td><code>%8</code></td></tr>"
           "</table><p><b>Details</b></p><pre>%9</pre>")
            .arg(entry->index)
            .arg(status, entry->time.toUTC().toString(Qt::ISODateWithMs), entry->actor.toHtmlEscaped(),
                 entry->action.toHtmlEscaped(), entry->target.toHtmlEscaped(),
                 QString::fromLatin1(entry->hash.toHex()), QString::fromLatin1(entry->prevHash.toHex()),
                 QString::fromUtf8(QJsonDocument(entry->details).toJson(QJsonDocument::Indented)).toHtmlEscaped()));
}

void AuditTrailPage::applyTimeFilter()
{
    const int seconds = m_time->currentData().toInt();
    m_filter->setTimeRange(seconds > 0 ? QDateTime::currentDateTimeUtc().addSecs(-seconds) : QDateTime(), {});
}

std::pair<qint64, qint64> AuditTrailPage::exportableRange() const
{
    qint64 first = -1;
    qint64 last = -1;
    auto take = [&](const QModelIndex &proxyIndex) {
        const qint64 index = m_filter->data(proxyIndex, AuditEntryModel::IndexRole).toLongLong();
        first = first < 0 ? index : std::min(first, index);
        last = std::max(last, index);
    };
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        for (const QModelIndex &index : selected)
            take(index);
    } else {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            take(m_filter->index(row, 0));
    }
    return {first, last};
}

Status AuditTrailPage::exportRange(const QString &path, qint64 first, qint64 last)
{
    const auto it = m_chains.constFind(currentChainKey());
    if (it == m_chains.constEnd())
        return Status::failure(tr("There is no audit chain to export."));
    const AuditChainSnapshot &chain = *it;
    Result<AuditProof> proof =
        AuditProof::build(chain.backendChain ? QStringLiteral("backend") : QStringLiteral("console"), chain.source,
                          chain.entries, first, last, chain.backendChain ? chain.head : std::nullopt,
                          chain.backendChain ? chain.publicKey : QByteArray());
    if (!proof.ok())
        return proof.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(proof->toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

void AuditTrailPage::exportWithDialog()
{
    const auto [first, last] = exportableRange();
    if (first < 1) {
        m_status->setText(tr("Nothing to export: no entries are shown."));
        m_status->show();
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export audit entries %1 to %2 with proof").arg(first).arg(last),
        QStringLiteral("audit-%1-%2-%3.json").arg(m_chains.value(currentChainKey()).source).arg(first).arg(last),
        tr("Audit export (*.json)"));
    if (path.isEmpty())
        return;
    const Status written = exportRange(path, first, last);
    m_status->setText(written.ok()
                          ? tr("Entries %1 to %2 exported to %3. Check it anywhere with: warden --verify-audit %3")
                                .arg(first)
                                .arg(last)
                                .arg(path)
                          : tr("Export failed: %1").arg(written.errorMessage()));
    m_status->setStyleSheet(written.ok() ? QString() : QStringLiteral("color: #D32F2F;"));
    m_status->show();
}

} // namespace warden
