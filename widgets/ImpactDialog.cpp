#include "ImpactDialog.h"

#include "ImpactPanel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

namespace warden {

ImpactDialog::ImpactDialog(const QList<std::pair<QString, int>> &selected, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Impact of the selected devices"));
    auto *intro = new QLabel(tr("If the selected devices were compromised: the devices they can reach within two "
                                "hops, the services and data they touch, and the people affected."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);

    QTabWidget *tabs = selected.size() > 1 ? new QTabWidget(this) : nullptr;
    for (const auto &[backend, count] : selected) {
        auto *panel = new ImpactPanel(this);
        panel->setAccessibleName(tr("Impact on %1").arg(backend));
        panel->setMessage(tr("Working out what %n device(s) of %1 affect…", nullptr, count).arg(backend));
        connect(panel, &ImpactPanel::showOnTopologyRequested, this, &ImpactDialog::showOnTopologyRequested);
        m_panels.insert(backend, panel);
        m_waiting.append(backend);
        if (tabs)
            tabs->addTab(panel, tr("%1 (%2)").arg(backend, QLocale().toString(count)));
        else
            layout->addWidget(panel, 1);
    }
    if (tabs)
        layout->addWidget(tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 560);
}

void ImpactDialog::setAnswer(const QString &backend, const ImpactAnswer &answer)
{
    ImpactPanel *panel = m_panels.value(backend);
    if (!panel)
        return;
    m_waiting.removeAll(backend);
    if (!answer.error.isEmpty())
        panel->setMessage(tr("The impact could not be worked out: %1").arg(answer.error));
    else
        panel->setReport(answer.report);
}

} // namespace warden
