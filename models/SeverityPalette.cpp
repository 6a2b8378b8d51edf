#include "SeverityPalette.h"

namespace warden::Palette {

QColor severity(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return QColor(0xD3, 0x2F, 0x2F);
    case Severity::Major: return QColor(0xF5, 0x7C, 0x00);
    case Severity::Minor: return QColor(0xFB, 0xC0, 0x2D);
    case Severity::Warning: return QColor(0x19, 0x76, 0xD2);
    case Severity::Indeterminate: break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QColor healthy() { return QColor(0x38, 0x8E, 0x3C); }
QColor quarantined() { return QColor(0x7B, 0x1F, 0xA2); }
QColor offline() { return QColor(0x75, 0x75, 0x75); }

} // namespace warden::Palette
