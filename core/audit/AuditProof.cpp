#include "audit/AuditProof.h"

#include "domain/JsonReader.h"
#include "security/AuditChain.h"
#include "security/Ed25519Key.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace warden {

namespace {

constexpr qint64 MaxProofBytes = 256LL * 1024 * 1024;

Result<QList<AuditEntry>> entriesFromJson(const QJsonValue &value, const QString &field)
{
    if (!value.isUndefined() && !value.isNull() && !value.isArray())
        return Result<QList<AuditEntry>>::failure(AuditProof::tr("Field \"%1\" must be a list of entries.").arg(field),
                                                  field);
    QList<AuditEntry> entries;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<AuditEntry> entry = AuditEntry::fromJson(array.at(i).toObject());
        if (!entry.ok())
            return Result<QList<AuditEntry>>::failure(
                AuditProof::tr("Entry %1 of \"%2\" cannot be read: %3").arg(i + 1).arg(field, entry.errorMessage()),
                field);
        entries.append(std::move(entry).value());
    }
    return entries;
}

QJsonArray entriesToJson(const QList<AuditEntry> &entries)
{
    QJsonArray array;
    for (const AuditEntry &entry : entries)
        array.append(entry.toJson());
    return array;
}

QString keyFingerprint(const QByteArray &publicKey)
{
    return QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace

QByteArray auditHeadMessage(const AuditHead &head)
{
    return QByteArray::number(head.index) + ':' + head.hash.toHex() + ':' + head.signedAt.toUtf8();
}

bool auditHeadSignatureValid(const AuditHead &head, const QByteArray &publicKey)
{
    return Ed25519Key::verify(publicKey, auditHeadMessage(head), head.signature);
}

QJsonObject auditHeadToJson(const AuditHead &head)
{
    return QJsonObject{
        {QStringLiteral("index"), head.index},
        {QStringLiteral("hash"), QString::fromLatin1(head.hash.toHex())},
        {QStringLiteral("signed_at"), head.signedAt},
        {QStringLiteral("signature"), QString::fromLatin1(head.signature.toBase64())},
    };
}

Result<AuditProof> AuditProof::build(const QString &chainName, const QString &sourceName,
                                     const QList<AuditEntry> &chain, qint64 firstIndex, qint64 lastIndex,
                                     const std::optional<AuditHead> &head, const QByteArray &publicKey)
{
    if (firstIndex < 1 || lastIndex < firstIndex || chain.size() < lastIndex || chain.constFirst().index != 1
        || chain.at(lastIndex - 1).index != lastIndex) {
        return Result<AuditProof>::failure(tr("Entries %1 to %2 are not all in the chain.").arg(firstIndex).arg(lastIndex));
    }
    AuditProof proof;
    proof.chain = chainName;
    proof.source = sourceName;
    proof.firstPrevHash = chain.at(firstIndex - 1).prevHash;
    proof.entries = chain.mid(firstIndex - 1, lastIndex - firstIndex + 1);
    if (head && head->index > lastIndex && head->index <= chain.constLast().index)
        proof.continuation = chain.mid(lastIndex, head->index - lastIndex);
    proof.head = head;
    proof.publicKey = publicKey;
    return proof;
}

QJsonObject AuditProof::toJson() const
{
    QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("warden-audit-proof")},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("chain"), chain},
        {QStringLiteral("source"), source},
        {QStringLiteral("first_prev_hash"), QString::fromLatin1(firstPrevHash.toHex())},
        {QStringLiteral("entries"), entriesToJson(entries)},
        {QStringLiteral("continuation"), entriesToJson(continuation)},
    };
    if (head)
        json.insert(QStringLiteral("head"), auditHeadToJson(*head));
    if (!publicKey.isEmpty())
        json.insert(QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64()));
    return json;
}

