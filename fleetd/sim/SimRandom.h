#pragma once

#include <QtGlobal>

#include <array>

namespace warden {

// GCC and Clang extension; __extension__ keeps -Wpedantic quiet about it.
__extension__ using SimUint128 = unsigned __int128;

// One step of splitmix64: seeds generators and hashes keys. Integer-only, so identical on every platform.
constexpr quint64 splitMix64(quint64 &state)
{
    state += 0x9E3779B97F4A7C15ULL;
    quint64 z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// A well-mixed 64-bit hash of (seed, key): lets one decision per device (e.g. "does this install fail?") be drawn
// independently of how many other draws happened before it.
constexpr quint64 hashKey(quint64 seed, quint64 key, quint64 salt = 0)
{
    quint64 state = seed ^ (key * 0xD1B54A32D192ED03ULL) ^ (salt * 0x8CB92BA72F3D8DD7ULL);
    splitMix64(state);
    return splitMix64(state);
}

// Uniform double in [0, 1) from the top 53 bits of a hash.
constexpr double hashUnit(quint64 hash)
{
    return static_cast<double>(hash >> 11) * (1.0 / 9007199254740992.0);
}

// Natural logarithm from basic IEEE operations only (frexp-free exponent walk plus an atanh series), so the
// simulator's exponential waiting times do not depend on the platform's libm. Accurate to ~1e-13 for x > 0.
double deterministicLog(double x);

// The simulator's seeded generator: xoshiro256** seeded through splitmix64. Every derived sample (bounded
// integers, unit doubles, exponential gaps) uses integer or basic IEEE arithmetic, never std::*_distribution
// (whose algorithms differ between standard libraries), so one seed gives the same stream everywhere.
class SimRandom {
public:
    explicit SimRandom(quint64 seed = 0)
    {
        quint64 state = seed;
        for (quint64 &word : m_state)
            word = splitMix64(state);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Unbiased integer in [0, bound) (Lemire's multiply-shift with rejection); 0 when bound is 0.
    quint64 below(quint64 bound)
    {
        if (bound == 0)
            return 0;
        SimUint128 product = static_cast<SimUint128>(next()) * bound;
        auto low = static_cast<quint64>(product);
        if (low < bound) {
            const quint64 threshold = (0 - bound) % bound;
            while (low < threshold) {
                product = static_cast<SimUint128>(next()) * bound;
                low = static_cast<quint64>(product);
            }
        }
        return static_cast<quint64>(product >> 64);
    }

    int belowInt(int bound) { return bound <= 0 ? 0 : static_cast<int>(below(static_cast<quint64>(bound))); }

    // Integer in [low, high] (inclusive).
    qint64 between(qint64 low, qint64 high)
    {
        if (high <= low)
            return low;
        return low + static_cast<qint64>(below(static_cast<quint64>(high - low) + 1));
    }

    double unit() { return hashUnit(next()); }

    bool chance(double probability) { return unit() < probability; }

    // Exponentially distributed value with the given mean (waiting time of a Poisson process).
    double exponential(double mean) { return -deterministicLog(1.0 - unit()) * mean; }

private:
    static constexpr quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    std::array<quint64, 4> m_state{};
};

} // namespace warden
