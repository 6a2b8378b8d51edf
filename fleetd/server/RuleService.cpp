#include "RuleService.h"

#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcFleetdSim)

namespace warden {

RuleService::RuleService(FleetContext &context, StoreDeviceDirectory &devices, QuarantineService &quarantines,
                         LicenceService &licences, IncidentService &incidents)
    : m_context(context), m_devices(devices), m_quarantines(quarantines), m_licences(licences),
      m_incidents(incidents)
{
    reload();
}

RuleService::~RuleService() = default;

void RuleService::reload()
{
    m_vulnerabilities = FirmwareCatalogueLookup();
    if (Result<QList<QJsonObject>> firmware = m_context.store.allObjects(FleetCollection::Firmware)) {
        for (const QJsonObject &json : std::as_const(*firmware)) {
            if (Result<Firmware> image = Firmware::fromJson(json))
                m_vulnerabilities.add(*image);
        }
    }
    QList<Rule> rules;
    m_rules.clear();
    if (Result<QList<QJsonObject>> stored = m_context.store.allObjects(FleetCollection::Rules)) {
        for (const QJsonObject &json : std::as_const(*stored)) {
            if (Result<Rule> rule = Rule::fromJson(json)) {
                rules.append(*rule);
                m_rules.insert(rule->id, *rule);
            }
        }
    }
    m_engine = std::make_unique<RuleEngine>(rules, &m_vulnerabilities);
    for (const RuleEngine::InvalidRule &invalid : m_engine->invalidRules())
        qCWarning(lcFleetdSim) << "rule" << invalid.ruleId << "is not active:" << invalid.message;
}

ApiResult<Rule> RuleService::create(Rule rule, const QString &user)
{
    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction)
        return transaction.error();
    Result<QString> id = transaction->store().nextId(u"rule"_s, 4);
    if (!id)
        return ApiError::fromStoreError(id.error());
    rule.id = *id;
    rule.createdBy = user;
    if (Status s = RuleEngine::validate(rule); !s)
        return ApiError::badRequest(s.errorMessage(), s.error().field.isEmpty() ? u"condition"_s : s.error().field);
    if (ApiStatus s = transaction->put(FleetCollection::Rules, rule.id, rule.toJson()); !s)
        return s.error();
    if (ApiStatus s = transaction->audit(user, u"rule.create"_s, rule.id, rule.toJson()); !s)
        return s.error();
    if (ApiStatus s = transaction->commit(); !s)
        return s.error();
    reload();
    return rule;
}

ApiResult<Rule> RuleService::update(const QString &id, Rule rule, const QString &user)
{
    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction)
        return transaction.error();
    const std::optional<QJsonObject> stored = transaction->store().object(FleetCollection::Rules, id);
    if (!stored)
        return ApiError::notFound(tr("There is no rule \"%1\".").arg(id));
    rule.id = id;
    rule.createdBy = stored->value(u"created_by"_s).toString();
    if (Status s = RuleEngine::validate(rule); !s)
        return ApiError::badRequest(s.errorMessage(), s.error().field.isEmpty() ? u"condition"_s : s.error().field);
    if (ApiStatus s = transaction->put(FleetCollection::Rules, rule.id, rule.toJson()); !s)
        return s.error();
    if (ApiStatus s = transaction->audit(user, u"rule.update"_s, rule.id, rule.toJson()); !s)
        return s.error();
    if (ApiStatus s = transaction->commit(); !s)
        return s.error();
    reload();
    return rule;
}

ApiStatus RuleService::remove(const QString &id, const QString &user)
{
    ApiResult<FleetTransaction> transaction = FleetTransaction::begin(m_context);
    if (!transaction)
        return transaction.error();
    Result<bool> removed = transaction->store().deleteObject(FleetCollection::Rules, id);
    if (!removed)
        return ApiError::fromStoreError(removed.error());
    if (!*removed)
        return ApiError::notFound(tr("There is no rule \"%1\".").arg(id));
    transaction->changed(u"rule"_s, QJsonObject{{u"id"_s, id}, {u"deleted"_s, true}},
                         transaction->store().revision());
    if (ApiStatus s = transaction->audit(user, u"rule.delete"_s, id, {}); !s)
        return s;
    if (ApiStatus s = transaction->commit(); !s)
        return s;
    reload();
    return apiSuccess();
}

