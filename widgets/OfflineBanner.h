#pragma once

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace warden {

// The amber bar across the top of the window while a backend is unreachable or a cache is opened offline:
// says what is shown and how old it is, keeps the age current, and offers "Retry now" when retrying makes sense.
class OfflineBanner final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfflineBanner)
public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    // cachedAt invalid = the cache never heard from its backend.
    void showOffline(const QString &backend, const QDateTime &cachedAt, bool canRetry);
    void showMessage(const QString &message, bool canRetry);
    void clear();
    QString text() const;

signals:
    void retryRequested();

private:
    void updateText();

    QLabel *m_label;
    QPushButton *m_retry;
    QString m_backend;
    QDateTime m_cachedAt;
    QTimer m_ageTimer;
};

} // namespace warden
