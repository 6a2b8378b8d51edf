#pragma once

#include <QLabel>

namespace warden {

// The inline result of an operator action (UI.md "Acting"): succeeded, pending approval (with the approval id) or
// failed with the backend's message. One line, coloured by outcome, readable by screen readers.
class ActionResultLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionResultLabel)
public:
    enum class Outcome { None, Working, Succeeded, Pending, Failed };

    explicit ActionResultLabel(QWidget *parent = nullptr);

    void showWorking(const QString &text);
    void showSucceeded(const QString &text);
    void showPending(const QString &text);
    void showFailed(const QString &text);
    void clearResult();
    Outcome outcome() const { return m_outcome; }

    // " Audit entry #1,234." for a result line; empty when nothing was recorded (index <= 0).
    static QString auditSuffix(qint64 index);
    // " Audit entries from #1,234." for the result of several actions; empty when none was recorded.
    static QString auditRangeSuffix(qint64 firstIndex);

private:
    void show(Outcome outcome, const QString &text);

    Outcome m_outcome = Outcome::None;
};

} // namespace warden
