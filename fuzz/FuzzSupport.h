#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>

// Shared by every harness: one Qt application object for the whole run, quiet Qt logging, and the property check
// that turns a broken invariant into a crash libFuzzer records (a plain return would go unnoticed).
namespace warden::fuzz {

// Qt warnings would flood the fuzzer's output and slow it down; fatal messages still abort (and so are found).
inline void dropQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        __builtin_trap();
    }
}

// QCoreApplication::translate, plugin loading (the TLS backend behind QSslCertificate) and QDateTime's time zone
// code expect an application object. Created once, never destroyed: libFuzzer exits without unwinding.
inline void initialiseQt()
{
    static int argc = 1;
    static char name[] = "warden-fuzz";
    static char *argv[] = {name, nullptr};
    qInstallMessageHandler(dropQtMessages);
    new QCoreApplication(argc, argv); // NOLINT(cppcoreguidelines-owning-memory): lives until exit
}

// A property of the code under test that must hold for every input. Prints what broke, then traps so libFuzzer
// saves the input as a crash.
inline void check(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "FUZZ PROPERTY VIOLATED: %s\n", what);
    __builtin_trap();
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Reads the harness's choices (split points, limits, variants) from the front of the input and hands out the rest.
class InputReader {
public:
    InputReader(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}

    // The next byte, or 0 once the input is used up.
    uint8_t byte()
    {
        if (m_offset >= m_size)
            return 0;
        return m_data[m_offset++];
    }
    // Big-endian 16-bit value from the next two bytes.
    uint16_t word()
    {
        const uint16_t high = byte();
        return uint16_t((high << 8) | byte());
    }
    size_t remaining() const { return m_size - m_offset; }
    const uint8_t *position() const { return m_data + m_offset; }
    void skip(size_t count) { m_offset += count < remaining() ? count : remaining(); }
    QByteArray rest() const { return bytes(position(), remaining()); }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_offset = 0;
};

} // namespace warden::fuzz
