#pragma once

#include "domain/Enums.h"

#include <QColor>

namespace warden {

// The one mapping from meaning to colour (docs UI.md), shared by tables, charts and the topology.
namespace Palette {
QColor severity(Severity severity);
QColor healthy();
QColor quarantined();
QColor offline();
} // namespace Palette

} // namespace warden
