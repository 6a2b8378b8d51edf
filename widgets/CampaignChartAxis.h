#pragma once

class QValueAxis;

namespace warden {

// Device counts on the Updates page's charts are whole numbers: a value axis from 0 to at least maximum whose ticks
// fall on integers only (1, 2, 5 × 10^n steps, at most about five intervals), so small counts never read "0, 0, 1,
// 1, 2". Returns the tick step chosen.
int setIntegerCountAxis(QValueAxis *axis, int maximum);

} // namespace warden
