#pragma once

#include "CampaignTargetModel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace warden {

class UpdatesActions;

// The update campaigns that targeted one device, as the register's device panel shows them: campaign, firmware it
// asked for, the campaign's state, the device's wave and state in it (waiting for window, downloading, installed,
// failed with the reason, needs physical service), since when and why. Read from the device's backend page by page;
// "Open campaign" hands the campaign to the Updates page.
class DeviceCampaignsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCampaignsView)
public:
    static constexpr int PageSize = 100;

    explicit DeviceCampaignsView(UpdatesActions *actions, QWidget *parent = nullptr);

    // Loads the device's campaigns unless this device is shown already (then re-reads them).
    void showDevice(const QString &backend, const QString &deviceId);
    void clear();
    void reload();
    void loadMore();

    QString backend() const { return m_backend; }
    QString deviceId() const { return m_deviceId; }
    DeviceCampaignModel *campaigns() { return &m_model; }
    bool isLoading() const { return m_loading; }
    bool hasMore() const { return !m_nextCursor.isEmpty(); }
    QString statusText() const;
    QPushButton *openButton() const { return m_open; }

signals:
    void openCampaignRequested(const QString &backend, const QString &campaignId);
    void loaded();

private:
    void request(const QString &cursor);
    void updateButtons();

    UpdatesActions *m_actions;
    DeviceCampaignModel m_model;
    QString m_backend;
    QString m_deviceId;
    QString m_nextCursor;
    quint64 m_generation = 0;
    bool m_loading = false;
    QLabel *m_status;
    QTableView *m_view;
    QPushButton *m_more;
    QPushButton *m_open;
};

} // namespace warden
