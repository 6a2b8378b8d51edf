#include "CampaignChartAxis.h"

#include <QValueAxis>

#include <algorithm>

namespace warden {

int setIntegerCountAxis(QValueAxis *axis, int maximum)
{
    maximum = std::max(1, maximum);
    // The smallest 1-2-5 step that needs no more than five intervals; never below 1, so every tick is an integer.
    int step = 1;
    for (int magnitude = 1; step * 5 < maximum; magnitude *= 10) {
        for (const int factor : {1, 2, 5}) {
            step = factor * magnitude;
            if (step * 5 >= maximum)
                break;
        }
    }
    const int top = (maximum + step - 1) / step * step;
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%d"));
    return step;
}

} // namespace warden
