#include "IdleLock.h"

#include "security/SecretBuffer.h"

#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

namespace warden {

namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::ContextMenu:
        return true;
    default:
        return false;
    }
}

// Drawn rather than a glyph: emoji fonts are missing on many desktops.
QPixmap padlock(int size, const QColor &colour, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    painter.setPen(QPen(colour, s * 0.09, Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    // Shackle: an arch above the body.
    painter.drawArc(QRectF(s * 0.28, s * 0.08, s * 0.44, s * 0.5), 0, 180 * 16);
    painter.drawLine(QPointF(s * 0.28, s * 0.33), QPointF(s * 0.28, s * 0.45));
    painter.drawLine(QPointF(s * 0.72, s * 0.33), QPointF(s * 0.72, s * 0.45));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(s * 0.16, s * 0.44, s * 0.68, s * 0.5), s * 0.08, s * 0.08);
    // Keyhole, cut out.
    painter.setCompositionMode(QPainter::CompositionMode_Clear);
    painter.drawEllipse(QPointF(s * 0.5, s * 0.62), s * 0.07, s * 0.07);
    painter.drawRect(QRectF(s * 0.475, s * 0.64, s * 0.05, s * 0.16));
    return pixmap;
}

} // namespace

IdleLock::IdleLock(QWidget *window, Verifier verifier, QObject *parent)
    : QObject(parent),
      m_window(window),
      m_verifier(std::move(verifier)),
      m_timer(new QTimer(this)),
      m_cover(new QWidget(window))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::lock);

    // An opaque cover: nothing of the pages shows through while locked.
    m_cover->setObjectName(QStringLiteral("idleLockCover"));
    m_cover->setAutoFillBackground(true);
    m_cover->setAccessibleName(tr("Console locked"));
    auto *outer = new QVBoxLayout(m_cover);
    auto *panel = new QFrame(m_cover);
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setMaximumWidth(440);
    auto *form = new QVBoxLayout(panel);
    form->setContentsMargins(28, 24, 28, 24);
    form->setSpacing(10);
    auto *icon = new QLabel(panel);
    icon->setPixmap(padlock(56, panel->palette().color(QPalette::WindowText), panel->devicePixelRatioF()));
    icon->setAlignment(Qt::AlignHCenter);
    m_title = new QLabel(panel);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setText(tr("Warden is locked"));
    auto *explanation = new QLabel(tr("The console was idle. Everything is kept as you left it and live data keeps "
                                      "arriving. Enter your password and a new one-time code to continue."),
                                   panel);
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignHCenter);
    m_password = new QLineEdit(panel);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setAccessibleName(tr("Password"));
    m_code = new QLineEdit(panel);
    m_code->setPlaceholderText(tr("One-time code"));
    m_code->setAccessibleName(tr("One-time code"));
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_code));
    m_code->setMaxLength(8);
    m_error = new QLabel(panel);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #D32F2F;"));
    m_error->setAccessibleName(tr("Unlock error"));
    m_error->hide();
    m_unlock = new QPushButton(tr("Unlock"), panel);
    m_unlock->setDefault(true);
    form->addWidget(icon);
    form->addWidget(m_title);
    form->addWidget(explanation);
    form->addSpacing(6);
    form->addWidget(m_password);
    form->addWidget(m_code);
    form->addWidget(m_error);
    form->addWidget(m_unlock);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(panel);
    row->addStretch();
    outer->addStretch();
    outer->addLayout(row);
    outer->addStretch();
    m_cover->hide();

    connect(m_unlock, &QPushButton::clicked, this, &IdleLock::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, m_code, qOverload<>(&QWidget::setFocus));
    connect(m_code, &QLineEdit::returnPressed, this, &IdleLock::tryUnlock);

    window->installEventFilter(this);
    qApp->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
}

QWidget *IdleLock::cover() const
{
    return m_cover;
}

QString IdleLock::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void IdleLock::setIdleTimeout(int milliseconds)
{
    m_timeoutMs = std::max(0, milliseconds);
    restartCountdown();
}

void IdleLock::setOperatorName(const QString &name)
{
    m_title->setText(name.isEmpty() ? tr("Warden is locked") : tr("Warden is locked for %1").arg(name));
}

void IdleLock::restartCountdown()
{
    if (m_locked || m_timeoutMs <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(m_timeoutMs);
}

void IdleLock::placeCover()
{
    if (m_window)
        m_cover->setGeometry(m_window->rect());
    m_cover->raise();
}

void IdleLock::lock()
{
    if (m_locked || !m_window)
        return;
    m_locked = true;
    m_timer->stop();
    m_focusBeforeLock = QApplication::focusWidget();
    m_error->hide();
    placeCover();
    m_cover->show();
    m_password->setFocus();
    emit lockedChanged(true);
}

void IdleLock::tryUnlock()
{
    if (!m_locked || m_verifying)
        return;
    QString password = m_password->text();
    const QString code = m_code->text().trimmed();
    if (password.isEmpty() || code.isEmpty()) {
        m_error->setText(tr("Enter your password and the current one-time code."));
        m_error->show();
        wipe(password);
        return;
    }
    m_verifying = true;
    m_unlock->setEnabled(false);
    m_error->setText(tr("Checking…"));
    m_error->show();
    QPointer<IdleLock> self(this);
    m_verifier(password, code, [self](const QString &error) {
        if (!self)
            return;
        self->m_verifying = false;
        self->m_unlock->setEnabled(true);
        // The code is single-use either way; the password is not kept in the field once tried.
        self->m_code->clear();
        if (!error.isEmpty()) {
            self->m_error->setText(error);
            self->m_error->show();
            self->m_password->setFocus();
            return;
        }
        self->m_password->clear();
        self->m_error->hide();
        self->m_locked = false;
        // Focus goes back first: hiding the cover with focus inside would tab it on (and select a field's text).
        if (self->m_focusBeforeLock)
            self->m_focusBeforeLock->setFocus();
        self->m_cover->hide();
        self->restartCountdown();
        emit self->lockedChanged(false);
    });
    wipe(password);
}

bool IdleLock::belongsToCover(QObject *object) const
{
    for (QObject *o = object; o; o = o->parent()) {
        if (o == m_cover)
            return true;
    }
    return false;
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::Resize || event->type() == QEvent::ChildAdded)) {
        if (m_locked)
            placeCover();
        return false;
    }
    if (!isInput(event->type()))
        return false;
    if (!m_locked) {
        restartCountdown();
        return false;
    }
    // Locked: only the cover's widgets take input. Events for a window pass (Qt hands them on to its widgets, which
    // come through here), shortcuts and actions are swallowed.
    if (watched->isWidgetType())
        return !belongsToCover(watched);
    return event->type() == QEvent::Shortcut;
}

} // namespace warden
