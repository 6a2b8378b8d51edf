#include "ReportController.h"

#include "AuditController.h"
#include "IncidentReport.h"
#include "IncidentsPage.h"
#include "MainWindow.h"
#include "PostureReport.h"
#include "audit/ActionAudit.h"
#include "audit/BackendAuditSync.h"
#include "cache/CacheStore.h"
#include "fleet/BackendSession.h"
#include "fleet/FleetApiClient.h"
#include "fleet/StoreQuery.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSet>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

// Events of an incident a report reads (the newest ones); its timeline lists fewer still.
constexpr int ReportEventLimit = 2000;

// Stable within one export, meaningless outside it: a keyed HMAC of the owner reference with a key drawn per export,
// so rows still group by person without naming anyone, and two exports cannot be joined on the pseudonyms.
class OwnerPseudonyms {
public:
    OwnerPseudonyms() : m_key(32, Qt::Uninitialized)
    {
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_key.data()), 8);
    }
    QString of(const QString &ownerRef) const
    {
        const QByteArray mac =
            QMessageAuthenticationCode::hash(ownerRef.toUtf8(), m_key, QCryptographicHash::Sha256).toHex();
        return u"anon-"_s + QString::fromLatin1(mac.left(10));
    }

private:
    QByteArray m_key;
};

struct IncidentGather {
    std::optional<IncidentReportData> data;
    QString error;
};

struct PostureGather {
    FleetPostureInput input;
    qint64 consoleEntries = 0;
    QString error;
};

template <typename Reply, typename Outcome>
void replyLater(QObject *context, Reply done, Outcome outcome)
{
    // Replies always arrive later, never inside the caller's stack.
    QTimer::singleShot(0, context, [done = std::move(done), outcome = std::move(outcome)] { done(outcome); });
}

} // namespace

ReportController::ReportController(AuditController *audit, QObject *parent) : QObject(parent), m_audit(audit)
{
}

void ReportController::attachSession(BackendSession *session)
{
    for (const QPointer<BackendSession> &known : std::as_const(m_sessions))
        if (known == session)
            return;
    m_sessions.append(session);
}

void ReportController::install(MainWindow *window, IncidentsPage *incidents)
{
    m_window = window;
    if (incidents)
        incidents->setReportActions(this);
    m_choosePostureFile = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(m_window, tr("Export fleet posture report"), suggested,
                                            tr("PDF files (*.pdf)"));
    };
    connect(window, &MainWindow::postureReportRequested, this, &ReportController::exportPostureInteractively);
}

BackendSession *ReportController::sessionFor(const QString &backend) const
{
    for (const QPointer<BackendSession> &session : m_sessions)
        if (session && session->backendName() == backend)
            return session;
    return nullptr;
}

bool ReportController::mayExportPersonalData(const QString &backend) const
{
    BackendSession *session = sessionFor(backend);
    return session && session->api()->session().mayReadOwners() && session->personalData()
           && session->personalData()->isUnlocked();
}

void ReportController::exportIncidentReport(const QString &backend, const QString &incidentId, const QString &path,
                                            bool personalData, QObject *context, Reply done)
{
    ReportOutcome refused;
    refused.personalData = personalData;
    BackendSession *session = sessionFor(backend);
    if (!session) {
        refused.message = tr("The backend %1 is not connected.").arg(backend);
        replyLater(context, std::move(done), refused);
        return;
    }
    if (personalData && !mayExportPersonalData(backend)) {
        refused.message = tr("An export with personal data needs the operator role and the unlocked personal-data "
                             "key; export the anonymised report instead.");
        replyLater(context, std::move(done), refused);
        return;
    }
    // The export is an operator act on the backend's data: recorded before the file is written, its result after.
    // One that carries personal data is not made unless it can be recorded.
    QPointer<ActionAudit> audit = m_audit->actionAudit(backend);
    const qint64 index =
        audit ? audit->record(session->api()->session().user, u"report.export"_s, incidentId,
                              {{u"report"_s, u"incident"_s},
                               {u"personal_data"_s, personalData},
                               {u"file"_s, QFileInfo(path).fileName()}})
              : -1;
    if (personalData && index < 0) {
        refused.message = tr("The console's audit log cannot be written, so the report with personal data was not "
                             "exported.");
        replyLater(context, std::move(done), refused);
        return;
    }
    // The export's result is audited whatever became of the page that asked; the page hears of it if it lives.
    QPointer<QObject> guard(context);
    const auto finish = [audit, index, guard, done](ReportOutcome outcome) {
        outcome.auditIndex = index;
        if (audit && index > 0)
            audit->recordResult(index, outcome.ok ? u"succeeded"_s : u"failed"_s, outcome.message);
        if (guard && done)
            done(std::move(outcome));
    };

    collectIncident(backend, incidentId, personalData, this,
                    [path, personalData, finish](std::optional<IncidentReportData> data, const QString &error) {
                        ReportOutcome outcome;
                        outcome.personalData = personalData;
                        if (!data) {
                            outcome.message = error;
                            finish(outcome);
                            return;
                        }
                        const IncidentReport report(std::move(*data));
                        const Status written = report.writePdf(path);
                        outcome.ok = written.ok();
                        outcome.message = written.ok() ? QString() : written.errorMessage();
                        outcome.path = path;
                        outcome.pages = report.pageCount();
                        finish(outcome);
                    });
}

