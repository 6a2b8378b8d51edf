// The register page's actions with a recording RegisterActions: multi-selection and "select all matching", the
// selection handed to quarantine / campaign / revoke, the edit form's validation and result line, disable with a
// reason, the import dialog's report-then-apply, and the export of the current view (anonymised by default).

#include "ActionResultLabel.h"
#include "DeviceDetailPanel.h"
#include "DeviceImportDialog.h"
#include "DeviceRegisterModel.h"
#include "ImpactDialog.h"
#include "ImpactPanel.h"
#include "RegisterActions.h"
#include "RegisterPage.h"
#include "RevokeLicencesDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<Device> makeDevices(int count)
{
    QList<Device> devices;
    for (int i = 0; i < count; ++i) {
        Device device;
        device.id = u"dev-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        device.name = u"Device %1"_s.arg(i);
        device.deviceClass = i % 2 ? u"ip_camera"_s : u"infusion_pump"_s;
        device.siteId = u"site-1"_s;
        device.ownerRef = u"own-%1"_s.arg(i % 4);
        device.notes = u"Call Dr. Jane Roe"_s;
        device.capabilities.safetyCritical = device.deviceClass == u"infusion_pump"_s;
        device.riskScore = i;
        devices.append(device);
    }
    return devices;
}

// Records what the page asks and answers later, like a backend would.
class RecordingActions final : public QObject, public RegisterActions {
public:
    QList<std::pair<QString, DevicePatch>> edits;
    QList<Device> creates;
    QList<std::pair<QString, bool>> disables;
    QList<QuarantineTarget> quarantined;
    QString updateBackend;
    QString updateFilter;
    QStringList updateDevices;
    QList<QuarantineTarget> revoked;
    QString refuseId; // edits of this device fail with a backend message
    qint64 nextAudit = 41;

    qint64 editDevice(const QString &, const QString &id, const DevicePatch &patch, QObject *context,
                      Reply<Device> done) override
    {
        edits.append({id, patch});
        Device device;
        device.id = id;
        device.name = patch.name.value_or(u"unchanged"_s);
        answer(context, std::move(done), id, device);
        return ++nextAudit;
    }
    qint64 setDeviceDisabled(const QString &, const QString &id, bool disabled, const QString &, QObject *context,
                             Reply<Device> done) override
    {
        disables.append({id, disabled});
        Device device;
        device.id = id;
        device.status = disabled ? DeviceStatus::Disabled : DeviceStatus::Online;
        answer(context, std::move(done), id, device);
        return ++nextAudit;
    }
    qint64 createDevice(const QString &, const Device &device, QObject *context, Reply<Device> done) override
    {
        creates.append(device);
        answer(context, std::move(done), device.id, device);
        return ++nextAudit;
    }
    void deviceHistory(const QString &, const QString &id, QObject *context, Reply<DeviceHistory> done) override
    {
        DeviceHistory history;
        AuditEntry entry;
        entry.action = u"device.update"_s;
        entry.actor = u"alice"_s;
        entry.target = id;
        entry.time = QDateTime::currentDateTimeUtc();
        history.audit.append(entry);
        QTimer::singleShot(0, context, [done, history] { done(FleetResult<DeviceHistory>(history)); });
    }
    void quarantine(const QList<QuarantineTarget> &devices) override { quarantined = devices; }
    void pushUpdate(const QString &backend, const QString &filter) override
    {
        updateBackend = backend;
        updateFilter = filter;
    }
    void pushUpdateToDevices(const QString &backend, const QStringList &deviceIds) override
    {
        updateBackend = backend;
        updateDevices = deviceIds;
    }
    void revokeLicences(const QList<QuarantineTarget> &devices, QObject *context,
                        std::function<void(const SelectionOutcome &)> done) override
    {
        revoked = devices;
        QTimer::singleShot(0, context, [done] { done(SelectionOutcome{2, 0, u"Revoked 2 licences."_s}); });
    }
    // eu answers with a report naming the devices asked for; any other backend cannot read its cache.
    void assessImpact(const QString &backend, const QStringList &deviceIds, QObject *context,
                      std::function<void(ImpactAnswer)> done) override
    {
        assessed.insert(backend, deviceIds);
        ImpactAnswer answer;
        if (backend == u"eu"_s) {
            ImpactReport report;
            for (const QString &id : deviceIds)
                report.devices.append(ImpactReport::DeviceLine{id, id, u"North Campus"_s, 0, {}, false, false});
            answer.report = report;
        } else {
            answer.error = u"disk I/O error"_s;
        }
        QTimer::singleShot(0, context, [done, answer] { done(answer); });
    }
    void showImpactOnTopology(const ImpactReport &report) override { shownOnTopology = report; }

