#pragma once

#include "domain/AuditEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Tamper evidence for the audit log: each entry's hash is SHA-256 over its canonical bytes, which include the
// previous entry's hash, so changing, removing or reordering any entry breaks every link after it.
// Responsible for computing and checking links; not for storage or for signing chain heads (see Ed25519Key).
namespace warden::AuditChain {

// The prev_hash of the very first entry: 32 zero bytes.
QByteArray genesisHash();

// SHA-256 of e.canonicalBytes(); e.hash itself is not part of it.
QByteArray computeHash(const AuditEntry &e);

// Links next after previous (or starts a chain when previous is null): sets index, prevHash and hash.
AuditEntry append(const AuditEntry *previous, AuditEntry next);

struct Verification {
    bool intact = true;
    qint64 firstBrokenIndex = -1; // -1 if intact; else position in the list (0-based)
    QString reason;               // a readable sentence saying what is wrong, empty if intact
};

// Checks a chain (or a consecutive slice of one, whose first prev_hash is given) and reports the first position
// that does not hold: a modified entry, a missing one (index gap or link mismatch) or a reordering.
Verification verify(const QList<AuditEntry> &entries, const QByteArray &expectedFirstPrevHash = genesisHash());

} // namespace warden::AuditChain
