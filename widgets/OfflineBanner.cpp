#include "OfflineBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace warden {

OfflineBanner::OfflineBanner(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_retry(new QPushButton(tr("Retry now"), this))
{
    setAttribute(Qt::WA_StyledBackground);
    setObjectName(QStringLiteral("offlineBanner"));
    setStyleSheet(QStringLiteral("#offlineBanner { background: #FFB300; } #offlineBanner QLabel { color: #1A1A1A; font-weight: 600; }"));
    setAccessibleName(tr("Offline banner"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setAccessibleName(tr("Retry the connection now"));
    connect(m_retry, &QPushButton::clicked, this, &OfflineBanner::retryRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 6, 16, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    m_ageTimer.setInterval(30'000);
    connect(&m_ageTimer, &QTimer::timeout, this, &OfflineBanner::updateText);
    hide();
}

void OfflineBanner::showOffline(const QString &backend, const QDateTime &cachedAt, bool canRetry)
{
    m_backend = backend;
    m_cachedAt = cachedAt;
    m_retry->setVisible(canRetry);
    updateText();
    m_ageTimer.start();
    show();
}

void OfflineBanner::showMessage(const QString &message, bool canRetry)
{
    m_ageTimer.stop();
    m_backend.clear();
    m_label->setText(message);
    m_retry->setVisible(canRetry);
    show();
}

void OfflineBanner::clear()
{
    m_ageTimer.stop();
    hide();
}

QString OfflineBanner::text() const
{
    return m_label->text();
}

void OfflineBanner::updateText()
{
    if (!m_cachedAt.isValid()) {
        m_label->setText(tr("Offline — %1: no cached data from this backend yet. Views are read-only.").arg(m_backend));
        return;
    }
    const QLocale locale;
    const qint64 minutes = std::max<qint64>(0, m_cachedAt.secsTo(QDateTime::currentDateTimeUtc()) / 60);
    QString age;
    if (minutes < 1)
        age = tr("just now");
    else if (minutes < 120)
        age = tr("%n min ago", nullptr, int(minutes));
    else if (minutes < 48 * 60)
        age = tr("%n hours ago", nullptr, int(minutes / 60));
    else
        age = tr("%n days ago", nullptr, int(minutes / (24 * 60)));
    const QDateTime local = m_cachedAt.toLocalTime();
    const QString when = local.date() == QDate::currentDate() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                              : locale.toString(local, QLocale::ShortFormat);
    m_label->setText(tr("Offline — %1: showing data cached at %2, %3. Views are read-only; incident notes are kept "
                        "and sent when the backend is back.")
                         .arg(m_backend, when, age));
}

} // namespace warden
