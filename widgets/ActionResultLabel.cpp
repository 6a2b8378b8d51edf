#include "ActionResultLabel.h"

#include <QLocale>

namespace warden {

ActionResultLabel::ActionResultLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("Result of the last action"));
    hide();
}

void ActionResultLabel::showWorking(const QString &text)
{
    show(Outcome::Working, text);
}

void ActionResultLabel::showSucceeded(const QString &text)
{
    show(Outcome::Succeeded, text);
}

void ActionResultLabel::showPending(const QString &text)
{
    show(Outcome::Pending, text);
}

void ActionResultLabel::showFailed(const QString &text)
{
    show(Outcome::Failed, text);
}

void ActionResultLabel::clearResult()
{
    m_outcome = Outcome::None;
    clear();
    hide();
}

void ActionResultLabel::show(Outcome outcome, const QString &text)
{
    m_outcome = outcome;
    QString colours;
    switch (outcome) {
    case Outcome::Working:
        colours = QStringLiteral("background: #eef2f7; border: 1px solid #9aa8b8; color: #24313f;");
        break;
    case Outcome::Succeeded:
        colours = QStringLiteral("background: #e8f5e9; border: 1px solid #2e7d32; color: #1b4d1e;");
        break;
    case Outcome::Pending:
        colours = QStringLiteral("background: #fff8e1; border: 1px solid #f9a825; color: #5d4300;");
        break;
    case Outcome::Failed:
        colours = QStringLiteral("background: #fdecea; border: 1px solid #c62828; color: #5f1111;");
        break;
    case Outcome::None:
        break;
    }
    setStyleSheet(QStringLiteral("QLabel { border-radius: 4px; padding: 6px 8px; %1 }").arg(colours));
    setText(text);
    setAccessibleDescription(text);
    setVisible(outcome != Outcome::None);
}

QString ActionResultLabel::auditSuffix(qint64 index)
{
    return index > 0 ? tr(" Audit entry #%1.").arg(QLocale().toString(index)) : QString();
}

QString ActionResultLabel::auditRangeSuffix(qint64 firstIndex)
{
    return firstIndex > 0 ? tr(" Audit entries from #%1.").arg(QLocale().toString(firstIndex)) : QString();
}

} // namespace warden
