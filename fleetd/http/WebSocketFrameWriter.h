#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace warden {

// Encodes RFC 6455 frames. Server frames are unmasked (RFC 6455 5.1); clientFrame() exists for tests and tools that
// must speak as a client. Length uses the minimal 7/16/64-bit form.
class WebSocketFrameWriter {
public:
    static constexpr int MaxHeaderBytes = 14;

    // Writes the header of an unmasked frame to `out` and returns its size (2, 4 or 10 bytes).
    static int writeHeader(char *out, quint8 opcode, quint64 payloadLength, bool fin = true);
    static QByteArray serverFrame(quint8 opcode, QByteArrayView payload, bool fin = true);
    // Close frame with code and reason; the reason is cut at a UTF-8 boundary to fit the 125-byte control limit.
    static QByteArray closeFrame(quint16 code, const QString &reason);
    static QByteArray clientFrame(quint8 opcode, QByteArrayView payload, quint32 maskKey, bool fin = true);
    // Close payload (code + reason) without frame header, reason truncated as for closeFrame().
    static QByteArray closePayload(quint16 code, const QString &reason);
};

} // namespace warden
