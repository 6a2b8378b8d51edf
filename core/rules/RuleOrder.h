#pragma once

#include "domain/Rule.h"

namespace warden {

// The order in which a backend evaluates its rules: ascending priority number, ties by rule id. RuleEngine runs the
// rules in this order and the console lists them in it, so both read the same definition.
bool evaluatesBefore(const Rule &a, const Rule &b);

} // namespace warden
