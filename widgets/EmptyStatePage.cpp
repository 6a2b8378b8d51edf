#include "EmptyStatePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace warden {

EmptyStatePage::EmptyStatePage(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(title, this)), m_explanation(new QLabel(explanation, this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    m_explanation->setFixedWidth(520);
    // An aligned layout item ignores height-for-width; reserve the wrapped height so no line is clipped.
    m_explanation->setMinimumHeight(m_explanation->heightForWidth(520));
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_explanation, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace warden
