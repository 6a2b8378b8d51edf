#include "SeverityPalette.h"

#include <atomic>
#include <cmath>

namespace warden::Palette {

namespace {

std::atomic<QRgb> g_background{qRgb(0xFF, 0xFF, 0xFF)};

// UI.md's colours are for light backgrounds; on a dark one they are tinted until readable.
QColor shown(const QColor &colour)
{
    const QColor base = QColor::fromRgb(g_background.load(std::memory_order_relaxed));
    return base.lightness() >= 128 ? colour : readableOn(colour, base);
}

double luminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

} // namespace

QColor severity(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return shown(QColor(0xD3, 0x2F, 0x2F));
    case Severity::Major: return shown(QColor(0xF5, 0x7C, 0x00));
    case Severity::Minor: return shown(QColor(0xFB, 0xC0, 0x2D));
    case Severity::Warning: return shown(QColor(0x19, 0x76, 0xD2));
    case Severity::Indeterminate: break;
    }
    return shown(QColor(0x75, 0x75, 0x75));
}

QColor healthy() { return shown(QColor(0x38, 0x8E, 0x3C)); }
QColor quarantined() { return shown(QColor(0x7B, 0x1F, 0xA2)); }
QColor offline() { return shown(QColor(0x75, 0x75, 0x75)); }

void setBackground(const QColor &base)
{
    g_background.store(base.rgb(), std::memory_order_relaxed);
}

QColor background()
{
    return QColor::fromRgb(g_background.load(std::memory_order_relaxed));
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &colour, const QColor &background, double minimum)
{
    if (contrastRatio(colour, background) >= minimum)
        return colour;
    const QColor target = luminance(background) < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
    // Mix in steps of 5 %: the first mix that reads well keeps as much of the hue as possible.
    for (int step = 1; step <= 20; ++step) {
        const double t = step / 20.0;
        const QColor mixed = QColor::fromRgbF(float(colour.redF() + (target.redF() - colour.redF()) * t),
                                              float(colour.greenF() + (target.greenF() - colour.greenF()) * t),
                                              float(colour.blueF() + (target.blueF() - colour.blueF()) * t));
        if (contrastRatio(mixed, background) >= minimum)
            return mixed;
    }
    return target;
}

} // namespace warden::Palette