void ReportController::collectIncident(const QString &backend, const QString &incidentId, bool personalData,
                                       QObject *context,
                                       std::function<void(std::optional<IncidentReportData>, QString)> done)
{
    BackendSession *session = sessionFor(backend);
    QPointer<QObject> guard(context);
    if (!session) {
        QTimer::singleShot(0, this, [guard, done, backend] {
            if (guard && done)
                done(std::nullopt, tr("The backend %1 is not connected.").arg(backend));
        });
        return;
    }
    QPointer<BackendAuditSync> sync = m_audit->backendAudit(backend);
    queryStore<IncidentGather>(
        session->writer(), this,
        [backend, incidentId, personalData](CacheStore *store) {
            IncidentGather gather;
            if (!store) {
                gather.error = tr("The cache could not be opened.");
                return gather;
            }
            auto incidents = store->loadIncidents();
            auto devices = store->loadDevices();
            auto sites = store->loadSites();
            auto rules = store->loadRules();
            auto gateways = store->loadGateways();
            for (const QString &problem : {incidents.errorMessage(), devices.errorMessage(), sites.errorMessage(),
                                           rules.errorMessage(), gateways.errorMessage()}) {
                if (!problem.isEmpty()) {
                    gather.error = problem;
                    return gather;
                }
            }
            const auto found = std::find_if(incidents->cbegin(), incidents->cend(),
                                            [&incidentId](const Incident &i) { return i.id == incidentId; });
            if (found == incidents->cend()) {
                gather.error = tr("The incident %1 is not in the cache of %2.").arg(incidentId, backend);
                return gather;
            }
            IncidentReportData data;
            data.backend = backend;
            data.incident = *found;
            data.personalData = personalData;
            QList<qint64> seqs = found->eventSeqs;
            std::sort(seqs.begin(), seqs.end());
            if (seqs.size() > ReportEventLimit)
                seqs = seqs.mid(seqs.size() - ReportEventLimit);
            auto events = store->loadEventsBySeq(seqs);
            if (!events.ok()) {
                gather.error = events.errorMessage();
                return gather;
            }
            data.events = std::move(events).value();
            const QSet<QString> ids(found->deviceIds.cbegin(), found->deviceIds.cend());
            for (const Device &device : devices.value())
                if (ids.contains(device.id))
                    data.devices.append(device);
            for (const Gateway &gateway : gateways.value())
                if (ids.contains(gateway.id))
                    data.gateways.append(gateway);
            for (const Site &site : sites.value())
                data.siteNames.insert(site.id, site.name);
            for (const Rule &rule : rules.value())
                data.ruleNames.insert(rule.id, rule.name);
            // Owners: their names only in a report with personal data, otherwise per-export pseudonyms.
            QHash<QString, QString> ownerNames;
            if (personalData) {
                auto owners = store->loadOwners();
                if (!owners.ok()) {
                    gather.error = owners.errorMessage();
                    return gather;
                }
                for (const Owner &owner : owners.value())
                    ownerNames.insert(owner.ref, owner.locked ? tr("(locked)") : owner.name);
            }
            const OwnerPseudonyms pseudonyms;
            for (const Device &device : std::as_const(data.devices))
                if (!device.ownerRef.isEmpty())
                    data.owners.insert(device.id, personalData ? ownerNames.value(device.ownerRef, device.ownerRef)
                                                               : pseudonyms.of(device.ownerRef));
            gather.data = std::move(data);
            return gather;
        },
        [sync, guard, done](IncidentGather gather) {
            if (!guard || !done)
                return;
            if (!gather.data) {
                done(std::nullopt, gather.error);
                return;
            }
            IncidentReportData &data = *gather.data;
            // Actions on the incident or its devices, from the backend's chain as verified.
            if (sync) {
                QSet<QString> targets(data.incident.deviceIds.cbegin(), data.incident.deviceIds.cend());
                targets.insert(data.incident.id);
                const BackendAuditState &state = sync->state();
                for (const AuditEntry &entry : state.chain.entries)
                    if (targets.contains(entry.target))
                        data.actions.append(entry);
                data.chainVerified = state.chain.verification.intact && state.headVerified;
                if (!state.chain.entries.isEmpty())
                    data.chainHead = QString::fromLatin1(state.chain.entries.constLast().hash.toHex());
            }
            done(std::move(gather.data), QString());
        });
}

