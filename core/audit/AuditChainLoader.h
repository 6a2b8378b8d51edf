#pragma once

#include "cache/CacheStore.h"
#include "domain/AuditEntry.h"
#include "security/AuditChain.h"
#include "util/Result.h"

#include <QList>

namespace warden {

// Which of a cache file's two audit chains: the console's own actions or the backend's chain as received.
enum class AuditChainKind { Console, Backend };

struct LoadedAuditChain {
    QList<AuditEntry> entries;                // every row in index order; unreadable rows as placeholders
    AuditChain::Verification verification;    // first broken position in entries, and why
};

// Reads one audit chain out of a cache file and verifies it. The normal path is CacheStore::load*Audit; when that
// refuses the table because a row was edited by hand (index or hash column disagreeing with the entry, JSON that
// cannot be read), the rows are read one by one instead so the page can still show the chain and name the exact
// first broken entry rather than failing as a whole. Runs on the cache writer's thread (SHA-256 over every entry).
namespace AuditChainLoader {

Result<LoadedAuditChain> load(CacheStore &store, AuditChainKind kind);

} // namespace AuditChainLoader

} // namespace warden
