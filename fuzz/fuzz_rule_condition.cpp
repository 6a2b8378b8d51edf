// RuleCondition::parse on arbitrary text (the input as UTF-8), then matches() for every fixed event with its device,
// without a device, with and without a firmware catalogue.
// Properties: a failure has a message and an in-range position; a repetition stays within 1..10000 events and
// (0, 24h]; a condition without vulnerability terms ignores the catalogue; a condition that is also a valid device
// filter (device terms only) answers exactly as that FilterExpression does.

#include "FuzzDevices.h"
#include "FuzzSupport.h"

#include "rules/FilterExpression.h"
#include "rules/FirmwareVulnerabilityLookup.h"
#include "rules/RuleCondition.h"

using namespace warden;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialiseQt();
    (void)fuzz::devices();
    (void)fuzz::events();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const FirmwareCatalogueLookup catalogue(fuzz::firmwareCatalogue());
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    ExpressionError error;
    const Result<RuleCondition> parsed = RuleCondition::parse(text, &error);
    if (!parsed) {
        fuzz::check(!parsed.errorMessage().isEmpty() && parsed.errorMessage() == error.message,
                    "error message missing or differs from the Result's");
        fuzz::check(error.position >= 0 && error.length >= 1 && error.position + error.length <= text.size() + 1,
                    "error position outside the text");
        fuzz::check(error.term >= 0, "negative term number");
        return 0;
    }
    const RuleCondition &condition = parsed.value();
    if (const std::optional<Repetition> &repetition = condition.repetition()) {
        fuzz::check(repetition->count >= 1 && repetition->count <= 10000, "repetition count out of range");
        fuzz::check(repetition->windowMs > 0 && repetition->windowMs <= 24LL * 3600 * 1000, "window out of range");
    }

    // Only device terms (no event, vulnerability or repetition terms): the filter grammar must read it the same way.
    const Result<FilterExpression> asFilter = FilterExpression::parse(text);

    const QList<Device> &devices = fuzz::devices();
    const QList<ThreatEvent> &events = fuzz::events();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const ThreatEvent &event = events.at(i);
        const Device &device = devices.at(i);
        const bool withDevice = condition.matches(event, &device, &catalogue);
        const bool noCatalogue = condition.matches(event, &device, nullptr);
        (void)condition.matches(event, nullptr, &catalogue);
        if (!condition.usesVulnerabilities())
            fuzz::check(withDevice == noCatalogue, "catalogue changes a condition without vulnerability terms");
        if (asFilter && !condition.repetition() && !condition.usesVulnerabilities())
            fuzz::check(asFilter->matches(device) == withDevice, "rule and filter grammar disagree on device terms");
    }
    return 0;
}
