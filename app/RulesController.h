#pragma once

#include "RuleActions.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace warden {

class BackendSession;
class DeviceRegisterModel;
class FleetApiClient;
class MainWindow;
class RuleListModel;
class RulesPage;

// Carries the Rules page's dry runs and rule changes to the backend that owns the rule. Rule changes go out through
// a second login with an admin account when the operator signed one in (the backend lets only admins change rules;
// the operator's own session is left alone), else through the operator's session, whose refusal the page shows.
// Changes tried while the backend is unreachable are kept as pending actions (PendingActionGate). A saved rule is
// written to the cache at once, so the list shows it before the stream brings the same change; a deletion arrives
// through the stream like on every other console. A dry run's time range is resolved to seqs in the cache first.
// Not responsible for the rule list (GovernanceController feeds it from the cache) or for any widget.
class RulesController final : public QObject, public RuleActions {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesController)
public:
    RulesController(const DeviceRegisterModel *devices, QObject *parent = nullptr);

    // demo: the embedded demo backend, whose admin credentials sit next to its CA bundle.
    void attachSession(BackendSession *session, bool demo);
    // Puts the Rules page, listing `rules`, into the window.
    void installPage(MainWindow *window, RuleListModel *rules);
    RulesPage *page() const { return m_page; }

    QStringList ruleBackends() const override;
    QString ruleEditor(const QString &backend) const override;
    QStringList ruleEditorRoles(const QString &backend) const override;
    QString deviceName(const QString &backend, const QString &deviceId) const override;
    void dryRunRule(const QString &backend, const Rule &rule, const DryRunRange &range, QObject *context,
                    Reply<RangedDryRun> done) override;
    void saveRule(const QString &backend, const Rule &rule, QObject *context, Reply<Rule> done) override;
    void deleteRule(const QString &backend, const QString &id, QObject *context,
                    Reply<std::monostate> done) override;
    void signInForRules(const QString &backend, const QString &user, const QString &password, const QString &totp,
                        QObject *context, Reply<LoginSession> done) override;
    bool hasDemoAdmin(const QString &backend) const override;
    void signInAsDemoAdmin(const QString &backend, QObject *context, Reply<LoginSession> done) override;

signals:
    // Who rule changes are sent as changed (sign-in, expiry, a backend attached).
    void editorChanged(const QString &backend);

private:
    struct Backend {
        QPointer<BackendSession> session;
        QPointer<FleetApiClient> admin; // the rule-change login, when one was made
        bool demo = false;
    };
    BackendSession *sessionFor(const QString &backend) const;
    FleetApiClient *editorClient(const QString &backend) const;
    QString demoCredentialsFile(const QString &backend) const;

    const DeviceRegisterModel *m_devices;
    QHash<QString, Backend> m_backends;
    RulesPage *m_page = nullptr;
};

} // namespace warden
