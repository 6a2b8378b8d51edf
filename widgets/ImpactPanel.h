#pragma once

#include "analysis/ImpactReport.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace warden {

// The impact of one incident (ImpactReport): a summary line, the safety-critical devices called out, every
// affected or reachable device with site and path, the services and data they touch, the people affected
// (masked unless the role allows), and export as text or JSON. Shows; computes nothing.
class ImpactPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImpactPanel)
public:
    explicit ImpactPanel(QWidget *parent = nullptr);

    void setReport(const std::optional<ImpactReport> &report);
    // Shown instead of a report (e.g. while it is computed, or why it cannot be).
    void setMessage(const QString &message);
    const std::optional<ImpactReport> &report() const { return m_report; }
    QTreeWidget *deviceList() const { return m_devices; }
    QPushButton *showOnTopologyButton() const { return m_showOnTopology; }

signals:
    // The operator asked to see this impact as an overlay on the topology page (the wiring switches to it).
    void showOnTopologyRequested(const warden::ImpactReport &report);

public slots:
    void copyToClipboard();
    void exportToFile();

private:
    std::optional<ImpactReport> m_report;
    QLabel *m_summary;
    QLabel *m_critical;
    QTreeWidget *m_devices;
    QLabel *m_context;
    QPushButton *m_copy;
    QPushButton *m_export;
    QPushButton *m_showOnTopology;
};

} // namespace warden
