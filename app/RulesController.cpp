#include "RulesController.h"

#include "DeviceRegisterModel.h"
#include "LaterReply.h"
#include "server/FleetdCredentials.h"
#include "MainWindow.h"
#include "PendingActionGate.h"
#include "RulesPage.h"
#include "cache/CacheWriter.h"
#include "fleet/BackendSession.h"
#include "fleet/FleetApiClient.h"
#include "fleet/StoreQuery.h"
#include "security/SecretBuffer.h"
#include "security/Totp.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace warden {

using namespace Qt::Literals::StringLiterals;

RulesController::RulesController(const DeviceRegisterModel *devices, QObject *parent)
    : QObject(parent), m_devices(devices)
{
}

void RulesController::installPage(MainWindow *window, RuleListModel *rules)
{
    m_page = new RulesPage(rules, this);
    connect(this, &RulesController::editorChanged, m_page, &RulesPage::refreshBackends);
    window->replacePage(u"rules"_s, m_page);
}

void RulesController::attachSession(BackendSession *session, bool demo)
{
    const QString backend = session->backendName();
    Backend &entry = m_backends[backend];
    entry.session = session;
    entry.demo = demo;
    connect(session->api(), &FleetApiClient::sessionChanged, this, [this, backend] { emit editorChanged(backend); });
    emit editorChanged(backend);
}

BackendSession *RulesController::sessionFor(const QString &backend) const
{
    const auto it = m_backends.constFind(backend);
    return it == m_backends.cend() ? nullptr : it->session.data();
}

FleetApiClient *RulesController::editorClient(const QString &backend) const
{
    const auto it = m_backends.constFind(backend);
    if (it == m_backends.cend() || !it->session)
        return nullptr;
    if (it->admin && it->admin->isLoggedIn())
        return it->admin.data();
    return it->session->api();
}

QStringList RulesController::ruleBackends() const
{
    QStringList names;
    for (auto it = m_backends.cbegin(); it != m_backends.cend(); ++it)
        if (it->session)
            names.append(it.key());
    names.sort();
    return names;
}

QString RulesController::ruleEditor(const QString &backend) const
{
    const FleetApiClient *client = editorClient(backend);
    return client ? client->session().user : QString();
}

QStringList RulesController::ruleEditorRoles(const QString &backend) const
{
    const FleetApiClient *client = editorClient(backend);
    return client ? client->session().roles : QStringList();
}

QString RulesController::deviceName(const QString &backend, const QString &deviceId) const
{
    const QModelIndex index = m_devices->indexOfDevice(backend, deviceId, DeviceRegisterModel::NameColumn);
    return index.isValid() ? index.data().toString() : QString();
}

namespace {
// Asks the backend for the dry run over [fromSeq, span.toSeq]. When the backend has pruned the range's start it
// says where its history begins: the run is repeated once from there (the summary names the first seq scanned).
void sendDryRun(QPointer<FleetApiClient> api, QPointer<QObject> context, const Rule &rule, const DryRunSpan &span,
                qint64 fromSeq, RuleActions::Reply<RangedDryRun> done)
{
    if (!api || !context)
        return;
    api->dryRunRuleRange(
        rule, fromSeq, span.toSeq, context,
        [api, context, rule, span, fromSeq, done = std::move(done)](FleetResult<RuleDryRun> run) mutable {
            if (!run) {
                const FleetError &error = run.error();
                if (error.kind() == FleetError::Kind::SeqTooOld && error.oldestSeq() > fromSeq
                    && error.oldestSeq() <= span.toSeq) {
                    sendDryRun(api, context, rule, span, error.oldestSeq(), std::move(done));
                    return;
                }
                done(FleetResult<RangedDryRun>(error));
                return;
            }
            done(RangedDryRun{std::move(run).value(), span});
        });
}
} // namespace

