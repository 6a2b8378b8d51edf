// The register's actions against the real embedded fleetd (warden --demo): an edit round trip into the backend and
// back through the stream, a refused edit with the backend's message, disable/enable, a CSV import that creates and
// updates devices only after Apply, and revoking the licences of a selection; each recorded in the console's audit
// chain with its result.

#include "ActionResultLabel.h"
#include "ConsoleController.h"
#include "ConsoleModels.h"
#include "DemoSession.h"
#include "DeviceDetailPanel.h"
#include "DeviceImportDialog.h"
#include "GovernanceController.h"
#include "MainWindow.h"
#include "RegisterController.h"
#include "RegisterPage.h"
#include "cache/CacheStore.h"
#include "fleet/BackendSession.h"
#include "fleet/FleetApiClient.h"
#include "fleet/StoreQuery.h"

#include <QCheckBox>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace warden;
using namespace Qt::Literals::StringLiterals;

class TestRegisterEdit : public QObject {
    Q_OBJECT
private:
    static constexpr int Devices = 300;
    static constexpr int Wait = 30'000;

    std::unique_ptr<ConsoleModels> m_models;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ConsoleController> m_controller;
    RegisterPage *m_page = nullptr;

    BackendSession *session() const { return m_controller->findChild<DemoSession *>()->session(); }
    QString backend() const { return session()->backendName(); }

