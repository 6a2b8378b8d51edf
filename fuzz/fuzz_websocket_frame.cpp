// WebSocketFrameParser fed the same client byte stream twice: in chunks whose sizes the input chooses, and in one
// piece. Input layout: byte 0 picks the settings (bit 0 set: unmasked frames allowed; bits 1-2: message limit 16,
// 125, 1024 or 65536 bytes), byte 1 & 7 is the number K of chunk sizes, the next K bytes are the sizes (value + 1,
// used in turn), the rest is the stream. Seeds start with "\x06@" (masks required, 64 KiB limit, one piece).
// Properties: chunking never changes the events; text is valid UTF-8 within the limit; control payloads fit 125
// bytes; close codes are valid; a failure names a close code and stays final; a waiting parser holds at most one
// frame plus one partial message.

#include "FuzzSupport.h"

#include "http/WebSocketFrameParser.h"

#include <QList>

using namespace warden;

namespace {

using Event = WebSocketFrameParser::Event;

bool sameEvent(const Event &a, const Event &b)
{
    return a.kind == b.kind && a.payload == b.payload && a.closeCode == b.closeCode && a.reason == b.reason;
}

void checkEvent(const Event &event, qint64 maxMessageBytes)
{
    switch (event.kind) {
    case Event::Kind::Text:
        fuzz::check(event.payload.size() <= maxMessageBytes, "text message above the limit");
        fuzz::check(event.payload.isValidUtf8(), "text message is not UTF-8");
        break;
    case Event::Kind::Ping:
    case Event::Kind::Pong:
        fuzz::check(event.payload.size() <= 125, "control payload above 125 bytes");
        break;
    case Event::Kind::Close:
        fuzz::check(event.closeCode == WebSocketCloseCode::NoStatus
                        || WebSocketFrameParser::isValidCloseCode(event.closeCode),
                    "invalid close code reported");
        fuzz::check(event.closeCode != WebSocketCloseCode::NoStatus || event.reason.isEmpty(),
                    "reason without a close code");
        break;
    case Event::Kind::Error:
        fuzz::check(event.closeCode == WebSocketCloseCode::ProtocolError
                        || event.closeCode == WebSocketCloseCode::UnsupportedData
                        || event.closeCode == WebSocketCloseCode::InvalidPayload
                        || event.closeCode == WebSocketCloseCode::MessageTooBig,
                    "unexpected close code for a failure");
        fuzz::check(!event.reason.isEmpty(), "failure without a reason");
        break;
    case Event::Kind::NeedMore:
        break;
    }
}

// Reads every event the buffered bytes complete, then checks what the parser keeps.
void drain(WebSocketFrameParser &parser, qint64 maxMessageBytes, QList<Event> &events)
{
    for (;;) {
        Event event = parser.next();
        if (event.kind == Event::Kind::NeedMore)
            break;
        checkEvent(event, maxMessageBytes);
        const bool failed = event.kind == Event::Kind::Error;
        events.append(std::move(event));
        if (failed) {
            fuzz::check(parser.hasFailed() && parser.bufferedBytes() == 0, "failed parser keeps bytes");
            fuzz::check(parser.next().kind == Event::Kind::NeedMore, "failed parser produces events");
            return;
        }
    }
    fuzz::check(parser.hasFailed() == (!events.isEmpty() && events.last().kind == Event::Kind::Error),
                "failure state without a failure event");
    // One incomplete frame (<= 14 header bytes + payload) plus the fragments of one message.
    const qint64 largestFrame = 14 + qMax<qint64>(maxMessageBytes, 125);
    fuzz::check(parser.bufferedBytes() <= largestFrame + maxMessageBytes, "waiting parser holds too much");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialiseQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static constexpr qint64 Limits[] = {16, 125, 1024, 64 * 1024};
    fuzz::InputReader input(data, size);
    const uint8_t settings = input.byte();
    const bool requireMask = (settings & 1) == 0;
    const qint64 maxMessageBytes = Limits[(settings >> 1) & 3];
    QList<qsizetype> chunkSizes;
    for (int count = input.byte() & 7; count > 0; --count)
        chunkSizes.append(qsizetype(input.byte()) + 1);
    const QByteArray stream = input.rest();

    QList<Event> chunked;
    {
        WebSocketFrameParser parser(maxMessageBytes, requireMask);
        qsizetype offset = 0;
        qsizetype turn = 0;
        while (offset < stream.size() && !parser.hasFailed()) {
            const qsizetype chunk = chunkSizes.isEmpty() ? stream.size() : chunkSizes.at(turn++ % chunkSizes.size());
            const QByteArrayView piece = QByteArrayView(stream).sliced(offset, qMin(chunk, stream.size() - offset));
            offset += piece.size();
            parser.append(piece);
            drain(parser, maxMessageBytes, chunked);
        }
    }

    QList<Event> whole;
    {
        WebSocketFrameParser parser(maxMessageBytes, requireMask);
        parser.append(stream);
        drain(parser, maxMessageBytes, whole);
    }

    fuzz::check(chunked.size() == whole.size(), "chunking changed the number of events");
    for (qsizetype i = 0; i < whole.size(); ++i)
        fuzz::check(sameEvent(chunked.at(i), whole.at(i)), "chunking changed an event");
    return 0;
}
