#pragma once

#include "analysis/ImpactReport.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QLabel;

namespace warden {

class ImpactPanel;

// The impact of a selection of devices ("what if these were compromised?"): one ImpactPanel per backend the
// selection spans (tabs when there are several), each filled when that backend's assessment arrives. Shows;
// computes nothing.
class ImpactDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImpactDialog)
public:
    // selected: backend -> number of devices of the selection it owns.
    ImpactDialog(const QList<std::pair<QString, int>> &selected, QWidget *parent = nullptr);

    void setAnswer(const QString &backend, const ImpactAnswer &answer);
    ImpactPanel *panel(const QString &backend) const { return m_panels.value(backend); }
    // Backends whose assessment has not arrived yet.
    int waitingCount() const { return int(m_waiting.size()); }

signals:
    void showOnTopologyRequested(const warden::ImpactReport &report);

private:
    QHash<QString, ImpactPanel *> m_panels;
    QStringList m_waiting;
};

} // namespace warden
