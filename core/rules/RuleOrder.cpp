#include "rules/RuleOrder.h"

namespace warden {

bool evaluatesBefore(const Rule &a, const Rule &b)
{
    if (a.priority != b.priority)
        return a.priority < b.priority;
    return a.id < b.id;
}

} // namespace warden
