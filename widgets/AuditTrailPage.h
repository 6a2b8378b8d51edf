#pragma once

#include "AuditEntryModel.h"
#include "util/Result.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace warden {

class PageHeader;

// Both audit chains of every backend — the backend's signed chain and the console's own action log — with filters
// by operator, action, device and time, a ✓/✗ per entry, a banner naming the first broken entry and why, the state
// of the backend's signed head and pinned key, and export of a range with its proof (AuditProof JSON).
// Knows no session: chains come in through setChain(), refreshes go out through refreshRequested().
class AuditTrailPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTrailPage)

public:
    explicit AuditTrailPage(QWidget *parent = nullptr);

    // Adds the chain, or replaces the one with the same key (the selection stays on the chain shown).
    void setChain(const AuditChainSnapshot &chain);
    // Writes entries first..last of the chain shown, with its proof, as JSON.
    Status exportRange(const QString &path, qint64 first, qint64 last);
    // The range an export covers now: the selected rows' span, else the rows the filter shows, else the chain.
    std::pair<qint64, qint64> exportableRange() const;

    QString currentChainKey() const;
    void showChain(const QString &key);
    QTableView *view() const { return m_view; }
    AuditFilterModel *filter() const { return m_filter; }
    QString bannerText() const;
    QString headText() const;

signals:
    void refreshRequested(const QString &chainKey);

private:
    void showCurrentChain();
    void showDetails(const QModelIndex &proxyIndex);
    void applyTimeFilter();
    void exportWithDialog();

    QHash<QString, AuditChainSnapshot> m_chains;
    AuditEntryModel *m_model;
    AuditFilterModel *m_filter;
    PageHeader *m_header;
    QComboBox *m_chain;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QLineEdit *m_actor;
    QLineEdit *m_action;
    QLineEdit *m_target;
    QComboBox *m_time;
    QLabel *m_banner;
    QLabel *m_head;
    QLabel *m_status;
    QStackedWidget *m_body;
    QTableView *m_view;
    QTextBrowser *m_details;
};

} // namespace warden