void ReportController::collectPosture(QObject *context, std::function<void(PostureReportData, QString)> done)
{
    struct Pending {
        int outstanding = 0;
        FleetPostureInput input;
        QHash<QString, qint64> consoleEntries;
        QStringList errors;
    };
    QList<QPointer<BackendSession>> sessions;
    for (const QPointer<BackendSession> &session : std::as_const(m_sessions))
        if (session)
            sessions.append(session);
    auto pending = std::make_shared<Pending>();
    pending->outstanding = int(sessions.size());
    QPointer<QObject> guard(context);
    const auto assemble = [this, pending, guard, done, sessions] {
        if (!guard || !done)
            return;
        PostureReportData data;
        data.posture = FleetPosture::compute(pending->input, QDateTime::currentDateTimeUtc());
        QStringList operators;
        for (const QPointer<BackendSession> &session : sessions) {
            if (!session)
                continue;
            const QString backend = session->backendName();
            const QString user = session->api()->session().user;
            if (!user.isEmpty() && !operators.contains(user))
                operators.append(user);
            PostureAuditState state;
            state.backend = backend;
            state.consoleEntries = pending->consoleEntries.value(backend);
            if (ActionAudit *audit = m_audit->actionAudit(backend)) {
                const AuditChain::Verification verification = audit->verification();
                state.consoleIntact = verification.intact;
                state.consoleProblem = verification.reason;
            }
            if (BackendAuditSync *sync = m_audit->backendAudit(backend)) {
                const BackendAuditState &backendState = sync->state();
                state.backendEntries = backendState.chain.entries.size();
                state.backendIntact = backendState.chain.verification.intact;
                state.headVerified = backendState.headVerified;
                state.backendProblem = !backendState.chain.verification.intact ? backendState.chain.verification.reason
                                                                              : backendState.headProblem;
            } else {
                state.backendIntact = false;
                state.backendProblem = tr("the backend's chain is not kept by this console");
            }
            data.audit.append(state);
        }
        data.generatedBy = operators.join(u", "_s);
        data.generated = QDateTime::currentDateTimeUtc();
        done(std::move(data), pending->errors.join(u"; "_s));
    };
    if (sessions.isEmpty()) {
        QTimer::singleShot(0, this, assemble);
        return;
    }
    for (const QPointer<BackendSession> &session : std::as_const(sessions)) {
        const QString backend = session->backendName();
        queryStore<PostureGather>(
            session->writer(), this,
            [backend](CacheStore *store) {
                PostureGather gather;
                if (!store) {
                    gather.error = tr("%1: the cache could not be opened.").arg(backend);
                    return gather;
                }
                auto devices = store->loadDevices();
                auto firmware = store->loadFirmware();
                auto incidents = store->loadIncidents();
                auto licences = store->loadLicences();
                auto sites = store->loadSites();
                auto console = store->loadLocalAudit();
                for (const QString &error : {devices.errorMessage(), firmware.errorMessage(), incidents.errorMessage(),
                                             licences.errorMessage(), sites.errorMessage(), console.errorMessage()})
                    if (!error.isEmpty()) {
                        gather.error = tr("%1: %2").arg(backend, error);
                        return gather;
                    }
                gather.input.devices = std::move(devices).value();
                gather.input.firmware = std::move(firmware).value();
                gather.input.incidents = std::move(incidents).value();
                gather.input.licences = std::move(licences).value();
                for (const Site &site : sites.value())
                    gather.input.siteNames.insert(site.id, site.name);
                gather.consoleEntries = console->size();
                return gather;
            },
            [pending, backend, assemble](PostureGather gather) {
                if (!gather.error.isEmpty())
                    pending->errors.append(gather.error);
                pending->input.append(std::move(gather.input));
                pending->consoleEntries.insert(backend, gather.consoleEntries);
                if (--pending->outstanding == 0)
                    assemble();
            });
    }
}

void ReportController::exportPostureReport(const QString &path, QObject *context, Reply done)
{
    collectPosture(context, [path, done](PostureReportData data, const QString &error) {
        ReportOutcome outcome;
        outcome.path = path;
        if (!error.isEmpty()) {
            outcome.message = tr("The caches could not be read: %1").arg(error);
        } else {
            const PostureReport report(std::move(data));
            const Status written = report.writePdf(path);
            outcome.ok = written.ok();
            outcome.message = written.ok() ? QString() : written.errorMessage();
            outcome.pages = report.pageCount();
        }
        if (done)
            done(outcome);
    });
}

void ReportController::exportPostureInteractively()
{
    if (!m_window || !m_choosePostureFile)
        return;
    const QString suggested =
        tr("fleet-posture-%1.pdf").arg(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd"_s));
    const QString path = m_choosePostureFile(suggested);
    if (path.isEmpty())
        return;
    m_window->statusBar()->showMessage(tr("Writing the fleet posture report…"));
    exportPostureReport(path, this, [this](const ReportOutcome &outcome) {
        if (m_window)
            m_window->statusBar()->showMessage(
                outcome.ok ? tr("Fleet posture report written to %1 (%n pages, no personal data).", nullptr,
                                outcome.pages)
                                 .arg(QDir::toNativeSeparators(outcome.path))
                           : tr("The fleet posture report was not written: %1").arg(outcome.message),
                30'000);
        emit postureReportFinished(outcome);
    });
}

} // namespace warden
