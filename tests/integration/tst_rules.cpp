#include "ActionResultLabel.h"
#include "ConsoleController.h"
#include "ConsoleModels.h"
#include "DemoConsole.h"
#include "DemoSession.h"
#include "DryRunHitModel.h"
#include "GovernanceController.h"
#include "MainWindow.h"
#include "QuarantinePage.h"
#include "RuleListModel.h"
#include "RulesController.h"
#include "RulesPage.h"
#include "cache/CacheStore.h"
#include "cache/CacheWriter.h"
#include "fleet/BackendSession.h"
#include "fleet/FleetApiClient.h"
#include "fleet/StoreQuery.h"
#include "fleet/TlsSetup.h"
#include "security/SecretBuffer.h"
#include "security/Totp.h"
#include "server/FleetdCredentials.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <optional>

using namespace warden;
using namespace warden::test;
using namespace Qt::Literals::StringLiterals;

// The Rules page against the real embedded fleetd (warden --demo --scenario camera-botnet): grammar errors shown at
// their position; the demo operator refused plainly; an admin sign-in saving, updating and deleting a rule; and the
// issue's key check — what a dry run says a rule would do equals what the backend then does once the rule is
// enabled, device by device and event by event. Also: dry-run ranges (what they cover, said plainly), the list in
// the engine's evaluation order, and a rule deletion reaching a second console live through its stream.
class TestRules : public QObject {
    Q_OBJECT
private:
    // A (device, event seq, action) the backend carried out or a dry run predicts, as one comparable key.
    static QString hitKey(const QString &device, qint64 seq, RuleActionKind action)
    {
        return device + u'|' + QString::number(seq) + u'|' + toString(action);
    }
    static QString deviceOf(const QString &key) { return key.section(u'|', 0, 0); }

    template <typename T>
    static std::optional<FleetResult<T>> wait(const std::function<void(QObject *, std::function<void(FleetResult<T>)>)> &call)
    {
        QObject context;
        std::optional<FleetResult<T>> answer;
        QEventLoop loop;
        call(&context, [&](FleetResult<T> result) {
            answer.emplace(std::move(result));
            loop.quit();
        });
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        if (!answer)
            loop.exec();
        return answer;
    }

    static std::optional<RuleDryRun> dryRun(FleetApiClient *api, const Rule &rule, qint64 from, qint64 to)
    {
        const auto answer = wait<RuleDryRun>(
            [&](QObject *c, auto done) { api->dryRunRuleRange(rule, from, to, c, std::move(done)); });
        if (!answer || !answer->ok()) {
            qWarning() << "dry run failed:" << (answer ? answer->error().message() : u"no answer"_s);
            return std::nullopt;
        }
        return answer->value();
    }

    // The newest stored event's seq, as the backend reports it with a (cheap) dry run.
    static qint64 lastSeq(FleetApiClient *api, const Rule &probe)
    {
        const std::optional<RuleDryRun> run = dryRun(api, probe, 0, 0);
        return run ? run->toSeq : -1;
    }

    static QList<AuditEntry> backendAudit(FleetApiClient *api)
    {
        QList<AuditEntry> entries;
        qint64 from = 0;
        for (int pages = 0; pages < 200; ++pages) {
            const auto answer =
                wait<AuditRange>([&](QObject *c, auto done) { api->audit(from, 1000, c, std::move(done)); });
            if (!answer || !answer->ok() || answer->value().items.isEmpty())
                break;
            entries += answer->value().items;
            from = entries.constLast().index + 1;
            if (from > answer->value().headIndex)
                break;
        }
        return entries;
    }

