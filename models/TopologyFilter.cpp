#include "TopologyFilter.h"

namespace warden {

bool TopologyFilter::isActive() const
{
    return !backend.isNull() || !classes.isEmpty() || !statuses.isEmpty() || !siteIds.isEmpty() || minimumRisk > 0 || quarantinedOnly;
}

} // namespace warden
