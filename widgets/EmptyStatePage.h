#pragma once

#include <QWidget>

class QLabel;

namespace warden {

// A page's empty state: what would be here and how to get it (UI.md "Text").
class EmptyStatePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStatePage)
public:
    EmptyStatePage(const QString &title, const QString &explanation, QWidget *parent = nullptr);

private:
    QLabel *m_title;
    QLabel *m_explanation;
};

} // namespace warden