ApiResult<QJsonObject> RuleService::dryRun(Rule rule, qint64 fromSeq, qint64 toSeq)
{
    if (rule.id.isEmpty())
        rule.id = u"dry-run"_s;
    rule.enabled = true;
    if (Status s = RuleEngine::validate(rule); !s)
        return ApiError::badRequest(s.errorMessage(), u"rule.condition"_s);
    FleetStore &store = m_context.store;
    const qint64 last = store.lastSeq();
    const qint64 to = toSeq > 0 ? std::min(toSeq, last) : last;
    const qint64 from = fromSeq > 0 ? fromSeq : std::max(store.oldestSeq(), to - 9999);
    if (from < store.oldestSeq()) {
        return ApiError{410, u"seq_too_old"_s,
                        tr("Events before %1 are no longer kept.").arg(store.oldestSeq()), u"from_seq"_s,
                        QJsonObject{{u"oldest_seq"_s, store.oldestSeq()}}};
    }
    if (to - from + 1 > MaxDryRunEvents)
        return ApiError::badRequest(tr("A dry run covers at most %1 events; narrow from_seq/to_seq.")
                                        .arg(MaxDryRunEvents),
                                    u"from_seq"_s);
    // One engine across pages gives exactly what RuleEngine::dryRun would give over the whole range at once.
    RuleEngine engine({rule}, &m_vulnerabilities);
    QJsonArray hits;
    bool truncated = false;
    qint64 scanned = 0;
    for (qint64 seq = from; seq <= to && !truncated;) {
        Result<QList<ThreatEvent>> page = store.events(seq, to, 5000);
        if (!page)
            return ApiError::fromStoreError(page.error());
        if (page->isEmpty())
            break;
        scanned += page->size();
        for (const RuleHit &hit : engine.processAll(*page, m_devices)) {
            if (hits.size() >= MaxDryRunHits) {
                truncated = true;
                break;
            }
            hits.append(hit.toJson());
        }
        seq = page->constLast().seq + 1;
    }
    return QJsonObject{{u"hits"_s, hits},
                       {u"from_seq"_s, from},
                       {u"to_seq"_s, to},
                       {u"events_scanned"_s, scanned},
                       {u"truncated"_s, truncated}};
}

ApiStatus RuleService::process(FleetTransaction &transaction, const QList<ThreatEvent> &events)
{
    if (m_engine->activeRuleIds().isEmpty())
        return apiSuccess();
    for (const ThreatEvent &event : events) {
        const QList<RuleHit> hits = m_engine->process(event, m_devices);
        for (const RuleHit &hit : hits) {
            if (ApiStatus s = execute(transaction, hit, event); !s)
                return s;
        }
    }
    return apiSuccess();
}

ApiStatus RuleService::execute(FleetTransaction &transaction, const RuleHit &hit, const ThreatEvent &event)
{
    const QString actor = u"rule:"_s + hit.ruleId;
    const Rule rule = m_rules.value(hit.ruleId);
    const QString reason = tr("Rule \"%1\" (%2) matched event %3 (%4).")
                               .arg(rule.name, hit.ruleId, QString::number(hit.seq), toString(event.type));
    switch (hit.action) {
    case RuleActionKind::Quarantine: {
        QuarantineService::Request request;
        request.deviceId = hit.deviceId;
        request.level = hit.level;
        request.reason = reason;
        request.actor = actor;
        request.ruleId = hit.ruleId;
        ApiResult<QuarantineService::Outcome> outcome = m_quarantines.request(transaction, request);
        if (!outcome && outcome.error().status >= 500)
            return outcome.error();
        return apiSuccess(); // a device that vanished is not worth failing the event batch for
    }
    case RuleActionKind::RevokeLicence:
        return m_licences.revokeDevice(transaction, hit.deviceId, reason, actor);
    case RuleActionKind::RaiseSeverity:
        // Incidents are placed by the correlation worker; the raise happens (and is audited) when it has.
        m_incidents.requestRaise(hit.seq, actor);
        return apiSuccess();
    case RuleActionKind::Notify:
        return transaction.audit(actor, u"rule.notify"_s, hit.deviceId,
                                 QJsonObject{{u"seq"_s, hit.seq}, {u"type"_s, toString(event.type)},
                                             {u"severity"_s, toString(event.severity)}, {u"reason"_s, reason}});
    }
    return apiSuccess();
}

void RuleService::forgetDevice(const QString &deviceId)
{
    m_engine->resetDevice(deviceId);
}

} // namespace warden
