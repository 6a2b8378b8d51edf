#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace warden {

// RFC 6455 opcodes and close codes used by the server side.
namespace WebSocketOpcode {
constexpr quint8 Continuation = 0x0;
constexpr quint8 Text = 0x1;
constexpr quint8 Binary = 0x2;
constexpr quint8 Close = 0x8;
constexpr quint8 Ping = 0x9;
constexpr quint8 Pong = 0xA;
} // namespace WebSocketOpcode

namespace WebSocketCloseCode {
constexpr quint16 Normal = 1000;
constexpr quint16 GoingAway = 1001;
constexpr quint16 ProtocolError = 1002;
constexpr quint16 UnsupportedData = 1003;
constexpr quint16 NoStatus = 1005; // never sent; reported when a close frame carried no code
constexpr quint16 Abnormal = 1006; // never sent; reported when the connection dropped without a close frame
constexpr quint16 InvalidPayload = 1007;
constexpr quint16 PolicyViolation = 1008;
constexpr quint16 MessageTooBig = 1009;
constexpr quint16 InternalError = 1011;
} // namespace WebSocketCloseCode

// Turns the bytes a WebSocket client sends into messages: unmasks frames, reassembles fragmented text messages up to
// a size limit, validates UTF-8 and close payloads, and reports protocol violations with the close code to send.
// Binary messages are refused (1003): the Warden stream is JSON text only. Control frames may arrive between the
// fragments of a message. It knows nothing of sockets, so it can be unit-tested and fuzzed alone.
class WebSocketFrameParser {
public:
    struct Event {
        enum class Kind { NeedMore, Text, Ping, Pong, Close, Error };
        Kind kind = Kind::NeedMore;
        QByteArray payload;    // Text: the whole message (UTF-8); Ping/Pong: application data
        quint16 closeCode = 0; // Close: the peer's code (1005 if none); Error: the code to close with
        QString reason;        // Close: the peer's reason; Error: what was wrong, for the close frame and the log
    };

    // requireMask: RFC 6455 5.1 — a server must close on unmasked client frames.
    explicit WebSocketFrameParser(qint64 maxMessageBytes, bool requireMask = true);

    void append(QByteArrayView data);
    // The next complete event, or NeedMore. After an Error the parser stays failed and returns NeedMore.
    Event next();

    bool hasFailed() const { return m_failed; }
    qint64 bufferedBytes() const { return m_buffer.size() - m_offset + m_message.size(); }

    static bool isValidCloseCode(quint16 code);

private:
    Event fail(quint16 code, const QString &reason);
    void compact();

    qint64 m_maxMessageBytes;
    bool m_requireMask;
    bool m_failed = false;
    QByteArray m_buffer;
    qsizetype m_offset = 0; // start of the first unparsed byte in m_buffer
    bool m_inMessage = false;
    QByteArray m_message; // fragments of the current message
};

} // namespace warden
