#include "SecretClipboard.h"

#include "security/SecretBuffer.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

namespace warden {

SecretClipboard::SecretClipboard(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SecretClipboard::clearNow);
}

SecretClipboard::~SecretClipboard()
{
    clearNow();
}

void SecretClipboard::copy(const QString &text, int clearAfterMs)
{
    auto *data = new QMimeData;
    data->setText(text);
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data);
    wipe(m_copied);
    m_copied = text;
    m_timer->start(std::max(0, clearAfterMs));
}

bool SecretClipboard::isPending() const
{
    return m_timer->isActive();
}

void SecretClipboard::clearNow()
{
    m_timer->stop();
    if (m_copied.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    // Something copied since is the operator's, not ours to clear.
    if (clipboard && clipboard->text() == m_copied)
        clipboard->clear();
    wipe(m_copied);
    emit cleared();
}

} // namespace warden
