#include "CampaignListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

// The campaign list: newest first, in-place progress updates, inserts of new campaigns, state texts.
class TestCampaignListModel : public QObject {
    Q_OBJECT
private:
    static Campaign campaign(const QString &id, int minute, CampaignState state, int succeeded = 0, int failed = 0,
                             int queued = 10)
    {
        Campaign c;
        c.id = id;
        c.name = u"Campaign "_s + id;
        c.firmwareId = u"fw-1"_s;
        c.state = state;
        c.waves = {CampaignWave{10, 5}, CampaignWave{100, 10}};
        c.currentWave = 1;
        c.created = QDateTime(QDate(2026, 1, 1), QTime(10, minute), QTimeZone::utc());
        c.counts[DeviceUpdateState::Succeeded] = succeeded;
        c.counts[DeviceUpdateState::Failed] = failed;
        c.counts[DeviceUpdateState::Queued] = queued;
        return c;
    }

private slots:
    void sortsNewestFirstAndShowsProgress()
    {
        CampaignListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCampaigns({campaign(u"c1"_s, 1, CampaignState::Running, 3, 1, 6),
                            campaign(u"c2"_s, 2, CampaignState::Halted)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(CampaignListModel::CampaignIdRole).toString(), u"c2"_s);
        const int row = model.rowOfCampaign(u"c1"_s);
        QCOMPARE(row, 1);
        QCOMPARE(model.index(row, CampaignListModel::ProgressColumn).data().toString(), u"3 / 10 updated"_s);
        QCOMPARE(model.index(row, CampaignListModel::ProgressColumn).data(CampaignListModel::RawValueRole).toDouble(),
                 0.3);
        QCOMPARE(model.index(row, CampaignListModel::FailedColumn).data().toString(), u"1"_s);
        QCOMPARE(model.index(row, CampaignListModel::WaveColumn).data().toString(), u"1 of 2"_s);
        QCOMPARE(model.index(0, CampaignListModel::StateColumn).data().toString(), u"Halted"_s);
        QCOMPARE(CampaignListModel::targetCount(model.campaignAt(row)), 10);
    }

    void updatesInPlaceAndInsertsNewCampaignsAtTheTop()
    {
        CampaignListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCampaigns({campaign(u"c1"_s, 1, CampaignState::Running)});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCampaigns({campaign(u"c1"_s, 1, CampaignState::Paused, 5, 0, 5)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, CampaignListModel::StateColumn).data().toString(), u"Paused"_s);
        model.setCampaigns({campaign(u"c1"_s, 1, CampaignState::Paused), campaign(u"c3"_s, 3, CampaignState::Running),
                            campaign(u"c2"_s, 2, CampaignState::PendingApproval)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 1);
        QCOMPARE(model.rowOfCampaign(u"c1"_s), 2);
        QCOMPARE(model.index(1, CampaignListModel::StateColumn).data().toString(), u"Waiting for approval"_s);
        // A campaign disappeared (replaced cache): reset.
        model.setCampaigns({campaign(u"c3"_s, 3, CampaignState::Running)});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
    }

    void showsFirmwareLabelsAndHaltReasons()
    {
        CampaignListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Campaign halted = campaign(u"c1"_s, 1, CampaignState::Halted);
        halted.haltReason = u"Wave 1: 3 of 10 failed"_s;
        model.setCampaigns({halted});
        QCOMPARE(model.index(0, CampaignListModel::FirmwareColumn).data().toString(), u"fw-1"_s);
        model.setFirmwareLabels({{u"fw-1"_s, u"ip_camera 6.0.3"_s}});
        QCOMPARE(model.index(0, CampaignListModel::FirmwareColumn).data().toString(), u"ip_camera 6.0.3"_s);
        QCOMPARE(model.index(0, CampaignListModel::StateColumn).data(Qt::ToolTipRole).toString(), halted.haltReason);
    }
};

QTEST_GUILESS_MAIN(TestCampaignListModel)
#include "tst_campaignlistmodel.moc"
