#pragma once

#include <QtGlobal>

#include <thread>

namespace warden {

// Splits column-wide loops of the register over both cores of the machine it is tuned for. Below
// TwoCores::Threshold items a second thread costs more than it saves.
struct TwoCores {
    static constexpr qsizetype Threshold = qsizetype(1) << 16;

    static bool worthIt(qsizetype count) { return count >= Threshold && std::thread::hardware_concurrency() >= 2; }

    // Runs work(begin, end) over [0, count) split in two halves, the first on a second thread. The split point is a
    // multiple of alignment (e.g. 64 so that each half writes its own words of a bitset).
    template<typename Work>
    static void forHalves(qsizetype count, Work work, qsizetype alignment = 1)
    {
        const qsizetype middle = count / 2 / alignment * alignment;
        if (!worthIt(count) || middle == 0) {
            work(qsizetype(0), count);
            return;
        }
        std::thread first([&] { work(qsizetype(0), middle); });
        work(middle, count);
        first.join();
    }
};

} // namespace warden