    // The device as the backend has it now.
    std::optional<Device> backendDevice(const QString &id)
    {
        std::optional<FleetResult<Device>> answer;
        session()->api()->device(id, this, [&answer](FleetResult<Device> result) { answer = std::move(result); });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, Wait) || !answer->ok())
            return std::nullopt;
        return answer->value();
    }

    // Console audit entries (action, outcome) about a target, from the backend's cache file.
    QList<std::pair<QString, QString>> consoleAudit(const QString &target)
    {
        std::optional<QList<AuditEntry>> entries;
        queryStore<QList<AuditEntry>>(
            session()->writer(), this,
            [](CacheStore *store) {
                auto loaded = store->loadLocalAudit();
                return loaded.ok() ? loaded.value() : QList<AuditEntry>();
            },
            [&entries](QList<AuditEntry> loaded) { entries = std::move(loaded); });
        if (!QTest::qWaitFor([&entries] { return entries.has_value(); }, Wait))
            return {};
        QList<std::pair<QString, QString>> found;
        for (const AuditEntry &entry : entries.value_or(QList<AuditEntry>()))
            if (entry.target == target)
                found.append({entry.action, entry.details.value(u"outcome"_s).toString()});
        return found;
    }

    // Selects the device in the register (clearing the filter) and returns the detail panel showing it.
    DeviceDetailPanel *select(const QString &id)
    {
        m_page->applyFilter(QString());
        m_models->devices.waitForIdle();
        const QModelIndex index = m_models->devices.indexOfDevice(backend(), id);
        if (!index.isValid())
            return nullptr;
        m_page->view()->clearSelection();
        m_page->view()->setCurrentIndex(index);
        return m_page->detailPanel()->deviceId() == id ? m_page->detailPanel() : nullptr;
    }

    QString firstDevice(bool safetyCritical) const
    {
        const DeviceTable &table = m_models->devices.table();
        for (qsizetype row = 0; row < table.rowCount(); ++row)
            if (table.safetyCritical(row) == safetyCritical && table.status(row) != DeviceStatus::Disabled)
                return table.id(row);
        return {};
    }

    // With WARDEN_SCREENSHOT_DIR set, saves what grab returns there (documentation screenshots).
    static void saveScreenshot(const QString &name, const std::function<QPixmap()> &grab)
    {
        const QString dir = qEnvironmentVariable("WARDEN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            grab().save(dir + u'/' + name);
    }

private slots:
    void initTestCase()
    {
        m_models = std::make_unique<ConsoleModels>();
        m_window = std::make_unique<MainWindow>(m_models.get());
        m_window->resize(1440, 900);
        m_controller = std::make_unique<ConsoleController>(m_models.get(), m_window.get());
        QSignalSpy failed(m_controller.get(), &ConsoleController::failed);
        QSignalSpy live(m_controller.get(), &ConsoleController::live);
        DemoOptions options;
        options.devices = Devices;
        options.eventRate = 5;
        m_controller->startDemo(options);
        QTRY_VERIFY_WITH_TIMEOUT(!live.isEmpty() || !failed.isEmpty(), 60'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        m_page = qobject_cast<RegisterPage *>(m_window->page(u"register"_s));
        QVERIFY(m_page);
        QTRY_COMPARE_WITH_TIMEOUT(m_models->devices.totalCount(), Devices, Wait);
    }

    void editRoundTrip()
    {
        const QString id = firstDevice(false);
        DeviceDetailPanel *panel = select(id);
        QVERIFY(panel);
        panel->nameEdit()->setText(u"Edited in the register"_s);
        emit panel->nameEdit()->textEdited(panel->nameEdit()->text());
        panel->locationEdit()->setText(u"Server room B"_s);
        emit panel->locationEdit()->textEdited(panel->locationEdit()->text());
        panel->save();
        QTRY_COMPARE_WITH_TIMEOUT(panel->result()->outcome(), ActionResultLabel::Outcome::Succeeded, Wait);
        QVERIFY2(panel->result()->text().contains(u"Audit entry #"_s), qPrintable(panel->result()->text()));

        const std::optional<Device> stored = backendDevice(id);
        QVERIFY(stored);
        QCOMPARE(stored->name, u"Edited in the register"_s);
        QCOMPARE(stored->location, u"Server room B"_s);
        // The register shows it (the answer, then the streamed change).
        const qsizetype row = m_models->devices.table().rowOf(backend(), id).value();
        QTRY_COMPARE_WITH_TIMEOUT(m_models->devices.table().name(row), u"Edited in the register"_s, Wait);
        const auto audit = consoleAudit(id);
        QVERIFY(audit.contains(std::make_pair(u"device.update"_s, QString())));
        QVERIFY(audit.contains(std::make_pair(u"device.update.result"_s, u"succeeded"_s)));
        saveScreenshot(u"register-edit.png"_s, [this, panel] {
            panel->tabs()->setCurrentIndex(1);
            m_window->showPage(u"register"_s);
            m_window->show();
            QTest::qWait(300);
            return m_window->grab();
        });
    }

    void anOperatorCannotClearSafetyCritical()
    {
        const QString id = firstDevice(true);
        QVERIFY(!id.isEmpty());
        DeviceDetailPanel *panel = select(id);
        QVERIFY(panel);
        QVERIFY(panel->safetyCriticalBox()->isChecked());
        panel->safetyCriticalBox()->click();
        panel->save();
        QTRY_COMPARE_WITH_TIMEOUT(panel->result()->outcome(), ActionResultLabel::Outcome::Failed, Wait);
        QVERIFY2(panel->result()->text().contains(u"administrator"_s), qPrintable(panel->result()->text()));
        const std::optional<Device> stored = backendDevice(id);
        QVERIFY(stored && stored->capabilities.safetyCritical);
        QVERIFY(consoleAudit(id).contains(std::make_pair(u"device.update.result"_s, u"failed"_s)));
    }

    void disableAndEnable()
    {
        const QString id = firstDevice(false);
        DeviceDetailPanel *panel = select(id);
        QVERIFY(panel);
        panel->setConfirmer([](const QString &, const QString &) { return true; });
        panel->disableReasonEdit()->setText(u"suspected theft"_s);
        panel->toggleDisabled();
        QTRY_COMPARE_WITH_TIMEOUT(panel->result()->outcome(), ActionResultLabel::Outcome::Succeeded, Wait);
        QVERIFY(backendDevice(id)->status == DeviceStatus::Disabled);
        QTRY_COMPARE_WITH_TIMEOUT(panel->disableButton()->text(), u"Enable device…"_s, Wait);
        panel->disableReasonEdit()->setText(u"found again"_s);
        panel->toggleDisabled();
        QTRY_VERIFY_WITH_TIMEOUT(backendDevice(id)->status != DeviceStatus::Disabled, Wait);
        const auto audit = consoleAudit(id);
        QVERIFY(audit.contains(std::make_pair(u"device.disable.result"_s, u"succeeded"_s)));
        QVERIFY(audit.contains(std::make_pair(u"device.enable.result"_s, u"succeeded"_s)));
    }

    void importCreatesAndUpdatesAfterApply()
    {
        const DeviceTable &table = m_models->devices.table();
        const QString site = table.text(0, RegisterField::Site);
        const QString updated = table.id(1);
        const QByteArray csv = "id,name,class,site,location\n"
                               "imp-0001,Imported meter,smart_meter," + site.toUtf8() + ",Basement\n"
                               "imp-0002,,smart_meter," + site.toUtf8() + ",\n"
                               + updated.toUtf8() + ",Renamed by import,,,\n"
                               "imp-0003,Meter 3,smart_meter,Atlantis,Roof\n"
                               "imp-0004,Meter 4,smart_meter\n";
        DeviceImportDialog *dialog = m_page->openImport(u"import.csv"_s, csv, backend());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->plan().rows.size(), 2, Wait);
        QCOMPARE(dialog->plan().badLines, 3);
        QVERIFY(!backendDevice(u"imp-0001"_s)); // nothing sent before Apply
        saveScreenshot(u"register-import.png"_s, [dialog] {
            dialog->resize(820, 420);
            QTest::qWait(200);
            return dialog->grab();
        });
        QSignalSpy finished(dialog, &DeviceImportDialog::finishedApplying);
        dialog->apply();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Wait);
        QCOMPARE(dialog->succeeded(), 2);
        dialog->close();
        const std::optional<Device> created = backendDevice(u"imp-0001"_s);
        QVERIFY(created);
        QCOMPARE(created->location, u"Basement"_s);
        QVERIFY(created->status == DeviceStatus::Offline);
        QVERIFY(!backendDevice(u"imp-0002"_s)); // bad lines were left out whole
        QVERIFY(!backendDevice(u"imp-0003"_s));
        QCOMPARE(backendDevice(updated)->name, u"Renamed by import"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_models->devices.table().rowOf(backend(), u"imp-0001"_s).has_value(), Wait);
        QVERIFY(consoleAudit(u"imp-0001"_s).contains(std::make_pair(u"device.create.result"_s, u"succeeded"_s)));
    }

    void revokeLicencesOfTheSelection()
    {
        auto *governance = m_controller->findChild<GovernanceController *>();
        QTRY_VERIFY_WITH_TIMEOUT(governance->pendingLicences()->rowCount() > 0, Wait);
        const Licence request = governance->pendingLicences()->rowAt(0).licence;
        std::optional<bool> approved;
        session()->api()->approveLicence(request.id, request.requestedScopes, {}, this,
                                         [&approved](FleetResult<Licence> result) { approved = result.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(approved.has_value(), Wait);
        QVERIFY(*approved);
        QTRY_VERIFY_WITH_TIMEOUT(governance->activeLicences()->rowOfLicence(backend(), request.id) >= 0, Wait);

        QVERIFY(select(request.deviceId));
        m_page->view()->selectionModel()->select(m_page->view()->currentIndex(),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto *registerController = m_controller->findChild<RegisterController *>();
        QStringList asked;
        registerController->setRevokeDialogRunner([&asked](RevokeLicencesDialog &dialog) {
            for (const RevokeLicencesDialog::Item &item : dialog.items())
                asked.append(item.licenceId);
            dialog.setReason(u"contract ended"_s);
            return dialog.canAccept();
        });
        m_page->revokeLicencesOfSelection();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->selectionResult()->outcome() == ActionResultLabel::Outcome::Succeeded
                                     || m_page->selectionResult()->outcome() == ActionResultLabel::Outcome::Failed,
                                 Wait);
        QVERIFY2(m_page->selectionResult()->outcome() == ActionResultLabel::Outcome::Succeeded,
                 qPrintable(m_page->selectionResult()->text()));
        QVERIFY(asked.contains(request.id));
        QTRY_VERIFY_WITH_TIMEOUT(governance->activeLicences()->rowOfLicence(backend(), request.id) < 0, Wait);
        QVERIFY(consoleAudit(request.id).contains(std::make_pair(u"licence.revoke.result"_s, u"succeeded"_s)));

        // The device's history, read from the cache, shows the licence and the revocation.
        DeviceDetailPanel *panel = select(request.deviceId);
        QVERIFY(panel);
        panel->tabs()->setCurrentWidget(panel->history());
        QTRY_VERIFY_WITH_TIMEOUT(panel->history()->toPlainText().contains(request.id), Wait);
        QTRY_VERIFY_WITH_TIMEOUT(panel->history()->toPlainText().contains(u"licence.revoke"_s), Wait);
        saveScreenshot(u"register-history.png"_s, [this] {
            m_window->show();
            QTest::qWait(300);
            return m_window->grab();
        });
    }
};

QTEST_MAIN(TestRegisterEdit)
#include "tst_registeredit.moc"
