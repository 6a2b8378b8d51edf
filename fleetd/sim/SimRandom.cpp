#include "sim/SimRandom.h"

#include <limits>

namespace warden {

double deterministicLog(double x)
{
    if (!(x > 0.0))
        return -std::numeric_limits<double>::infinity();
    if (x == std::numeric_limits<double>::infinity())
        return x;
    // Scale into [0.75, 1.5) by exact powers of two, then ln(m) = 2 * atanh((m - 1) / (m + 1)).
    int exponent = 0;
    double m = x;
    while (m >= 1.5) {
        m *= 0.5;
        ++exponent;
    }
    while (m < 0.75) {
        m *= 2.0;
        --exponent;
    }
    const double s = (m - 1.0) / (m + 1.0); // |s| <= 0.2
    const double s2 = s * s;
    double term = s;
    double sum = 0.0;
    for (int k = 1; k <= 23; k += 2) {
        sum += term / k;
        term *= s2;
    }
    constexpr double ln2 = 0.693147180559945309417232121458;
    return exponent * ln2 + 2.0 * sum;
}

} // namespace warden
