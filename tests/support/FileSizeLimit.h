#pragma once

#include <QtGlobal>

#include <csignal>
#include <sys/resource.h>

namespace warden::test {

// Caps how large any file this process writes may grow (RLIMIT_FSIZE): the kernel then refuses writes past that
// size exactly as it refuses them on a full disk (short writes, then EFBIG instead of ENOSPC). Only the soft limit
// moves, so lifting it again needs no privileges. SIGXFSZ is ignored so the write fails instead of the process
// dying. Header-only; used by the disk-full tests of the cache and of the console.
class FileSizeLimit {
public:
    FileSizeLimit()
    {
        ::getrlimit(RLIMIT_FSIZE, &m_original);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    }
    ~FileSizeLimit()
    {
        lift();
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool cap(qint64 bytes)
    {
        rlimit limit = m_original;
        limit.rlim_cur = rlim_t(bytes);
        return ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    bool lift() { return ::setrlimit(RLIMIT_FSIZE, &m_original) == 0; }

private:
    rlimit m_original{};
    void (*m_previousHandler)(int) = SIG_DFL;
};

} // namespace warden::test