void RulesController::dryRunRule(const QString &backend, const Rule &rule, const DryRunRange &range,
                                 QObject *context, Reply<RangedDryRun> done)
{
    BackendSession *session = sessionFor(backend);
    if (replyIfNotConnected(backend, session, context, done))
        return;
    if (const Status valid = range.validate(); !valid) {
        replyLater<RangedDryRun>(context, std::move(done), FleetError(FleetError::Kind::BadRequest, valid.errorMessage()));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime from = range.from(now);
    const QDateTime to = range.to(now);
    QPointer<FleetApiClient> api = session->api();
    QPointer<QObject> guard(context);
    // The range is chosen by time, the backend scans by seq: the cache (the same history, streamed) maps one to the
    // other. A dry run changes nothing, so it is never kept as a pending action: offline it fails and says why.
    queryStore<Result<DryRunSpan>>(
        session->writer(), context,
        [from, to](CacheStore *store) { return DryRunRange::resolve(*store, from, to); },
        [api, guard, rule, done = std::move(done)](Result<DryRunSpan> resolved) mutable {
            if (!resolved) {
                done(FleetResult<RangedDryRun>(FleetError(FleetError::Kind::BadRequest, resolved.errorMessage())));
                return;
            }
            const DryRunSpan span = resolved.value();
            if (span.isEmpty()) {
                done(RangedDryRun{RuleDryRun{}, span});
                return;
            }
            sendDryRun(api, guard, rule, span, span.fromSeq, std::move(done));
        });
}

namespace {
// A rule as the offline journal keeps it: the rule's JSON, with rule_id naming the rule to replace.
QJsonObject rulePayload(const Rule &rule)
{
    QJsonObject payload = rule.toJson();
    payload.remove(u"id"_s);
    payload.remove(u"created_by"_s);
    if (!rule.id.isEmpty())
        payload.insert(u"rule_id"_s, rule.id);
    return payload;
}
} // namespace

void RulesController::saveRule(const QString &backend, const Rule &rule, QObject *context, Reply<Rule> done)
{
    BackendSession *session = sessionFor(backend);
    if (replyIfNotConnected(backend, session, context, done))
        return;
    const QString kind = rule.id.isEmpty() ? u"rule.create"_s : u"rule.update"_s;
    if (keepPendingWhileOffline(session, kind, rulePayload(rule), context, done))
        return;
    QPointer<CacheWriter> writer = session->writer();
    Reply<Rule> stored = [writer, done = std::move(done)](FleetResult<Rule> saved) {
        if (saved && writer) {
            CacheBatch batch;
            batch.rules.append(saved.value());
            writer->submit(std::move(batch));
        }
        done(std::move(saved));
    };
    FleetApiClient *client = editorClient(backend);
    if (rule.id.isEmpty())
        client->createRule(rule, context, std::move(stored));
    else
        client->updateRule(rule, context, std::move(stored));
}

void RulesController::deleteRule(const QString &backend, const QString &id, QObject *context,
                                 Reply<std::monostate> done)
{
    BackendSession *session = sessionFor(backend);
    if (replyIfNotConnected(backend, session, context, done))
        return;
    if (keepPendingWhileOffline(session, u"rule.delete"_s, QJsonObject{{u"rule_id"_s, id}}, context, done))
        return;
    // The deletion reaches this console's cache like every other console's: through the stream's rule tombstone.
    editorClient(backend)->deleteRule(id, context, std::move(done));
}

void RulesController::signInForRules(const QString &backend, const QString &user, const QString &password,
                                     const QString &totp, QObject *context, Reply<LoginSession> done)
{
    BackendSession *session = sessionFor(backend);
    if (replyIfNotConnected(backend, session, context, done))
        return;
    FleetApiClient *operatorApi = session->api();
    auto *client = new FleetApiClient(operatorApi->profile(), operatorApi->tls(), this);
    // Rule changes made through this login reach the console's audit chain like every other action.
    client->setActionRecorder(operatorApi->actionRecorder());
    QString secret = password;
    QPointer<FleetApiClient> guard(client);
    client->login(user, SecretBytes::fromString(secret), totp, context,
                  [this, backend, guard, done = std::move(done)](FleetResult<LoginSession> login) {
                      Backend &entry = m_backends[backend];
                      if (!login || !guard) {
                          if (guard)
                              guard->deleteLater();
                          done(std::move(login));
                          return;
                      }
                      if (entry.admin && entry.admin != guard)
                          entry.admin->deleteLater();
                      entry.admin = guard;
                      // An expired rule-change login falls back to the operator's session (and says so).
                      connect(guard.data(), &FleetApiClient::tokenExpired, this, [this, backend] {
                          emit editorChanged(backend);
                      });
                      emit editorChanged(backend);
                      done(std::move(login));
                  });
}

QString RulesController::demoCredentialsFile(const QString &backend) const
{
    const auto it = m_backends.constFind(backend);
    if (it == m_backends.cend() || !it->demo || !it->session)
        return {};
    // The demo's fleetd writes credentials.json into its data directory, beside the CA bundle the console trusts.
    const QString file = QFileInfo(it->session->api()->profile().caBundlePath).dir().filePath(u"credentials.json"_s);
    return QFileInfo::exists(file) ? file : QString();
}

bool RulesController::hasDemoAdmin(const QString &backend) const
{
    return !demoCredentialsFile(backend).isEmpty();
}

void RulesController::signInAsDemoAdmin(const QString &backend, QObject *context, Reply<LoginSession> done)
{
    const QString file = demoCredentialsFile(backend);
    const auto credentials = file.isEmpty() ? Result<QList<FleetdCredential>>::failure(
                                                  tr("%1 is not the embedded demo backend.").arg(backend))
                                            : FleetdCredentials::read(file);
    std::optional<FleetdCredential> admin;
    if (credentials)
        admin = FleetdCredentials::find(*credentials, u"admin"_s);
    if (!admin) {
        const FleetError error(FleetError::Kind::BadRequest,
                               credentials ? tr("The demo backend has no admin account.") : credentials.errorMessage());
        replyLater<LoginSession>(context, std::move(done), error);
        return;
    }
    signInForRules(backend, admin->user, admin->password,
                   Totp::code(admin->totpSecret(), QDateTime::currentSecsSinceEpoch()), context, std::move(done));
    admin->password.fill(u'\0');
}

} // namespace warden
