#include "http/WebSocketFrameWriter.h"

namespace warden {

int WebSocketFrameWriter::writeHeader(char *out, quint8 opcode, quint64 payloadLength, bool fin)
{
    out[0] = static_cast<char>((fin ? 0x80 : 0x00) | (opcode & 0x0F));
    if (payloadLength < 126) {
        out[1] = static_cast<char>(payloadLength);
        return 2;
    }
    if (payloadLength <= 0xFFFF) {
        out[1] = static_cast<char>(126);
        out[2] = static_cast<char>((payloadLength >> 8) & 0xFF);
        out[3] = static_cast<char>(payloadLength & 0xFF);
        return 4;
    }
    out[1] = static_cast<char>(127);
    for (int i = 0; i < 8; ++i)
        out[2 + i] = static_cast<char>((payloadLength >> (8 * (7 - i))) & 0xFF);
    return 10;
}

QByteArray WebSocketFrameWriter::serverFrame(quint8 opcode, QByteArrayView payload, bool fin)
{
    char header[MaxHeaderBytes];
    const int headerSize = writeHeader(header, opcode, quint64(payload.size()), fin);
    QByteArray frame;
    frame.reserve(headerSize + payload.size());
    frame.append(header, headerSize);
    frame.append(payload.data(), payload.size());
    return frame;
}

QByteArray WebSocketFrameWriter::closePayload(quint16 code, const QString &reason)
{
    QByteArray payload;
    payload.append(static_cast<char>(code >> 8));
    payload.append(static_cast<char>(code & 0xFF));
    QByteArray utf8 = reason.toUtf8();
    if (utf8.size() > 123) {
        qsizetype cut = 123;
        // Step back over continuation bytes (10xxxxxx) so the cut lands on a character boundary.
        while (cut > 0 && (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80)
            --cut;
        utf8.truncate(cut);
    }
    payload.append(utf8);
    return payload;
}

QByteArray WebSocketFrameWriter::closeFrame(quint16 code, const QString &reason)
{
    return serverFrame(0x8, closePayload(code, reason));
}

QByteArray WebSocketFrameWriter::clientFrame(quint8 opcode, QByteArrayView payload, quint32 maskKey, bool fin)
{
    char header[MaxHeaderBytes];
    const int headerSize = writeHeader(header, opcode, quint64(payload.size()), fin);
    header[1] = static_cast<char>(header[1] | 0x80);
    const char key[4] = {static_cast<char>(maskKey >> 24), static_cast<char>(maskKey >> 16),
                         static_cast<char>(maskKey >> 8), static_cast<char>(maskKey)};
    QByteArray frame;
    frame.reserve(headerSize + 4 + payload.size());
    frame.append(header, headerSize);
    frame.append(key, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(static_cast<char>(payload[i] ^ key[i % 4]));
    return frame;
}

} // namespace warden
