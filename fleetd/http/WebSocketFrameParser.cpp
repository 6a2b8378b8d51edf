#include "http/WebSocketFrameParser.h"

#include <cstring>

namespace warden {

namespace {

quint64 readBigEndian(const unsigned char *p, int bytes)
{
    quint64 value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | p[i];
    return value;
}

// XOR with the 4-byte key, eight bytes at a time where possible (this runs for every client byte).
void unmask(char *data, qsizetype size, const unsigned char key[4])
{
    unsigned char key8[8];
    for (int i = 0; i < 8; ++i)
        key8[i] = key[i % 4];
    quint64 wideKey = 0;
    std::memcpy(&wideKey, key8, 8);
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 chunk = 0;
        std::memcpy(&chunk, data + i, 8);
        chunk ^= wideKey;
        std::memcpy(data + i, &chunk, 8);
    }
    for (; i < size; ++i)
        data[i] = static_cast<char>(static_cast<unsigned char>(data[i]) ^ key[i % 4]);
}

} // namespace

WebSocketFrameParser::WebSocketFrameParser(qint64 maxMessageBytes, bool requireMask)
    : m_maxMessageBytes(maxMessageBytes)
    , m_requireMask(requireMask)
{
}

bool WebSocketFrameParser::isValidCloseCode(quint16 code)
{
    if (code >= 3000 && code <= 4999)
        return true;
    switch (code) {
    case 1000:
    case 1001:
    case 1002:
    case 1003:
    case 1007:
    case 1008:
    case 1009:
    case 1010:
    case 1011:
    case 1012:
    case 1013:
    case 1014: return true;
    default: return false;
    }
}

void WebSocketFrameParser::append(QByteArrayView data)
{
    if (m_failed || data.isEmpty())
        return;
    compact();
    m_buffer.append(data.data(), data.size());
}

