#pragma once

#include "CampaignImpact.h"
#include "domain/Firmware.h"
#include "fleet/FleetTypes.h"
#include "util/Result.h"

#include <QDialog>
#include <QHash>
#include <QMap>
#include <QTime>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextBrowser;
class QTimeEdit;
class QTimer;

namespace warden {

class DeviceTable;
class FirmwareCatalogModel;
class UpdatesActions;

// Plans and launches a firmware campaign: targets by register filter within the image's class (live count), a
// verified image, waves with failure thresholds, the wait between waves, a default maintenance window plus a window
// of its own for any site of the targets (each in that site's time zone), and an impact preview (devices,
// safety-critical ones, ones that need a technician, sites whose devices wait for a window). Launching sends createCampaign and shows
// the backend's answer in the dialog: running, waiting for a second operator's approval, or refused and why.
class CampaignWizard final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignWizard)
public:
    CampaignWizard(const DeviceTable *devices, const QString &backend, const FirmwareCatalogModel *catalogue,
                   UpdatesActions *actions, QWidget *parent = nullptr);

    static QList<CampaignWave> defaultWaves();

    // Presets for callers and tests; the same as typing into the form.
    void setCampaignName(const QString &name);
    bool selectFirmware(const QString &firmwareId); // false when unknown or unverified
    void setTargetFilter(const QString &filter); // also leaves the device-ids mode
    // Targets named one by one (a hand-picked register selection): the wizard shows "N selected devices" and the
    // preview and the request use these ids (those of the image's class). More than MaxDeviceIds cannot be sent.
    void setTargetDevices(const QStringList &deviceIds);
    bool targetsDevices() const { return m_byDevices; }
    QStringList targetDevices() const { return m_deviceIds; }
    static constexpr int MaxDeviceIds = 10000; // fleetd's limit on device_ids per request
    void setWaves(const QList<CampaignWave> &waves);
    void setWaitMinutes(int minutes);
    void setMaintenanceWindow(const QTime &start, const QTime &end);
    void clearMaintenanceWindow();
    // Site id -> IANA time zone of the backend's sites (from its cache); shown beside each site's window.
    void setSiteTimeZones(const QHash<QString, QString> &zones);
    // A site's own window (kept while the site has targets); clearing returns it to the default window.
    void setSiteWindow(const QString &siteId, const QTime &start, const QTime &end);
    void clearSiteWindow(const QString &siteId);
    // The sites of the current targets, as listed in the site-window table.
    QStringList targetSites() const;

    QString backend() const { return m_backend; }
    QString selectedFirmwareId() const;
    CampaignImpact impact() const { return m_impact; }
    // The request the form describes, or why it cannot be sent.
    Result<CampaignRequest> request() const;
    // Sends a request (normally request()) and shows the outcome.
    void submit(const CampaignRequest &request);
    QString outcomeText() const;
    bool isSubmitting() const { return m_submitting; }

signals:
    void launched(const warden::Campaign &campaign);

private:
    void fillFirmware();
    CampaignImpact assessTargets() const;
    void updateImpact();
    void showImpact();
    void showOutcome(const QString &text, bool error);
    void addWaveRow(const CampaignWave &wave);
    void fillSiteWindows();
    QString defaultWindowText() const;

    const DeviceTable *m_devices;
    QString m_backend;
    const FirmwareCatalogModel *m_catalogue;
    UpdatesActions *m_actions;
    QLineEdit *m_name;
    QComboBox *m_class;
    QComboBox *m_firmware;
    QLabel *m_firmwareNote;
    QLineEdit *m_filter;
    QLabel *m_selection;
    QPushButton *m_useFilter;
    QStringList m_deviceIds;
    bool m_byDevices = false;
    QLabel *m_count;
    QTableWidget *m_waves;
    QSpinBox *m_wait;
    QCheckBox *m_windowEnabled;
    QTimeEdit *m_windowStart;
    QTimeEdit *m_windowEnd;
    QTableWidget *m_siteWindows;
    QHash<QString, QString> m_siteZones;
    QMap<QString, std::pair<QTime, QTime>> m_ownWindows; // site id -> its own window
    QTextBrowser *m_preview;
    QLabel *m_outcome;
    QDialogButtonBox *m_buttons;
    QPushButton *m_launch;
    QTimer *m_impactTimer;
    CampaignImpact m_impact;
    bool m_submitting = false;
};

} // namespace warden
