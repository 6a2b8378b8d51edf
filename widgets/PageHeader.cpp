#include "PageHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace warden {

PageHeader::PageHeader(const QString &title, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(title, this)), m_subtitle(new QLabel(this)), m_controls(new QHBoxLayout)
{
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.45);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setAccessibleName(title);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->hide();

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);

    m_controls->setSpacing(8);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(titles);
    layout->addSpacing(24);
    layout->addLayout(m_controls, 1);
}

void PageHeader::setSubtitle(const QString &text)
{
    m_subtitle->setText(text);
    m_subtitle->setVisible(!text.isEmpty());
}

void PageHeader::addControl(QWidget *control)
{
    m_controls->addWidget(control);
}

void PageHeader::addStretch()
{
    m_controls->addStretch(1);
}

} // namespace warden
