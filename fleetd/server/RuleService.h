#pragma once

#include "FleetContext.h"
#include "IncidentService.h"
#include "LicenceService.h"
#include "QuarantineService.h"
#include "StoreDeviceDirectory.h"
#include "domain/Rule.h"
#include "rules/FirmwareVulnerabilityLookup.h"
#include "rules/RuleEngine.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace warden {

// Server-side policy rules: stores rules (admin), runs the enabled ones over every committed event batch with the
// shared RuleEngine and carries out the hits as the rule's actor "rule:ID" (quarantine, with four-eyes for
// safety-critical devices; revoke_licence; raise_severity of the event's incident; notify = an audit entry that the
// stream announces), and dry-runs a rule against the stored history.
// Not responsible for the HTTP side (RuleEndpoints) or the rule grammar (core/rules).
class RuleService {
    Q_DECLARE_TR_FUNCTIONS(RuleService)

public:
    static constexpr qint64 MaxDryRunEvents = 200000;
    static constexpr qsizetype MaxDryRunHits = 10000;

    RuleService(FleetContext &context, StoreDeviceDirectory &devices, QuarantineService &quarantines,
                LicenceService &licences, IncidentService &incidents);
    ~RuleService();

    // (Re)builds the engine from the stored rules and the firmware catalogue.
    void reload();

    ApiResult<Rule> create(Rule rule, const QString &user);
    ApiResult<Rule> update(const QString &id, Rule rule, const QString &user);
    ApiStatus remove(const QString &id, const QString &user);
    ApiResult<QJsonObject> dryRun(Rule rule, qint64 fromSeq, qint64 toSeq);

    // Inside the events' transaction.
    ApiStatus process(FleetTransaction &transaction, const QList<ThreatEvent> &events);
    void forgetDevice(const QString &deviceId);

private:
    ApiStatus execute(FleetTransaction &transaction, const RuleHit &hit, const ThreatEvent &event);

    FleetContext &m_context;
    StoreDeviceDirectory &m_devices;
    QuarantineService &m_quarantines;
    LicenceService &m_licences;
    IncidentService &m_incidents;
    FirmwareCatalogueLookup m_vulnerabilities;
    std::unique_ptr<RuleEngine> m_engine;
    QHash<QString, Rule> m_rules;
};

} // namespace warden
