#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace warden::bench {

// Which direction is good for a measure; the ratio is always expressed so that > 1 means we are better.
enum class Better { Lower, Higher };

struct Measure {
    QString name; // e.g. "register.sort.risk"
    QString unit; // "ms", "events/s", "MiB"
    double ours = 0;
    std::optional<double> baseline;
    QString baselineName;
    Better better = Better::Lower;

    QJsonObject toJson() const;
};

// Collects the measures of one bench program and prints them as {"measures": [...]} on stdout.
class BenchReport {
public:
    void add(Measure measure);
    void print() const;

private:
    QList<Measure> m_measures;
};

// Wall-clock milliseconds of one call; benches repeat and keep the median themselves.
template <typename F>
double millisecondsOf(F &&work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

double medianOf(QList<double> values);

// Peak resident set size of this process so far (VmHWM), in MiB.
double peakRssMiB();

} // namespace warden::bench
