#include "CampaignTargetModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

// The per-device campaign tables: a campaign's targets page by page (register names, wave, state text and colour,
// since when, why) and a device's campaigns newest first; relative times for lists.
class TestCampaignTargetModel : public QObject {
    Q_OBJECT
private:
    static CampaignDeviceState target(const QString &id, DeviceUpdateState state, int wave, const QString &message = {})
    {
        CampaignDeviceState item;
        item.deviceId = id;
        item.state = state;
        item.wave = wave;
        item.message = message;
        item.updated = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        return item;
    }
    static DeviceCampaignState campaign(const QString &id, DeviceUpdateState state)
    {
        DeviceCampaignState item;
        item.campaignId = id;
        item.campaignName = u"rollout "_s + id;
        item.campaignState = CampaignState::Running;
        item.firmwareId = u"fw-"_s + id;
        item.requiredVersion = u"6.1.0"_s;
        item.state = state;
        item.wave = 1;
        return item;
    }

private slots:
    void appendsPagesAndReplacesKnownDevices()
    {
        CampaignTargetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendPage({target(u"dev-1"_s, DeviceUpdateState::Queued, 1), target(u"dev-2"_s, DeviceUpdateState::Failed, 1,
                                                                               u"Install failed: rolled back"_s)},
                         {{u"dev-1"_s, {u"Lobby camera"_s, u"North"_s}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, CampaignTargetModel::NameColumn).data().toString(), u"Lobby camera"_s);
        QCOMPARE(model.index(0, CampaignTargetModel::SiteColumn).data().toString(), u"North"_s);
        QCOMPARE(model.index(1, CampaignTargetModel::NameColumn).data().toString(), QString()); // not in the register
        QCOMPARE(model.index(1, CampaignTargetModel::StateColumn).data().toString(), u"Failed"_s);
        QCOMPARE(model.index(1, CampaignTargetModel::StateColumn).data(Qt::ForegroundRole).value<QColor>(),
                 CampaignTargetModel::stateColour(DeviceUpdateState::Failed));
        QCOMPARE(model.index(1, CampaignTargetModel::MessageColumn).data().toString(), u"Install failed: rolled back"_s);
        QCOMPARE(model.index(1, CampaignTargetModel::UpdatedColumn).data(CampaignTargetModel::RawValueRole).toLongLong(),
                 QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY(!model.index(1, CampaignTargetModel::UpdatedColumn).data(Qt::ToolTipRole).toString().isEmpty());

        // A re-read page updates rows in place and appends only new devices.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendPage({target(u"dev-2"_s, DeviceUpdateState::Succeeded, 1), target(u"dev-3"_s,
                                                                                      DeviceUpdateState::Queued, 0)},
                         {});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowOfDevice(u"dev-2"_s), 1);
        QVERIFY(model.stateAt(1).state == DeviceUpdateState::Succeeded);
        QCOMPARE(model.index(2, CampaignTargetModel::WaveColumn).data().toString(), u"not drawn"_s);
        QCOMPARE(model.index(2, CampaignTargetModel::WaveColumn).data(CampaignTargetModel::RawValueRole).toInt(), 0);
        QCOMPARE(model.index(2, 0).data(CampaignTargetModel::DeviceIdRole).toString(), u"dev-3"_s);
        model.reset();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOfDevice(u"dev-2"_s), -1);
    }

    void everyStateHasTextAndColour_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("text");
        QTest::newRow("queued") << int(DeviceUpdateState::Queued) << u"Queued"_s;
        QTest::newRow("downloading") << int(DeviceUpdateState::Downloading) << u"Downloading"_s;
        QTest::newRow("installing") << int(DeviceUpdateState::Installing) << u"Installing"_s;
        QTest::newRow("succeeded") << int(DeviceUpdateState::Succeeded) << u"Installed"_s;
        QTest::newRow("failed") << int(DeviceUpdateState::Failed) << u"Failed"_s;
        QTest::newRow("window") << int(DeviceUpdateState::WaitingForWindow) << u"Waiting for window"_s;
        QTest::newRow("physical") << int(DeviceUpdateState::NeedsPhysicalService) << u"Needs physical service"_s;
    }

    void everyStateHasTextAndColour()
    {
        QFETCH(int, state);
        QFETCH(QString, text);
        QCOMPARE(CampaignTargetModel::stateText(DeviceUpdateState(state)), text);
        QVERIFY(CampaignTargetModel::stateColour(DeviceUpdateState(state)).isValid());
    }

    void relativeTimes_data()
    {
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << qint64(20) << u"just now"_s;
        QTest::newRow("minutes") << qint64(3 * 60 + 5) << u"3 min ago"_s;
        QTest::newRow("hours") << qint64(5 * 3600) << u"5 h ago"_s;
    }

    void relativeTimes()
    {
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, text);
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        QCOMPARE(CampaignTargetModel::relativeTime(now.addSecs(-secondsAgo), now), text);
        QCOMPARE(CampaignTargetModel::relativeTime(QDateTime(), now), u"—"_s);
        // Older than a day, or ahead of the console's clock (simulated time): the date and time instead.
        QVERIFY(!CampaignTargetModel::relativeTime(now.addDays(-2), now).contains(u"ago"_s));
        QVERIFY(!CampaignTargetModel::relativeTime(now.addSecs(600), now).contains(u"ago"_s));
    }

    void deviceCampaignsNewestFirst()
    {
        DeviceCampaignModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendPage({campaign(u"cmp-000001"_s, DeviceUpdateState::Succeeded),
                          campaign(u"cmp-000004"_s, DeviceUpdateState::WaitingForWindow)});
        model.appendPage({campaign(u"cmp-000007"_s, DeviceUpdateState::NeedsPhysicalService)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.stateAt(0).campaignId, u"cmp-000007"_s);
        QCOMPARE(model.rowOfCampaign(u"cmp-000001"_s), 2);
        QCOMPARE(model.index(0, DeviceCampaignModel::CampaignColumn).data().toString(), u"rollout cmp-000007"_s);
        QCOMPARE(model.index(0, DeviceCampaignModel::StateColumn).data().toString(), u"Needs physical service"_s);
        QCOMPARE(model.index(1, DeviceCampaignModel::StateColumn).data().toString(), u"Waiting for window"_s);
        QCOMPARE(model.index(0, DeviceCampaignModel::VersionColumn).data().toString(), u"6.1.0"_s);
        QCOMPARE(model.index(0, DeviceCampaignModel::CampaignStateColumn).data().toString(), u"Running"_s);
        QCOMPARE(model.index(0, 0).data(DeviceCampaignModel::CampaignIdRole).toString(), u"cmp-000007"_s);
        // The same campaign again (a reload) replaces its row.
        model.appendPage({campaign(u"cmp-000004"_s, DeviceUpdateState::Succeeded)});
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.stateAt(1).state == DeviceUpdateState::Succeeded);
        model.reset();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCampaignTargetModel)
#include "tst_campaigntargetmodel.moc"