    static void finish(RulesPage *page)
    {
        QTRY_VERIFY_WITH_TIMEOUT(page->result()->outcome() != ActionResultLabel::Outcome::Working, 30'000);
    }

    static bool succeeded(RulesPage *page)
    {
        return page->result()->outcome() == ActionResultLabel::Outcome::Succeeded;
    }

    // The range picker: the backend scans exactly the cached events the range selects, and the summary states the
    // range, what was scanned and that nothing was cut; an empty range asks nothing; a reversed one is refused.
    static void checkDryRunRanges(RulesPage *page)
    {
        const QString summaryText = page->dryRunSummary()->text();
        page->setDryRunRange(DryRunRange(DryRunRange::Preset::EverythingCached));
        QVERIFY(!page->rangeFromEdit()->isVisibleTo(page));
        page->dryRun();
        finish(page);
        QVERIFY2(succeeded(page), qPrintable(page->result()->text()));
        const DryRunHitModel *hits = page->hits();
        const DryRunSpan span = hits->span();
        QVERIFY(!span.isEmpty());
        QVERIFY(!span.capped);
        QCOMPARE(span.eventsInSpan, span.eventsInWindow);
        QCOMPARE(hits->result().fromSeq, span.fromSeq);
        QCOMPARE(hits->result().toSeq, span.toSeq);
        QCOMPARE(hits->result().eventsScanned, span.eventsInSpan);
        QVERIFY(span.firstTime.isValid() && span.lastTime.isValid() && span.firstTime <= span.lastTime);
        QVERIFY2(page->dryRunSummary()->text().contains(u"Range: everything cached"_s),
                 qPrintable(page->dryRunSummary()->text()));
        QVERIFY2(page->dryRunSummary()->text().contains(u"Complete"_s), qPrintable(page->dryRunSummary()->text()));

        page->setDryRunRange(DryRunRange(DryRunRange::Preset::LastHour));
        QCOMPARE(page->dryRunSummary()->text(), u"The range changed since the last dry run: run it again."_s);
        page->dryRun();
        finish(page);
        QVERIFY2(succeeded(page), qPrintable(page->result()->text()));
        QCOMPARE(page->hits()->result().eventsScanned, page->hits()->span().eventsInSpan);
        QVERIFY2(page->dryRunSummary()->text().contains(u"Range: the last hour"_s),
                 qPrintable(page->dryRunSummary()->text()));

        const QDateTime now = QDateTime::currentDateTime();
        page->setDryRunRange(DryRunRange::custom(now.addSecs(3600), now.addSecs(7200)));
        QVERIFY(page->rangeFromEdit()->isVisibleTo(page) && page->rangeToEdit()->isVisibleTo(page));
        page->dryRun();
        finish(page);
        QVERIFY2(succeeded(page), qPrintable(page->result()->text()));
        QVERIFY(page->hits()->span().isEmpty());
        QCOMPARE(page->hits()->result().eventsScanned, 0);
        QVERIFY2(page->dryRunSummary()->text().startsWith(u"No cached events in "_s),
                 qPrintable(page->dryRunSummary()->text()));

        page->setDryRunRange(DryRunRange::custom(now, now.addSecs(-3600)));
        page->dryRun();
        finish(page);
        QCOMPARE(page->result()->outcome(), ActionResultLabel::Outcome::Failed);
        QVERIFY2(page->result()->text().contains(u"ends before it starts"_s), qPrintable(page->result()->text()));

        page->setDryRunRange(DryRunRange(DryRunRange::Preset::LastDay));
        QVERIFY(!summaryText.isEmpty());
    }

    // The list shows the engine's evaluation order by default; another column sorts; "Runs" brings the order back.
    static void checkEvaluationOrder(RulesPage *page, RuleListModel *rules)
    {
        QSortFilterProxyModel *sorted = page->sortedRules();
        const auto shownIds = [sorted](bool enabledOnly) {
            QStringList ids;
            for (int row = 0; row < sorted->rowCount(); ++row) {
                const QModelIndex index = sorted->index(row, RuleListModel::EnabledColumn);
                if (!enabledOnly || index.data(RuleListModel::RawValueRole).toBool())
                    ids.append(index.data(RuleListModel::RuleIdRole).toString());
            }
            return ids;
        };
        QList<Rule> all;
        for (int row = 0; row < rules->rowCount(); ++row)
            all.append(rules->ruleAt(row));
        QVERIFY(!all.isEmpty());
        QCOMPARE(page->rulesView()->horizontalHeader()->sortIndicatorSection(), int(RuleListModel::OrderColumn));
        // What fleetd's engine runs, in its order (the saved rule is disabled: compare with it enabled too).
        QList<Rule> allEnabled = all;
        for (Rule &rule : allEnabled)
            rule.enabled = true;
        QCOMPARE(shownIds(false), RuleEngine(allEnabled).activeRuleIds());
        QCOMPARE(shownIds(true), RuleEngine(all).activeRuleIds());
        QVERIFY(sorted->headerData(RuleListModel::OrderColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(u"ascending priority"_s));
        page->rulesView()->sortByColumn(RuleListModel::NameColumn, Qt::AscendingOrder);
        QStringList names;
        for (int row = 0; row < sorted->rowCount(); ++row)
            names.append(sorted->index(row, RuleListModel::NameColumn).data().toString());
        QStringList byName = names;
        std::sort(byName.begin(), byName.end(),
                  [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QCOMPARE(names, byName);
        page->rulesView()->sortByColumn(RuleListModel::OrderColumn, Qt::AscendingOrder);
        QCOMPARE(shownIds(false), RuleEngine(allEnabled).activeRuleIds());
    }

    // A second console's connection to the demo backend as another of its operators (bob), with its own cache file;
    // logged in and live, or null (the reason is logged).
    static std::unique_ptr<BackendSession> secondOperator(BackendSession *demo, const QString &user,
                                                          const QString &cacheFile, ConsoleController *console)
    {
        ConnectionProfile profile = demo->api()->profile();
        const auto credentials =
            FleetdCredentials::read(QFileInfo(profile.caBundlePath).dir().filePath(u"credentials.json"_s));
        const auto account = credentials ? FleetdCredentials::find(credentials.value(), user) : std::nullopt;
        if (!account) {
            qWarning() << "no demo account" << user << credentials.errorMessage();
            return nullptr;
        }
        profile.userName = account->user;
        const auto tls = TlsSetup::build(profile);
        if (!tls) {
            qWarning() << tls.errorMessage();
            return nullptr;
        }
        BackendSession::Options options;
        options.sealPersonalData = false;
        auto session = std::make_unique<BackendSession>(profile, tls.value(), cacheFile, options);
        if (console)
            console->attachSession(session.get());
        QObject context;
        std::optional<bool> loggedIn;
        QString password = account->password;
        session->login(account->user, SecretBytes::fromString(password),
                       Totp::code(account->totpSecret(), QDateTime::currentSecsSinceEpoch()), &context,
                       [&](FleetResult<LoginSession> result) {
                           if (!result)
                               qWarning() << user << "could not log in:" << result.error().message();
                           loggedIn = result.ok();
                       });
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 60'000
               && !(loggedIn == false || session->state().phase == ConnectionState::Phase::Live))
            QTest::qWait(50);
        if (session->state().phase != ConnectionState::Phase::Live) {
            qWarning() << user << "never went live";
            return nullptr;
        }
        return session;
    }

    // Rule ids in a session's cache, read on its writer thread.
    static std::optional<QStringList> cachedRuleIds(BackendSession *session)
    {
        QObject context;
        std::optional<QStringList> ids;
        QEventLoop loop;
        queryStore<QStringList>(
            session->writer(), &context,
            [](CacheStore *store) {
                QStringList found;
                if (const Result<QList<Rule>> loaded = store->loadRules(); loaded)
                    for (const Rule &rule : loaded.value())
                        found.append(rule.id);
                return found;
            },
            [&](QStringList found) {
                ids = std::move(found);
                loop.quit();
            });
        QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
        if (!ids)
            loop.exec();
        return ids;
    }

private slots:
    void rulesAgainstFleetd()
    {
        ConsoleModels models;
        MainWindow window(&models);
        window.resize(1440, 900);
        ConsoleController controller(&models, &window);
        DemoOptions options;
        options.devices = 600;
        options.eventRate = 20;
        options.scenario = u"camera-botnet"_s;
        const QString notLive = startDemoUntilLive(controller, options);
        QVERIFY2(notLive.isEmpty(), qPrintable(notLive));

        auto *page = window.findChild<RulesPage *>();
        auto *rulesController = controller.findChild<RulesController *>();
        auto *governance = controller.findChild<GovernanceController *>();
        auto *demo = controller.findChild<DemoSession *>();
        QVERIFY(page && rulesController && governance && demo && demo->session());
        FleetApiClient *alice = demo->session()->api();
        QVERIFY(window.showPage(u"rules"_s));
        QTRY_COMPARE_WITH_TIMEOUT(page->editedBackend(), u"demo"_s, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(models.devices.totalCount() == 600, 30'000);
        RuleListModel *rules = governance->rules();
        const int rulesBefore = rules->rowCount();

        // --- grammar errors are shown at their position, and nothing can be sent ------------------------------------
        page->newRule();
        page->nameEdit()->setText(u"Isolate attacking cameras"_s);
        page->conditionEdit()->setPlainText(u"class:ip_camera type:bruteforce"_s);
        // "type:bruteforce" is the second term, from column 17 on.
        QVERIFY2(page->conditionErrorPosition() >= 16, qPrintable(page->conditionError()->text()));
        QVERIFY(page->conditionError()->text().contains(u"bruteforce"_s));
        QVERIFY(!page->saveButton()->isEnabled());
        QVERIFY(!page->dryRunButton()->isEnabled());
        QCOMPARE(page->conditionEdit()->extraSelections().size(), 1);
        QCOMPARE(page->conditionEdit()->extraSelections().constFirst().cursor.selectionStart(),
                 page->conditionErrorPosition());

        // The backend refuses bad rule text too, naming the term (the page never sends it; a client could).
        Rule broken = page->editedRule();
        const auto refusedText = wait<RangedDryRun>([&](QObject *c, auto done) {
            rulesController->dryRunRule(u"demo"_s, broken, DryRunRange(DryRunRange::Preset::EverythingCached), c,
                                        std::move(done));
        });
        QVERIFY(refusedText && !refusedText->ok());
        QCOMPARE(refusedText->error().httpStatus(), 400);
        QVERIFY2(refusedText->error().message().contains(u"bruteforce"_s), qPrintable(refusedText->error().message()));
        QVERIFY2(refusedText->error().message().contains(u"term 2"_s), qPrintable(refusedText->error().message()));

        const QString condition =
            u"class:ip_camera (type:brute_force OR type:default_credentials OR type:port_scan OR type:malware_beacon)"_s;
        page->conditionEdit()->setPlainText(condition);
        QCOMPARE(page->conditionErrorPosition(), -1);
        page->actionBox()->setCurrentIndex(page->actionBox()->findData(int(RuleActionKind::Quarantine)));
        page->levelBox()->setCurrentIndex(page->levelBox()->findData(int(QuarantineLevel::Isolate)));
        page->priorityBox()->setValue(10);
        page->enabledBox()->setChecked(false);

        // --- dry run before saving: which devices, when ------------------------------------------------------------
        QTRY_VERIFY_WITH_TIMEOUT(lastSeq(alice, page->editedRule()) > 50, 60'000);
        QVERIFY(page->dryRunButton()->isEnabled());
        page->dryRun();
        finish(page);
        QVERIFY2(page->result()->outcome() == ActionResultLabel::Outcome::Succeeded, qPrintable(page->result()->text()));
        QVERIFY(page->hits()->hasResult());
        QVERIFY(page->hits()->result().eventsScanned > 0);
        QVERIFY2(page->dryRunSummary()->text().contains(u"Scanned"_s), qPrintable(page->dryRunSummary()->text()));
        QVERIFY2(page->dryRunSummary()->text().contains(u"Range: the last 24 hours"_s),
                 qPrintable(page->dryRunSummary()->text()));
        models.devices.waitForIdle();
        for (int row = 0; row < page->hits()->rowCount(); ++row) {
            const RuleHit &hit = page->hits()->hitAt(row);
            QVERIFY(hit.action == RuleActionKind::Quarantine);
            const QModelIndex device = models.devices.indexOfDevice(u"demo"_s, hit.deviceId,
                                                                    DeviceRegisterModel::ClassColumn);
            QVERIFY(device.isValid());
            QCOMPARE(device.data(DeviceRegisterModel::RawValueRole).toString(), u"ip_camera"_s);
        }

        // --- dry-run ranges: what the cache holds in the range is what the backend scans, and the summary says so ----
        checkDryRunRanges(page);

        // --- the demo operator may dry-run but not save: the backend's refusal is shown plainly --------------------
        QVERIFY(!rulesController->ruleEditorRoles(u"demo"_s).contains(u"admin"_s));
        QVERIFY(page->roleNote()->text().contains(u"only admins"_s));
        QVERIFY(page->signInButton()->isVisibleTo(page));
        QVERIFY(page->saveButton()->isEnabled());
        page->save();
        finish(page);
        QCOMPARE(page->result()->outcome(), ActionResultLabel::Outcome::Failed);
        QVERIFY2(page->result()->text().contains(u"refused"_s), qPrintable(page->result()->text()));
        QCOMPARE(rules->rowCount(), rulesBefore);

        // --- sign in as the demo admin for rule changes; alice's own session stays --------------------------------
        QVERIFY(rulesController->hasDemoAdmin(u"demo"_s));
        page->signInForRules();
        finish(page);
        QVERIFY2(page->result()->outcome() == ActionResultLabel::Outcome::Succeeded, qPrintable(page->result()->text()));
        QCOMPARE(rulesController->ruleEditor(u"demo"_s), u"admin"_s);
        QVERIFY(rulesController->ruleEditorRoles(u"demo"_s).contains(u"admin"_s));
        QCOMPARE(alice->session().user, u"alice"_s);
        QVERIFY(!page->signInButton()->isVisibleTo(page));

        // --- save (disabled), then it is listed with its author --------------------------------------------------
        page->save();
        finish(page);
        QVERIFY2(page->result()->outcome() == ActionResultLabel::Outcome::Succeeded, qPrintable(page->result()->text()));
        const QString ruleId = page->editedRule().id;
        QVERIFY(!ruleId.isEmpty());
        const auto rowOf = [rules](const QString &id) {
            for (int row = 0; row < rules->rowCount(); ++row)
                if (rules->ruleAt(row).id == id)
                    return row;
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(ruleId) >= 0, 20'000);
        QCOMPARE(rules->ruleAt(rowOf(ruleId)).createdBy, u"admin"_s);
        checkEvaluationOrder(page, rules);
        QCOMPARE(rules->ruleAt(rowOf(ruleId)).condition, condition);
        QCOMPARE(rules->ruleAt(rowOf(ruleId)).enabled, false);

        // --- enable it (update) and let the backend act on new events -------------------------------------------
        Rule notifyProbe = page->editedRule();
        notifyProbe.id.clear();
        notifyProbe.action = RuleActionKind::Notify;
        notifyProbe.quarantineLevel = QuarantineLevel::None;
        const qint64 a = lastSeq(alice, notifyProbe);
        page->enabledBox()->setChecked(true);
        page->save();
        finish(page);
        QVERIFY2(page->result()->outcome() == ActionResultLabel::Outcome::Succeeded, qPrintable(page->result()->text()));
        const qint64 b = lastSeq(alice, notifyProbe);
        QVERIFY(a > 0 && b >= a);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(ruleId) >= 0 && rules->ruleAt(rowOf(ruleId)).enabled, 20'000);

        // The attacking cameras are quarantined by the rule itself and the console shows who did it.
        const QString actor = u"rule:"_s + ruleId;
        const auto quarantinedByRule = [&] {
            QStringList ids;
            QuarantineListModel *q = governance->quarantined();
            for (int row = 0; row < q->rowCount(); ++row)
                if (q->rowAt(row).actor == actor)
                    ids.append(q->rowAt(row).deviceId);
            return ids;
        };
        QTRY_VERIFY_WITH_TIMEOUT(quarantinedByRule().size() >= 4, 120'000);

        const qint64 c = lastSeq(alice, notifyProbe);
        page->enabledBox()->setChecked(false);
        page->save();
        finish(page);
        QVERIFY2(page->result()->outcome() == ActionResultLabel::Outcome::Succeeded, qPrintable(page->result()->text()));
        const qint64 d = lastSeq(alice, notifyProbe);
        QVERIFY(c >= b && d >= c);

        // What the backend did: every quarantine it made for this rule, with the event that triggered it.
        static const QRegularExpression matchedEvent(u"matched event (\\d+)"_s);
        QSet<QString> done;
        const QList<AuditEntry> audit = backendAudit(alice);
        for (const AuditEntry &entry : audit) {
            if (entry.action != u"device.quarantine"_s || entry.actor != actor)
                continue;
            const QRegularExpressionMatch m = matchedEvent.match(entry.details.value(u"reason"_s).toString());
            QVERIFY2(m.hasMatch(), qPrintable(entry.details.value(u"reason"_s).toString()));
            done.insert(hitKey(entry.target, m.captured(1).toLongLong(), RuleActionKind::Quarantine));
        }
        QVERIFY(done.size() >= 4);

        // Release them (the rule is disabled now), so the history can be replayed against the same device states.
        for (const QString &hit : std::as_const(done)) {
            const auto released = wait<Device>([&](QObject *ctx, auto reply) {
                alice->releaseDevice(deviceOf(hit), u"replaying the rule's history"_s, ctx, std::move(reply));
            });
            QVERIFY2(released && released->ok(), released ? qPrintable(released->error().message()) : "no answer");
        }

        // The rule saw exactly the events after its enabling commit and up to its disabling commit; where those
        // fall inside [a, b] and [c, d] is not observable, so devices with matching events there are left out (the
        // engine keeps its state per device, so the others are unaffected).
        QSet<QString> uncertain;
        for (const auto &[from, to] : {std::pair{a + 1, b}, std::pair{c + 1, d}}) {
            if (to < from)
                continue;
            const std::optional<RuleDryRun> edge = dryRun(alice, notifyProbe, from, to);
            QVERIFY(edge);
            for (const RuleHit &hit : edge->hits)
                uncertain.insert(hit.deviceId);
        }
        Rule replay = page->editedRule();
        replay.enabled = true;
        const std::optional<RuleDryRun> predicted = dryRun(alice, replay, a + 1, d);
        QVERIFY(predicted);
        QVERIFY(!predicted->truncated);
        QSet<QString> dryRunHits;
        for (const RuleHit &hit : predicted->hits)
            if (!uncertain.contains(hit.deviceId) && !hit.needsApproval) // those become approvals, not quarantines
                dryRunHits.insert(hitKey(hit.deviceId, hit.seq, hit.action));
        QSet<QString> backendHits;
        for (const QString &hit : std::as_const(done))
            if (!uncertain.contains(deviceOf(hit)))
                backendHits.insert(hit);
        qInfo().noquote() << "dry run vs backend:" << backendHits.size() << "quarantines compared over events" << a + 1
                          << "to" << d << "," << uncertain.size() << "devices left out (events at the switch moments)";
        QVERIFY2(!backendHits.isEmpty(), "every device the rule hit had an event at the enabling/disabling moment");
        if (dryRunHits != backendHits) {
            for (const QString &hit : dryRunHits - backendHits)
                qWarning() << "dry run only:" << hit;
            for (const QString &hit : backendHits - dryRunHits)
                qWarning() << "backend only:" << hit;
        }
        QCOMPARE(dryRunHits, backendHits);

        // The page as an operator sees it after a dry run (for the docs when WARDEN_SCREENSHOT_DIR is set).
        const QString dir = qEnvironmentVariable("WARDEN_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            page->dryRun();
            finish(page);
            window.grab().save(dir + u"/rules.png"_s);
        }

        // --- delete: gone from the backend and from the list ----------------------------------------------------
        page->setConfirmer([](QWidget *, const QString &) { return true; });
        const QString name = page->nameEdit()->text();
        page->deleteRule();
        finish(page);
        QVERIFY2(page->result()->outcome() == ActionResultLabel::Outcome::Succeeded, qPrintable(page->result()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(ruleId), -1, 20'000);
        QVERIFY(page->editedRule().id.isEmpty());
        QVERIFY(!name.isEmpty());

    }

    // A rule deleted on one console vanishes from a second console's cache through its live stream (fleetd's rule
    // tombstone frame {id, deleted: true}), with no resync and no stream error on the way.
    void ruleDeletionReachesOtherConsolesLive()
    {
        ConsoleModels models;
        MainWindow window(&models);
        ConsoleController controller(&models, &window);
        DemoOptions options;
        options.devices = 200;
        options.eventRate = 10;
        const QString notLive = startDemoUntilLive(controller, options);
        QVERIFY2(notLive.isEmpty(), qPrintable(notLive));
        auto *page = window.findChild<RulesPage *>();
        auto *governance = controller.findChild<GovernanceController *>();
        auto *demo = controller.findChild<DemoSession *>();
        QVERIFY(page && governance && demo && demo->session());
        QTRY_COMPARE_WITH_TIMEOUT(page->editedBackend(), u"demo"_s, 20'000);

        // The second console: bob on his own session, stream and cache file.
        QTemporaryDir dir;
        const std::unique_ptr<BackendSession> second =
            secondOperator(demo->session(), u"bob"_s, dir.filePath(u"bob.sqlite"_s), nullptr);
        QVERIFY(second);
        QSignalSpy resyncs(second.get(), &BackendSession::resyncStarted);
        QSignalSpy errors(second.get(), &BackendSession::errorOccurred);

        // Console 1 (alice, with the demo admin for rule changes) creates a rule; console 2 receives it live.
        page->signInForRules();
        finish(page);
        QVERIFY2(succeeded(page), qPrintable(page->result()->text()));
        page->newRule();
        page->nameEdit()->setText(u"Notify on port scans"_s);
        page->conditionEdit()->setPlainText(u"type:port_scan"_s);
        page->actionBox()->setCurrentIndex(page->actionBox()->findData(int(RuleActionKind::Notify)));
        page->enabledBox()->setChecked(false);
        page->save();
        finish(page);
        QVERIFY2(succeeded(page), qPrintable(page->result()->text()));
        const QString ruleId = page->editedRule().id;
        QVERIFY(!ruleId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(cachedRuleIds(second.get()).value_or(QStringList()).contains(ruleId), 20'000);

        const qsizetype errorsBefore = errors.size();
        // A stream that rejects a frame reconnects (and resyncs): record every state the second console goes through.
        QList<ConnectionState::Phase> phases;
        QObject phaseContext; // disconnects before `phases` goes
        connect(second.get(), &BackendSession::stateChanged, &phaseContext,
                [&phases](const QString &, const ConnectionState &state) { phases.append(state.phase); });
        page->setConfirmer([](QWidget *, const QString &) { return true; });
        page->deleteRule();
        finish(page);
        QVERIFY2(succeeded(page), qPrintable(page->result()->text()));
        // Gone from the second console's cache, and from the first console's list (also through its own stream:
        // the console no longer writes its own deletions into the cache by hand).
        QTRY_VERIFY_WITH_TIMEOUT(!cachedRuleIds(second.get()).value_or(QStringList{ruleId}).contains(ruleId), 20'000);
        RuleListModel *rules = governance->rules();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 0; row < rules->rowCount(); ++row)
                    if (rules->ruleAt(row).id == ruleId)
                        return false;
                return true;
            }(),
            20'000);
        // Live, not through a reconnect and resync: the stream stayed up and reported nothing on the way.
        for (const ConnectionState::Phase phase : std::as_const(phases))
            QVERIFY2(phase == ConnectionState::Phase::Live || phase == ConnectionState::Phase::Syncing,
                     "the second console's stream went down while the deletion arrived");
        QCOMPARE(errors.size(), errorsBefore);
        QVERIFY(resyncs.isEmpty());
        QCOMPARE(second->state().phase, ConnectionState::Phase::Live);
        second->disconnectFromBackend();
    }

    void safetyCriticalDevicesOnlyThroughApproval()
    {
        ConsoleModels models;
        MainWindow window(&models);
        ConsoleController controller(&models, &window);
        DemoOptions options;
        options.devices = 600;
        options.eventRate = 40;
        const QString notLive = startDemoUntilLive(controller, options);
        QVERIFY2(notLive.isEmpty(), qPrintable(notLive));
        auto *page = window.findChild<RulesPage *>();
        auto *governance = controller.findChild<GovernanceController *>();
        QVERIFY(page && governance);
        QTRY_COMPARE_WITH_TIMEOUT(page->editedBackend(), u"demo"_s, 20'000);
        page->signInForRules();
        finish(page);
        QVERIFY2(page->result()->outcome() == ActionResultLabel::Outcome::Succeeded, qPrintable(page->result()->text()));

        page->newRule();
        page->nameEdit()->setText(u"Isolate safety-critical devices on any event"_s);
        page->conditionEdit()->setPlainText(u"safety:yes"_s);
        page->enabledBox()->setChecked(false);
        // Dry run: every hit on a safety-critical device says it would wait for a second operator.
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 120'000) {
            page->dryRun();
            finish(page);
            QVERIFY2(page->result()->outcome() == ActionResultLabel::Outcome::Succeeded,
                     qPrintable(page->result()->text()));
            if (page->hits()->rowCount() > 0)
                break;
            QTest::qWait(3000); // no safety-critical device has had an event yet
        }
        QVERIFY(page->hits()->rowCount() > 0);
        for (int row = 0; row < page->hits()->rowCount(); ++row)
            QVERIFY(page->hits()->hitAt(row).needsApproval);

        page->enabledBox()->setChecked(true);
        page->save();
        finish(page);
        QVERIFY2(page->result()->outcome() == ActionResultLabel::Outcome::Succeeded, qPrintable(page->result()->text()));
        const QString actor = u"rule:"_s + page->editedRule().id;
        ApprovalListModel *approvals = governance->approvals();
        const auto filedByRule = [&] {
            QStringList devices;
            for (int row = 0; row < approvals->rowCount(); ++row)
                if (approvals->approvalAt(row).requestedBy == actor)
                    devices.append(approvals->approvalAt(row).action.value(u"device_id"_s).toString());
            return devices;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!filedByRule().isEmpty(), 90'000);
        // ... and the rule quarantined none of them by itself.
        QuarantineListModel *quarantined = governance->quarantined();
        for (int row = 0; row < quarantined->rowCount(); ++row)
            QVERIFY(quarantined->rowAt(row).actor != actor);

        // bob, a second operator on a console of his own, sees what the rule filed and approves one: only then is
        // the safety-critical device quarantined, and the console shows who approved it.
        auto *demo = controller.findChild<DemoSession *>();
        QVERIFY(demo && demo->session());
        QTemporaryDir dir;
        ConsoleModels bobModels;
        MainWindow bobWindow(&bobModels);
        bobWindow.resize(1440, 900);
        ConsoleController bobConsole(&bobModels, &bobWindow);
        const std::unique_ptr<BackendSession> bob =
            secondOperator(demo->session(), u"bob"_s, dir.filePath(u"bob.sqlite"_s), &bobConsole);
        QVERIFY(bob);
        auto *bobGovernance = bobConsole.findChild<GovernanceController *>();
        auto *bobQuarantine = bobWindow.findChild<QuarantinePage *>();
        QVERIFY(bobGovernance && bobQuarantine);
        ApprovalListModel *bobApprovals = bobGovernance->approvals();
        const auto firstFiledByRule = [&] {
            for (int row = 0; row < bobApprovals->rowCount(); ++row)
                if (bobApprovals->approvalAt(row).requestedBy == actor)
                    return row;
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(firstFiledByRule() >= 0, 30'000);
        const int approvalRow = firstFiledByRule();
        QVERIFY(!bobApprovals->isOwnRequest(approvalRow));
        const QString approvalId = bobApprovals->approvalAt(approvalRow).id;
        const QString pump = bobApprovals->approvalAt(approvalRow).action.value(u"device_id"_s).toString();
        QVERIFY(bobWindow.showPage(u"quarantine"_s));
        QTableView *view = bobQuarantine->approvalsView();
        view->selectionModel()->select(view->model()->index(approvalRow, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(view->model()->index(approvalRow, 0), QItemSelectionModel::NoUpdate);
        const QString shots = qEnvironmentVariable("WARDEN_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            bobWindow.grab().save(shots + u"/quarantine-second-operator.png"_s);
        bobQuarantine->approveSelected();
        QTRY_VERIFY_WITH_TIMEOUT(bobQuarantine->approvalResult()->outcome() != ActionResultLabel::Outcome::Working,
                                 20'000);
        QVERIFY2(bobQuarantine->approvalResult()->outcome() == ActionResultLabel::Outcome::Succeeded,
                 qPrintable(bobQuarantine->approvalResult()->text()));
        const auto approvedRow = [&] {
            const int row = quarantined->rowOfDevice(u"demo"_s, pump);
            return row >= 0 && quarantined->rowAt(row).approvedBy == u"bob"_s ? row : -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(approvedRow() >= 0, 30'000);
        QCOMPARE(quarantined->rowAt(approvedRow()).actor, actor);
        QTRY_COMPARE_WITH_TIMEOUT(bobApprovals->rowOfApproval(u"demo"_s, approvalId), -1, 20'000);
        bob->disconnectFromBackend();

        page->setConfirmer([](QWidget *, const QString &) { return true; });
        page->deleteRule();
        finish(page);
        QVERIFY2(page->result()->outcome() == ActionResultLabel::Outcome::Succeeded, qPrintable(page->result()->text()));
    }
};

QTEST_MAIN(TestRules)
#include "tst_rules.moc"
