#pragma once

#include <QDialog>

class QLabel;

namespace warden {

// Help → About Warden: the version of this build, the versions of Qt, OpenSSL and SQLite it runs with (for bug
// reports and security reviews), and the licence. The versions text can be copied in one click.
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The plain-text block copied by "Copy versions": one "name version" per line.
    QString versionsText() const;

private:
    QLabel *m_versions;
};

} // namespace warden