void WebSocketFrameParser::compact()
{
    if (m_offset == 0)
        return;
    if (m_offset >= m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    } else if (m_offset > 4096 && m_offset * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
}

WebSocketFrameParser::Event WebSocketFrameParser::fail(quint16 code, const QString &reason)
{
    m_failed = true;
    m_buffer.clear();
    m_message.clear();
    m_offset = 0;
    Event event;
    event.kind = Event::Kind::Error;
    event.closeCode = code;
    event.reason = reason;
    return event;
}

WebSocketFrameParser::Event WebSocketFrameParser::next()
{
    while (!m_failed) {
        const qsizetype available = m_buffer.size() - m_offset;
        if (available < 2)
            return {};
        const auto *p = reinterpret_cast<const unsigned char *>(m_buffer.constData() + m_offset);
        const bool fin = (p[0] & 0x80) != 0;
        const quint8 opcode = p[0] & 0x0F;
        const bool masked = (p[1] & 0x80) != 0;
        const quint8 length7 = p[1] & 0x7F;

        if ((p[0] & 0x70) != 0)
            return fail(WebSocketCloseCode::ProtocolError, QStringLiteral("reserved bits set"));
        if (m_requireMask && !masked)
            return fail(WebSocketCloseCode::ProtocolError, QStringLiteral("client frames must be masked"));

        const int extendedBytes = length7 == 126 ? 2 : (length7 == 127 ? 8 : 0);
        const qsizetype headerBytes = 2 + extendedBytes + (masked ? 4 : 0);
        if (available < headerBytes)
            return {};
        quint64 length = length7;
        if (extendedBytes == 2) {
            length = readBigEndian(p + 2, 2);
            if (length < 126)
                return fail(WebSocketCloseCode::ProtocolError, QStringLiteral("non-minimal length encoding"));
        } else if (extendedBytes == 8) {
            length = readBigEndian(p + 2, 8);
            if (length >> 63)
                return fail(WebSocketCloseCode::ProtocolError, QStringLiteral("invalid frame length"));
            if (length <= 0xFFFF)
                return fail(WebSocketCloseCode::ProtocolError, QStringLiteral("non-minimal length encoding"));
        }

        const bool control = (opcode & 0x8) != 0;
        if (control) {
            if (opcode != WebSocketOpcode::Close && opcode != WebSocketOpcode::Ping && opcode != WebSocketOpcode::Pong)
                return fail(WebSocketCloseCode::ProtocolError, QStringLiteral("unknown opcode"));
            if (!fin)
                return fail(WebSocketCloseCode::ProtocolError, QStringLiteral("fragmented control frame"));
            if (length > 125)
                return fail(WebSocketCloseCode::ProtocolError, QStringLiteral("control frame too long"));
        } else {
            if (opcode == WebSocketOpcode::Binary)
                return fail(WebSocketCloseCode::UnsupportedData, QStringLiteral("binary messages are not supported"));
            if (opcode == WebSocketOpcode::Continuation && !m_inMessage)
                return fail(WebSocketCloseCode::ProtocolError, QStringLiteral("continuation without a message"));
            if (opcode == WebSocketOpcode::Text && m_inMessage)
                return fail(WebSocketCloseCode::ProtocolError, QStringLiteral("new message inside a fragmented one"));
            if (opcode != WebSocketOpcode::Continuation && opcode != WebSocketOpcode::Text)
                return fail(WebSocketCloseCode::ProtocolError, QStringLiteral("unknown opcode"));
            if (length > quint64(m_maxMessageBytes) || m_message.size() + qint64(length) > m_maxMessageBytes) {
                return fail(WebSocketCloseCode::MessageTooBig,
                            QStringLiteral("message exceeds %1 bytes").arg(m_maxMessageBytes));
            }
        }

        if (quint64(available - headerBytes) < length)
            return {};
        QByteArray payload(reinterpret_cast<const char *>(p + headerBytes), qsizetype(length));
        if (masked)
            unmask(payload.data(), payload.size(), p + 2 + extendedBytes);
        m_offset += headerBytes + qsizetype(length);

        Event event;
        if (control) {
            if (opcode == WebSocketOpcode::Ping || opcode == WebSocketOpcode::Pong) {
                event.kind = opcode == WebSocketOpcode::Ping ? Event::Kind::Ping : Event::Kind::Pong;
                event.payload = payload;
                return event;
            }
            event.kind = Event::Kind::Close;
            if (payload.isEmpty()) {
                event.closeCode = WebSocketCloseCode::NoStatus;
                return event;
            }
            if (payload.size() == 1)
                return fail(WebSocketCloseCode::ProtocolError, QStringLiteral("close frame with a 1-byte payload"));
            const auto code = quint16(readBigEndian(reinterpret_cast<const unsigned char *>(payload.constData()), 2));
            if (!isValidCloseCode(code))
                return fail(WebSocketCloseCode::ProtocolError, QStringLiteral("invalid close code"));
            const QByteArrayView reason = QByteArrayView(payload).sliced(2);
            if (!reason.isValidUtf8())
                return fail(WebSocketCloseCode::InvalidPayload, QStringLiteral("close reason is not UTF-8"));
            event.closeCode = code;
            event.reason = QString::fromUtf8(reason);
            return event;
        }

        if (fin && !m_inMessage) {
            // The common case: a whole message in one frame, no copy into the reassembly buffer.
            if (!payload.isValidUtf8())
                return fail(WebSocketCloseCode::InvalidPayload, QStringLiteral("text message is not UTF-8"));
            event.kind = Event::Kind::Text;
            event.payload = payload;
            return event;
        }
        m_message.append(payload);
        m_inMessage = true;
        if (fin) {
            m_inMessage = false;
            if (!m_message.isValidUtf8()) {
                return fail(WebSocketCloseCode::InvalidPayload, QStringLiteral("text message is not UTF-8"));
            }
            event.kind = Event::Kind::Text;
            event.payload = std::exchange(m_message, QByteArray());
            return event;
        }
    }
    return {};
}

} // namespace warden
