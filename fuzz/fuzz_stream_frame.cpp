// StreamFrame::parse on arbitrary bytes (one text message of the live stream), then StreamSequencer on what parsed.
// Properties: the size limit is enforced; a parsed frame is consistent with its type (events contiguous and each
// one re-readable from its own toJson, a change of a known kind upserts exactly one item, an unknown kind none);
// the sequencer follows an accepted events frame to the seq after its last event.

#include "FuzzSupport.h"

#include "fleet/StreamFrame.h"

using namespace warden;

namespace {

qsizetype itemCount(const CacheBatch &batch)
{
    return batch.sites.size() + batch.gateways.size() + batch.links.size() + batch.devices.size()
        + batch.owners.size() + batch.incidents.size() + batch.licences.size() + batch.firmware.size()
        + batch.campaigns.size() + batch.approvals.size() + batch.rules.size() + batch.events.size()
        + batch.backendAudit.size();
}

void checkFrame(const StreamFrame &frame)
{
    using Type = StreamFrame::Type;
    using Kind = StreamFrame::ChangeKind;
    fuzz::check(!frame.typeName.isEmpty(), "parsed frame without a type name");
    switch (frame.type) {
    case Type::Hello: {
        fuzz::check(frame.fromSeq >= 1 && frame.lastSeq >= 0, "hello with out-of-range seqs");
        StreamSequencer sequencer(frame.fromSeq - 1);
        const Status accepted = sequencer.acceptHello(frame);
        fuzz::check(accepted.ok() == (frame.lastSeq >= frame.fromSeq - 1), "acceptHello disagrees with last_seq");
        break;
    }
    case Type::Events: {
        fuzz::check(frame.events.size() <= StreamFrame::MaxEventsPerFrame, "too many events accepted");
        for (qsizetype i = 0; i < frame.events.size(); ++i) {
            const ThreatEvent &event = frame.events.at(i);
            fuzz::check(event.seq >= 1, "event seq below 1");
            fuzz::check(i == 0 || event.seq == frame.events.at(i - 1).seq + 1, "events not contiguous");
            const Result<ThreatEvent> again = ThreatEvent::fromJson(event.toJson());
            fuzz::check(again.ok() && again.value() == event, "event does not survive its own toJson");
        }
        if (!frame.events.isEmpty()) {
            StreamSequencer sequencer(frame.events.first().seq - 1);
            fuzz::check(sequencer.acceptEvents(frame.events).ok(), "sequencer refuses a contiguous frame");
            fuzz::check(sequencer.nextExpected() == frame.events.last().seq + 1, "sequencer ends in the wrong place");
            fuzz::check(!sequencer.acceptEvents(frame.events).ok(), "sequencer accepts the same events twice");
        }
        break;
    }
    case Type::Change:
        fuzz::check(frame.changeKind != Kind::None, "change frame without a kind");
        fuzz::check(itemCount(frame.change) == (frame.changeKind == Kind::Unknown ? 0 : 1),
                    "change frame does not upsert exactly its one item");
        fuzz::check(frame.revision >= 0, "negative revision");
        break;
    case Type::Heartbeat: {
        fuzz::check(frame.time.isValid() && frame.lastSeq >= 0, "heartbeat without time or with negative seq");
        const StreamSequencer sequencer(frame.lastSeq);
        fuzz::check(sequencer.acceptHeartbeat(frame).ok(), "sequencer refuses a heartbeat at its own position");
        break;
    }
    case Type::Error:
        fuzz::check(!frame.code.isEmpty() && frame.oldestSeq >= 0, "error frame without code or negative seq");
        break;
    case Type::Unknown:
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialiseQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray frame = fuzz::bytes(data, size);
    const Result<StreamFrame> parsed = StreamFrame::parse(frame);
    if (parsed) {
        checkFrame(parsed.value());
        if (size > 0)
            fuzz::check(!StreamFrame::parse(frame, qsizetype(size) - 1).ok(), "frame above maxBytes accepted");
    } else {
        fuzz::check(!parsed.errorMessage().isEmpty(), "frame refused without a message");
    }
    return 0;
}
