#pragma once

#include "CampaignTargetModel.h"
#include "fleet/FleetTypes.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace warden {

class DeviceRegisterModel;
class UpdatesActions;

// The drill-down of one campaign: its waves (share, threshold, whether started, devices per update state) and, for
// the chosen wave and state, its devices page by page with where each stands, since when and why. Reads from the
// campaign's backend through UpdatesActions; replies for a campaign or filter no longer shown are dropped.
// Not responsible for acting on the campaign (the Updates page's buttons do that).
class CampaignDevicesView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignDevicesView)
public:
    static constexpr int PageSize = 200;

    CampaignDevicesView(UpdatesActions *actions, DeviceRegisterModel *devices, QWidget *parent = nullptr);

    // Shows another campaign from the start (all waves, all states); the same campaign is refreshed in place.
    void showCampaign(const QString &backend, const QString &campaignId);
    void clear();
    // Re-reads the waves and the pages shown so far (progress moved on).
    void refresh();
    // 0 = every wave.
    void selectWave(int wave);
    void setStateFilter(std::optional<DeviceUpdateState> state);
    void loadMore();

    QString backend() const { return m_backend; }
    QString campaignId() const { return m_campaignId; }
    int wave() const { return m_wave; }
    CampaignTargetModel *targets() { return &m_targets; }
    QTableWidget *wavesTable() const { return m_waves; }
    QList<CampaignWaveStatus> waves() const { return m_waveStatus; }
    bool hasMore() const { return !m_nextCursor.isEmpty(); }
    // True from a request until its answer is shown (tests wait for false).
    bool isLoading() const { return m_pendingReplies > 0; }
    QString errorText() const;

signals:
    void showDeviceRequested(const QString &backend, const QString &deviceId);
    // Emitted after each answer has been shown.
    void loaded();

private:
    void startOver();
    void requestWaves();
    void requestPage(const QString &cursor, int limit);
    void showWaves();
    void showError(const QString &text);
    void replyArrived();
    QHash<QString, CampaignTargetModel::DeviceDetails> detailsOf(const QList<CampaignDeviceState> &items) const;

    UpdatesActions *m_actions;
    DeviceRegisterModel *m_devices;
    CampaignTargetModel m_targets;
    QString m_backend;
    QString m_campaignId;
    int m_wave = 0;
    std::optional<DeviceUpdateState> m_state;
    QString m_nextCursor;
    quint64 m_generation = 0; // bumps when the campaign or the filter changes: older replies are dropped
    int m_pendingReplies = 0;
    QList<CampaignWaveStatus> m_waveStatus;
    QLabel *m_title;
    QTableWidget *m_waves;
    QComboBox *m_stateFilter;
    QTableView *m_view;
    QPushButton *m_more;
    QPushButton *m_showDevice;
    QLabel *m_status;
};

} // namespace warden
