#pragma once

#include "domain/Enums.h"

#include <QColor>

namespace warden {

// The one mapping from meaning to colour (docs UI.md), shared by tables, charts and the topology.
// On a light background the colours are exactly UI.md's; on a dark one (ThemeSetup tells setBackground) each hue is
// lightened just enough to keep 4.5:1 against that background, so red text stays readable on #1E2124.
namespace Palette {
QColor severity(Severity severity);
QColor healthy();
QColor quarantined();
QColor offline();

// The background the meaning colours are shown on (the palette's Base); light by default. Thread-safe: scenes may
// be painted on workers.
void setBackground(const QColor &base);
QColor background();

// WCAG 2 contrast ratio of two colours, 1 (same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
// The colour itself when it has `minimum` contrast against the background, else the nearest tint (towards white
// on a dark background, black on a light one) that has it.
QColor readableOn(const QColor &colour, const QColor &background, double minimum = 4.5);
} // namespace Palette

} // namespace warden
