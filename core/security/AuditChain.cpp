#include "security/AuditChain.h"

#include "security/OpenSslHandles.h"

#include <openssl/evp.h>

namespace warden::AuditChain {

namespace {

constexpr qsizetype HashSize = 32;

Verification broken(qint64 position, const QString &reason)
{
    return Verification{false, position, reason};
}

QString shortHex(const QByteArray &hash)
{
    return QString::fromLatin1(hash.left(6).toHex()) + QStringLiteral("\u2026");
}

// Position after `from` holding the entry with this index, or -1: tells a reordering from a deletion.
qsizetype laterPositionOf(const QList<AuditEntry> &entries, qsizetype from, qint64 index)
{
    for (qsizetype position = from + 1; position < entries.size(); ++position) {
        if (entries.at(position).index == index)
            return position;
    }
    return -1;
}

} // namespace

QByteArray genesisHash()
{
    return QByteArray(HashSize, '\0');
}

QByteArray computeHash(const AuditEntry &e)
{
    const QByteArray canonical = e.canonicalBytes();
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(canonical.constData(), size_t(canonical.size()), reinterpret_cast<unsigned char *>(digest.data()),
                   &length, EVP_sha256(), nullptr)
        != 1) {
        // SHA-256 is always present in the default provider; failing here means a broken OpenSSL install.
        openssl::clearErrors();
        qFatal("Warden: SHA-256 is unavailable in this OpenSSL build");
    }
    digest.resize(qsizetype(length));
    return digest;
}

AuditEntry append(const AuditEntry *previous, AuditEntry next)
{
    next.index = previous ? previous->index + 1 : 1;
    next.prevHash = previous ? previous->hash : genesisHash();
    next.hash = computeHash(next);
    return next;
}

Verification verify(const QList<AuditEntry> &entries, const QByteArray &expectedFirstPrevHash)
{
    for (qsizetype position = 0; position < entries.size(); ++position) {
        const AuditEntry &entry = entries.at(position);
        const qint64 index = entry.index;

        // The entry's own hash comes first: a changed entry is reported where the change is, not one later.
        if (entry.hash.size() != HashSize)
            return broken(position, QStringLiteral("Entry %1 has no valid hash (%2 bytes instead of 32).")
                                        .arg(index)
                                        .arg(entry.hash.size()));
        if (computeHash(entry) != entry.hash)
            return broken(position,
                          QStringLiteral("Entry %1 was changed after it was written: its contents no longer match "
                                         "its hash.")
                              .arg(index));

        if (position == 0) {
            if (entry.prevHash != expectedFirstPrevHash) {
                const bool startsChain = expectedFirstPrevHash == genesisHash();
                return broken(position,
                              startsChain
                                  ? QStringLiteral("Entry %1 is not the start of the chain: its previous hash is %2, "
                                                   "so earlier entries are missing.")
                                        .arg(index)
                                        .arg(shortHex(entry.prevHash))
                                  : QStringLiteral("Entry %1 does not continue from the expected entry: its previous "
                                                   "hash is %2 but %3 was expected.")
                                        .arg(index)
                                        .arg(shortHex(entry.prevHash), shortHex(expectedFirstPrevHash)));
            }
            if (expectedFirstPrevHash == genesisHash() && index != 1)
                return broken(position, QStringLiteral("The chain starts at entry %1 instead of entry 1.").arg(index));
            continue;
        }

        const AuditEntry &before = entries.at(position - 1);
        if (index == before.index)
            return broken(position, QStringLiteral("Entry %1 appears twice.").arg(index));
        const bool gap = index > before.index + 1;
        if (index < before.index || (gap && laterPositionOf(entries, position, before.index + 1) >= 0))
            return broken(position,
                          QStringLiteral("The entries are out of order: entry %1 comes right after entry %2.")
                              .arg(index)
                              .arg(before.index));
        if (gap) {
            const qint64 missing = index - before.index - 1;
            return broken(position,
                          missing == 1
                              ? QStringLiteral("Entry %1 is missing: entry %2 follows entry %3 directly.")
                                    .arg(before.index + 1)
                                    .arg(index)
                                    .arg(before.index)
                              : QStringLiteral("Entries %1 to %2 are missing: entry %3 follows entry %4 directly.")
                                    .arg(before.index + 1)
                                    .arg(index - 1)
                                    .arg(index)
                                    .arg(before.index));
        }
        if (entry.prevHash != before.hash)
            return broken(position,
                          QStringLiteral("Entry %1 does not link to entry %2: its previous hash does not match, so "
                                         "entry %2 was replaced or rewritten.")
                              .arg(index)
                              .arg(before.index));
    }
    return Verification{};
}

} // namespace warden::AuditChain