    QHash<QString, QStringList> assessed;
    std::optional<ImpactReport> shownOnTopology;

private:
    void answer(QObject *context, Reply<Device> done, const QString &id, const Device &device)
    {
        const bool refuse = id == refuseId;
        QTimer::singleShot(0, context, [done, device, refuse] {
            if (refuse)
                done(FleetResult<Device>(FleetError(FleetError::Kind::Forbidden, u"Only an administrator may."_s, 403)));
            else
                done(FleetResult<Device>(device));
        });
    }
};

} // namespace

class TestRegisterActions : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_files;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"WardenTest"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void selectAllMatchingSelectsTheFilteredView()
    {
        DeviceRegisterModel model;
        model.upsertDevices(u"eu"_s, makeDevices(40));
        RegisterPage page(&model);
        RecordingActions actions;
        page.setActions(&actions);
        QVERIFY(page.applyFilter(u"class:ip_camera"_s));
        model.waitForIdle();
        QCOMPARE(model.rowCount(), 20);
        QVERIFY(!page.allMatchingSelected());
        page.selectAllMatching();
        QVERIFY(page.allMatchingSelected());
        QCOMPARE(page.selectedTableRows().size(), 20);

        // The whole filtered view goes to a campaign as the filter itself.
        RegisterPage::UpdateTargets targets;
        QString problem;
        QVERIFY(page.updateTargetsForSelection(&targets, &problem));
        QCOMPARE(targets.filter, u"class:ip_camera"_s);
        QVERIFY(targets.deviceIds.isEmpty());
        page.pushUpdateToSelection();
        QCOMPARE(actions.updateBackend, u"eu"_s);
        QCOMPARE(actions.updateFilter, u"class:ip_camera"_s);

        page.quarantineSelection();
        QCOMPARE(actions.quarantined.size(), 20);
        for (const QuarantineTarget &target : std::as_const(actions.quarantined)) {
            QCOMPARE(target.deviceClass, u"ip_camera"_s);
            QCOMPARE(target.backend, u"eu"_s);
        }
    }

    void aHandPickedSelectionIsNamedById()
    {
        DeviceRegisterModel model;
        model.upsertDevices(u"eu"_s, makeDevices(10));
        RegisterPage page(&model);
        RecordingActions actions;
        page.setActions(&actions);
        QItemSelectionModel *selection = page.view()->selectionModel();
        for (int row : {2, 5, 3})
            selection->select(model.index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(page.selectedTableRows(), (QList<quint32>{2, 3, 5}));
        RegisterPage::UpdateTargets targets;
        QString problem;
        QVERIFY(page.updateTargetsForSelection(&targets, &problem));
        QVERIFY(targets.filter.isEmpty());
        QCOMPARE(targets.deviceIds, (QStringList{u"dev-0002"_s, u"dev-0003"_s, u"dev-0005"_s}));
        page.pushUpdateToSelection();
        QCOMPARE(actions.updateBackend, u"eu"_s);
        QCOMPARE(actions.updateDevices, targets.deviceIds);
        QVERIFY(actions.updateFilter.isEmpty());

        page.revokeLicencesOfSelection();
        QCOMPARE(actions.revoked.size(), 3);
        QTRY_COMPARE(page.selectionResult()->outcome(), ActionResultLabel::Outcome::Succeeded);
        QCOMPARE(page.selectionResult()->text(), u"Revoked 2 licences."_s);
    }

    void aFilterNamingABackendGoesToACampaignAsIds()
    {
        DeviceRegisterModel model;
        model.upsertDevices(u"eu"_s, makeDevices(4));
        model.upsertDevices(u"us"_s, makeDevices(4));
        RegisterPage page(&model);
        RecordingActions actions;
        page.setActions(&actions);
        QVERIFY(page.applyFilter(u"backend:us"_s));
        model.waitForIdle();
        QCOMPARE(model.rowCount(), 4);
        page.selectAllMatching();
        // fleetd cannot evaluate backend:, so the devices it selects are named by id.
        page.pushUpdateToSelection();
        QCOMPARE(actions.updateBackend, u"us"_s);
        QCOMPARE(actions.updateDevices.size(), 4);
        QVERIFY(actions.updateFilter.isEmpty());
    }

    void aSelectionAcrossBackendsIsNotOneCampaign()
    {
        DeviceRegisterModel model;
        model.upsertDevices(u"eu"_s, makeDevices(3));
        model.upsertDevices(u"us"_s, makeDevices(3));
        RegisterPage page(&model);
        RecordingActions actions;
        page.setActions(&actions);
        page.selectAllMatching();
        QCOMPARE(page.selectedTableRows().size(), 6);
        page.pushUpdateToSelection();
        QVERIFY(actions.updateFilter.isEmpty());
        QCOMPARE(page.selectionResult()->outcome(), ActionResultLabel::Outcome::Failed);
        QVERIFY(page.selectionResult()->text().contains(u"several backends"_s));
    }

    void impactOfASelectionIsAssessedPerBackend()
    {
        DeviceRegisterModel model;
        model.upsertDevices(u"eu"_s, makeDevices(3));
        model.upsertDevices(u"us"_s, makeDevices(2));
        RegisterPage page(&model);
        RecordingActions actions;
        page.setActions(&actions);
        QVERIFY(!page.assessImpactOfSelection()); // nothing selected: nothing asked
        page.selectAllMatching();
        QPointer<ImpactDialog> dialog = page.assessImpactOfSelection();
        QVERIFY(dialog);
        QCOMPARE(actions.assessed.value(u"eu"_s),
                 (QStringList{u"dev-0000"_s, u"dev-0001"_s, u"dev-0002"_s}));
        QCOMPARE(actions.assessed.value(u"us"_s), (QStringList{u"dev-0000"_s, u"dev-0001"_s}));
        QTRY_COMPARE(dialog->waitingCount(), 0);
        ImpactPanel *eu = dialog->panel(u"eu"_s);
        QVERIFY(eu && eu->report());
        QCOMPARE(eu->report()->affectedCount(), 3);
        QVERIFY(eu->report()->title().contains(u"selected devices"_s));
        ImpactPanel *us = dialog->panel(u"us"_s);
        QVERIFY(us && !us->report());
        QVERIFY(!us->showOnTopologyButton()->isEnabled());
        QVERIFY(eu->showOnTopologyButton()->isEnabled());
        eu->showOnTopologyButton()->click();
        QVERIFY(actions.shownOnTopology);
        QCOMPARE(actions.shownOnTopology->devices.size(), 3);
        QTRY_VERIFY(!dialog); // closed and deleted once handed to the topology
    }

    void tooLargeASelectionIsRefusedWithTheLimit()
    {
        DeviceRegisterModel model;
        model.upsertDevices(u"eu"_s, makeDevices(RegisterPage::MaxImpactSelection + 1));
        RegisterPage page(&model);
        RecordingActions actions;
        page.setActions(&actions);
        page.selectAllMatching();
        QVERIFY(!page.assessImpactOfSelection());
        QVERIFY(actions.assessed.isEmpty());
        QCOMPARE(page.selectionResult()->outcome(), ActionResultLabel::Outcome::Failed);
        QVERIFY(page.selectionResult()->text().contains(QLocale().toString(RegisterPage::MaxImpactSelection)));
    }

    void editValidatesSavesAndShowsTheAuditEntry()
    {
        DeviceRegisterModel model;
        model.upsertDevices(u"eu"_s, makeDevices(5));
        RegisterPage page(&model);
        RecordingActions actions;
        page.setActions(&actions);
        page.view()->setCurrentIndex(model.index(1, 0));
        DeviceDetailPanel *panel = page.detailPanel();
        QCOMPARE(panel->deviceId(), u"dev-0001"_s);

        // Invalid: nothing is sent, the problem is shown.
        panel->nameEdit()->setText(QString());
        emit panel->nameEdit()->textEdited(QString());
        panel->save();
        QVERIFY(actions.edits.isEmpty());
        QVERIFY(panel->hasUnsavedChanges());

        panel->nameEdit()->setText(u"Camera at gate"_s);
        emit panel->nameEdit()->textEdited(u"Camera at gate"_s);
        panel->locationEdit()->setText(u"Gate 4"_s);
        panel->safetyCriticalBox()->click();
        panel->save();
        QCOMPARE(actions.edits.size(), 1);
        const DevicePatch &patch = actions.edits.constFirst().second;
        QCOMPARE(patch.name, std::optional<QString>(u"Camera at gate"_s));
        QCOMPARE(patch.location, std::optional<QString>(u"Gate 4"_s));
        QCOMPARE(patch.safetyCritical, std::optional<bool>(true));
        QVERIFY(!patch.ownerRef && !patch.notes && !patch.onlineUpdate);
        QCOMPARE(panel->result()->outcome(), ActionResultLabel::Outcome::Working);
        QTRY_COMPARE(panel->result()->outcome(), ActionResultLabel::Outcome::Succeeded);
        QVERIFY2(panel->result()->text().contains(u"#42"_s), qPrintable(panel->result()->text()));
        QVERIFY(!panel->hasUnsavedChanges());
        // The answer reached the register.
        QCOMPARE(model.table().name(1), u"Camera at gate"_s);
    }

    void aRefusedEditShowsTheBackendsMessage()
    {
        DeviceRegisterModel model;
        model.upsertDevices(u"eu"_s, makeDevices(3));
        RegisterPage page(&model);
        RecordingActions actions;
        actions.refuseId = u"dev-0000"_s;
        page.setActions(&actions);
        page.view()->setCurrentIndex(model.index(0, 0));
        DeviceDetailPanel *panel = page.detailPanel();
        panel->safetyCriticalBox()->click(); // clearing safety_critical
        panel->save();
        QTRY_COMPARE(panel->result()->outcome(), ActionResultLabel::Outcome::Failed);
        QVERIFY(panel->result()->text().contains(u"Only an administrator may."_s));
        QVERIFY(panel->hasUnsavedChanges()); // the operator's input stays
        QVERIFY(model.table().safetyCritical(0));
    }

    void disableNeedsAReasonAndConfirmation()
    {
        DeviceRegisterModel model;
        model.upsertDevices(u"eu"_s, makeDevices(3));
        RegisterPage page(&model);
        RecordingActions actions;
        page.setActions(&actions);
        page.view()->setCurrentIndex(model.index(2, 0));
        DeviceDetailPanel *panel = page.detailPanel();
        QVERIFY(!panel->disableButton()->isEnabled());
        panel->disableReasonEdit()->setText(u"stolen"_s);
        QVERIFY(panel->disableButton()->isEnabled());
        QString asked;
        panel->setConfirmer([&asked](const QString &, const QString &text) {
            asked = text;
            return false;
        });
        panel->toggleDisabled();
        QVERIFY(asked.contains(u"dev-0002"_s));
        QVERIFY(actions.disables.isEmpty());
        panel->setConfirmer([](const QString &, const QString &) { return true; });
        panel->toggleDisabled();
        QCOMPARE(actions.disables.size(), 1);
        QCOMPARE(actions.disables.constFirst(), std::make_pair(u"dev-0002"_s, true));
        QTRY_COMPARE(panel->result()->outcome(), ActionResultLabel::Outcome::Succeeded);
        QVERIFY(model.table().status(2) == DeviceStatus::Disabled);
        QTRY_COMPARE(panel->disableButton()->text(), u"Enable device…"_s);
    }

    void historyTabShowsAuditEntries()
    {
        DeviceRegisterModel model;
        model.upsertDevices(u"eu"_s, makeDevices(3));
        RegisterPage page(&model);
        RecordingActions actions;
        page.setActions(&actions);
        page.view()->setCurrentIndex(model.index(0, 0));
        DeviceDetailPanel *panel = page.detailPanel();
        panel->tabs()->setCurrentWidget(panel->history());
        QTRY_VERIFY(panel->history()->toPlainText().contains(u"device.update by alice"_s));
        QVERIFY(panel->history()->toPlainText().contains(u"No threat events"_s));
    }

    void importReportsFirstAndAppliesOnlyWhenAsked()
    {
        DeviceRegisterModel model;
        model.upsertDevices(u"eu"_s, makeDevices(5));
        model.setSiteNames({{u"site-1"_s, u"North Campus"_s}});
        RegisterPage page(&model);
        RecordingActions actions;
        page.setActions(&actions);
        const QByteArray csv = "id,name,class,site,location\n"
                               "dev-0001,Renamed,,,\n"
                               "dev-9000,New door,door_controller,North Campus,Gate\n"
                               "dev-9001,,door_controller,site-1,\n"
                               "dev-0002,x,y\n";
        DeviceImportDialog *dialog = page.openImport(u"devices.csv"_s, csv, u"eu"_s);
        QTRY_VERIFY(!dialog->isChecking());
        QTRY_COMPARE(dialog->plan().rows.size(), 2);
        QCOMPARE(dialog->report()->rowCount(), 2);
        QCOMPARE(dialog->report()->item(0, 0)->data(Qt::UserRole).toLongLong(), 4);
        QCOMPARE(dialog->report()->item(0, 1)->text(), u"name"_s);
        QCOMPARE(dialog->report()->item(1, 0)->data(Qt::UserRole).toLongLong(), 5);
        QVERIFY(dialog->summaryText().contains(u"Nothing has been changed yet"_s));
        QVERIFY(actions.edits.isEmpty() && actions.creates.isEmpty()); // nothing before Apply
        QSignalSpy finished(dialog, &DeviceImportDialog::finishedApplying);
        dialog->applyButton()->click();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(dialog->succeeded(), 2);
        QCOMPARE(actions.creates.size(), 1);
        QCOMPARE(actions.creates.constFirst().siteId, u"site-1"_s);
        QCOMPARE(actions.edits.size(), 1);
        QCOMPARE(actions.edits.constFirst().first, u"dev-0001"_s);
        dialog->close();
    }

    void importRefusalsJoinTheReport()
    {
        DeviceRegisterModel model;
        model.upsertDevices(u"eu"_s, makeDevices(3));
        RegisterPage page(&model);
        RecordingActions actions;
        actions.refuseId = u"dev-0001"_s;
        page.setActions(&actions);
        DeviceImportDialog *dialog =
            page.openImport(u"x.csv"_s, "id,name\ndev-0001,A\ndev-0002,B\n", u"eu"_s);
        QTRY_COMPARE(dialog->plan().rows.size(), 2);
        QSignalSpy finished(dialog, &DeviceImportDialog::finishedApplying);
        dialog->apply();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(dialog->succeeded(), 1);
        QCOMPARE(dialog->failed(), 1);
        QCOMPARE(dialog->report()->rowCount(), 1);
        QVERIFY(dialog->report()->item(0, 2)->text().contains(u"Only an administrator may."_s));
        dialog->close();
    }

    void exportsTheViewAnonymised()
    {
        DeviceRegisterModel model;
        model.upsertDevices(u"eu"_s, makeDevices(30));
        RegisterPage page(&model);
        QVERIFY(page.applyFilter(u"class:infusion_pump"_s));
        model.sort(DeviceRegisterModel::RiskColumn, Qt::DescendingOrder);
        model.waitForIdle();
        const QString path = m_files.filePath(u"view.csv"_s);
        QString error = u"not called"_s;
        page.exportView(path, true, [&error](const QString &message) { error = message; });
        QTRY_VERIFY(error != u"not called"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 17); // header, 15 devices, final empty
        QVERIFY(lines.at(1).contains("dev-0028")); // highest risk first, as shown
        const QByteArray all = lines.join('\n');
        QVERIFY(!all.contains("own-"));
        QVERIFY(!all.contains("Jane Roe"));
        QVERIFY(!all.contains("ip_camera"));
        QCOMPARE(page.selectionResult()->outcome(), ActionResultLabel::Outcome::Succeeded);
    }

    void revokeDialogNeedsReasonAndTypedCount()
    {
        QList<RevokeLicencesDialog::Item> items;
        for (int i = 0; i < 101; ++i)
            items.append({u"eu"_s, u"lic-%1"_s.arg(i), u"dev-%1"_s.arg(i), u"Pump %1"_s.arg(i), {u"telemetry"_s}, i == 7});
        RevokeLicencesDialog dialog(items, 3);
        QVERIFY(dialog.effectText().contains(u"101"_s));
        QVERIFY(dialog.effectText().contains(u"3 selected devices have no active licence"_s));
        QVERIFY(!dialog.canAccept());
        dialog.setReason(u"contract ended"_s);
        QVERIFY(!dialog.canAccept());
        dialog.setConfirmation(u"100"_s);
        QVERIFY(!dialog.canAccept());
        dialog.setConfirmation(u"101"_s);
        QVERIFY(dialog.canAccept());
    }
};

QTEST_MAIN(TestRegisterActions)
#include "tst_registeractions.moc"
