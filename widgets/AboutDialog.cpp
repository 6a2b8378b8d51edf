#include "AboutDialog.h"

#include "util/LibraryVersions.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

struct VersionLine {
    QString name;
    QString version;
};

QList<VersionLine> versionLines()
{
    return {
        {u"Warden"_s, QCoreApplication::applicationVersion()},
        {u"Qt"_s, LibraryVersions::qt()},
        {u"OpenSSL"_s, LibraryVersions::openSsl()},
        {u"SQLite"_s, LibraryVersions::sqlite()},
        {AboutDialog::tr("System"), QSysInfo::prettyProductName() + u" ("_s + QSysInfo::currentCpuArchitecture() + u')'},
    };
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_versions(new QLabel(this))
{
    setWindowTitle(tr("About Warden"));
    setObjectName(u"aboutDialog"_s);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/warden.svg"_s).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(u"<h2>Warden %1</h2>"_s.arg(QCoreApplication::applicationVersion().toHtmlEscaped()), this);
    auto *summary = new QLabel(tr("A security console for fleets of connected devices: topology, live threats, "
                                  "device register, firmware campaigns, licences and quarantine."),
                               this);
    summary->setWordWrap(true);

    QString rows;
    for (const VersionLine &line : versionLines())
        rows += u"<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>"_s.arg(
            line.name.toHtmlEscaped(), line.version.toHtmlEscaped());
    m_versions->setText(u"<table>"_s + rows + u"</table>"_s);
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_versions->setAccessibleName(tr("Versions"));

    auto *licence = new QLabel(tr("Licence: proprietary; © the Warden project. Warden uses Qt (LGPL-3.0), "
                                  "OpenSSL (Apache-2.0) and SQLite (public domain) as shared libraries of the "
                                  "system; their licences are in /usr/share/doc of each package."),
                               this);
    licence->setWordWrap(true);
    licence->setObjectName(u"licence"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy versions"), QDialogButtonBox::ActionRole);
    copy->setAccessibleName(tr("Copy the versions to the clipboard"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(versionsText()); });
    QPushButton *aboutQt = buttons->addButton(tr("About Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(summary);
    text->addSpacing(8);
    text->addWidget(m_versions);
    text->addSpacing(8);
    text->addWidget(licence);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString AboutDialog::versionsText() const
{
    QStringList lines;
    for (const VersionLine &line : versionLines())
        lines.append(line.name + u' ' + line.version);
    return lines.join(u'\n');
}

} // namespace warden
