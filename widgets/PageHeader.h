#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace warden {

// The top of every page (UI.md "Frame"): a title, an optional subtitle, and the page's main controls
// on the right, with the same spacing everywhere.
class PageHeader final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageHeader)
public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);

    void setSubtitle(const QString &text);
    void addControl(QWidget *control);
    void addStretch();

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_controls;
};

} // namespace warden