Result<AuditProof> AuditProof::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString() != QStringLiteral("warden-audit-proof"))
        return Result<AuditProof>::failure(tr("This is not a Warden audit export (no \"format\": \"warden-audit-proof\")."),
                                           QStringLiteral("format"));
    if (json.value(QStringLiteral("version")).toInt() != FormatVersion)
        return Result<AuditProof>::failure(tr("Audit export version %1 is not supported (expected %2).")
                                               .arg(json.value(QStringLiteral("version")).toInt())
                                               .arg(FormatVersion),
                                           QStringLiteral("version"));
    AuditProof proof;
    proof.chain = json.value(QStringLiteral("chain")).toString();
    proof.source = json.value(QStringLiteral("source")).toString();
    const QString prev = json.value(QStringLiteral("first_prev_hash")).toString();
    proof.firstPrevHash = QByteArray::fromHex(prev.toLatin1());
    if (prev.size() != 64 || proof.firstPrevHash.toHex() != prev.toLatin1())
        return Result<AuditProof>::failure(tr("Field \"first_prev_hash\" must be 64 lowercase hex characters."),
                                           QStringLiteral("first_prev_hash"));
    Result<QList<AuditEntry>> entries = entriesFromJson(json.value(QStringLiteral("entries")), QStringLiteral("entries"));
    if (!entries.ok())
        return entries.error();
    proof.entries = std::move(entries).value();
    Result<QList<AuditEntry>> continuation =
        entriesFromJson(json.value(QStringLiteral("continuation")), QStringLiteral("continuation"));
    if (!continuation.ok())
        return continuation.error();
    proof.continuation = std::move(continuation).value();
    if (json.contains(QStringLiteral("head"))) {
        Result<AuditHead> head = AuditHead::fromJson(json.value(QStringLiteral("head")).toObject());
        if (!head.ok())
            return Result<AuditProof>::failure(tr("The signed head cannot be read: %1").arg(head.errorMessage()),
                                               QStringLiteral("head"));
        proof.head = std::move(head).value();
    }
    if (json.contains(QStringLiteral("public_key"))) {
        proof.publicKey = QByteArray::fromBase64(json.value(QStringLiteral("public_key")).toString().toLatin1());
        if (proof.publicKey.size() != Ed25519Key::PublicKeySize)
            return Result<AuditProof>::failure(tr("Field \"public_key\" is not a 32-byte Ed25519 key in base64."),
                                               QStringLiteral("public_key"));
    }
    return proof;
}

Result<AuditProof> AuditProof::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<AuditProof>::failure(tr("Cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > MaxProofBytes)
        return Result<AuditProof>::failure(tr("%1 is larger than an audit export can be.").arg(path));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return Result<AuditProof>::failure(tr("%1 is not valid JSON: %2").arg(path, error.errorString()));
    return fromJson(document.object());
}

AuditProof::Verdict AuditProof::verify() const
{
    Verdict verdict;
    auto fail = [&verdict](const QString &line) {
        verdict.lines.append(line);
        verdict.lines.append(tr("NOT VERIFIED."));
        verdict.verified = false;
        return verdict;
    };
    if (entries.isEmpty())
        return fail(tr("The export holds no entries."));
    const qint64 first = entries.constFirst().index;
    const qint64 last = entries.constLast().index;
    verdict.lines.append(tr("%1 audit chain of %2: entries %3 to %4.")
                             .arg(chain == QStringLiteral("console") ? tr("Console") : tr("Backend"), source)
                             .arg(first)
                             .arg(last));

    // The range and its continuation must be one unbroken run of the chain.
    QList<AuditEntry> run = entries + continuation;
    const AuditChain::Verification links = AuditChain::verify(run, firstPrevHash);
    if (!links.intact) {
        const qint64 index = links.firstBrokenIndex < run.size() ? run.at(links.firstBrokenIndex).index : -1;
        return fail(tr("Hash chain broken at entry %1: %2").arg(index).arg(links.reason));
    }
    verdict.lines.append(tr("Hash chain intact: every entry matches its hash and links to the one before."));

    if (!head) {
        if (chain == QStringLiteral("backend"))
            return fail(tr("The export has no signed head, so it cannot be tied to the backend."));
        verdict.lines.append(tr("The console's own chain is not signed: this shows the entries were not changed one by "
                                "one, not that the whole chain was not rewritten."));
        verdict.lines.append(tr("VERIFIED."));
        verdict.verified = true;
        return verdict;
    }
    if (publicKey.isEmpty())
        return fail(tr("The export has a signed head but no public key to check it with."));
    if (!auditHeadSignatureValid(*head, publicKey))
        return fail(tr("The signature of the head (entry %1, signed at %2) does not match public key %3.")
                        .arg(head->index)
                        .arg(head->signedAt, keyFingerprint(publicKey)));
    verdict.lines.append(tr("Head signature valid: entry %1 signed at %2 by key %3 (SHA-256 fingerprint); compare it "
                            "with the key pinned for this backend.")
                             .arg(head->index)
                             .arg(head->signedAt, keyFingerprint(publicKey)));
    const AuditEntry *signedEntry = nullptr;
    for (const AuditEntry &entry : std::as_const(run)) {
        if (entry.index == head->index)
            signedEntry = &entry;
    }
    if (!signedEntry)
        return fail(tr("The signed head is entry %1, which is not in the export: the range cannot be tied to it.")
                        .arg(head->index));
    if (signedEntry->hash != head->hash)
        return fail(tr("Entry %1 does not have the hash the backend signed: the exported chain differs from the "
                       "backend's.")
                        .arg(head->index));
    verdict.lines.append(tr("The signed head's hash is recomputed from the exported entries."));
    if (last > head->index)
        verdict.lines.append(tr("Entries %1 to %2 were written after the signed head and are covered by the hash chain "
                                "only.")
                                 .arg(head->index + 1)
                                 .arg(last));
    verdict.lines.append(tr("VERIFIED."));
    verdict.verified = true;
    return verdict;
}

} // namespace warden
