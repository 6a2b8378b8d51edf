#pragma once

#include "domain/Rule.h"
#include "fleet/FleetError.h"
#include "fleet/FleetTypes.h"
#include "rules/DryRunRange.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <variant>

namespace warden {

// A dry run over a range of the cached history: the backend's answer and what the range resolved to in the cache.
struct RangedDryRun {
    RuleDryRun run;
    DryRunSpan span;
};

// What the Rules page asks of the backend that owns a rule: dry runs, saving and deleting, and signing in with an
// account allowed to change rules (the backend gives that to admins only). Implemented in app/ over each backend
// session, so widgets never see a session. Replies run on the context's thread and are dropped when it is gone.
class RuleActions {
public:
    template <typename T>
    using Reply = std::function<void(FleetResult<T>)>;

    virtual ~RuleActions() = default;

    // Connected backends, in a stable order.
    virtual QStringList ruleBackends() const = 0;
    // Who rule changes for a backend are sent as, with the roles the backend gave that account ("" when unknown).
    virtual QString ruleEditor(const QString &backend) const = 0;
    virtual QStringList ruleEditorRoles(const QString &backend) const = 0;
    // Device name for a hit ("" when the cache does not know the device).
    virtual QString deviceName(const QString &backend, const QString &deviceId) const = 0;

    // Runs the rule (saved or not, enabled or not) over the events of `range` in the backend's stored history, cut
    // to the newest DryRunRange::MaxEvents; changes nothing. No cached event in the range: an empty span, no call.
    virtual void dryRunRule(const QString &backend, const Rule &rule, const DryRunRange &range, QObject *context,
                            Reply<RangedDryRun> done) = 0;
    // Creates the rule when its id is empty, else replaces it. Kept as a pending action while the backend is
    // unreachable.
    virtual void saveRule(const QString &backend, const Rule &rule, QObject *context, Reply<Rule> done) = 0;
    virtual void deleteRule(const QString &backend, const QString &id, QObject *context,
                            Reply<std::monostate> done) = 0;

    // A second login used only for rule changes (the operator's own session keeps running). password is wiped
    // after use.
    virtual void signInForRules(const QString &backend, const QString &user, const QString &password,
                                const QString &totp, QObject *context, Reply<LoginSession> done) = 0;
    // The embedded demo backend ships its admin account's credentials; other backends never do.
    virtual bool hasDemoAdmin(const QString &backend) const = 0;
    virtual void signInAsDemoAdmin(const QString &backend, QObject *context, Reply<LoginSession> done) = 0;
};

} // namespace warden
