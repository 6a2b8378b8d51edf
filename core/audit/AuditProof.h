#pragma once

#include "domain/AuditEntry.h"
#include "fleet/FleetTypes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace warden {

// The message an audit head signature covers: "index:lowercase-hex-hash:signed_at" (fleet-api.md §6).
QByteArray auditHeadMessage(const AuditHead &head);
// True when the head's signature is valid for that raw Ed25519 public key.
bool auditHeadSignatureValid(const AuditHead &head, const QByteArray &publicKey);
QJsonObject auditHeadToJson(const AuditHead &head);

// An exported range of an audit chain with what it takes to check it without the console or the backend: the
// entries of the range, the hash the first one links to, the entries after the range up to the signed head (so the
// head's hash can be recomputed from the range), the signed head and the public key that signed it.
// Responsible for building, (de)serialising and checking such a proof; not for deciding which key to trust
// (the verdict prints the key so a person can compare it with the pinned one).
struct AuditProof {
    Q_DECLARE_TR_FUNCTIONS(AuditProof)

public:
    static constexpr int FormatVersion = 1;

    QString chain;  // "backend" or "console"
    QString source; // backend name
    QByteArray firstPrevHash;
    QList<AuditEntry> entries;
    QList<AuditEntry> continuation;
    std::optional<AuditHead> head;
    QByteArray publicKey; // raw Ed25519, empty for the console's unsigned chain

    // The range [firstIndex, lastIndex] of chain (complete from entry 1, in index order), plus the continuation up
    // to head when a head is given. Fails when the range is not in the chain.
    static Result<AuditProof> build(const QString &chainName, const QString &sourceName, const QList<AuditEntry> &chain,
                                    qint64 firstIndex, qint64 lastIndex, const std::optional<AuditHead> &head,
                                    const QByteArray &publicKey);

    QJsonObject toJson() const;
    static Result<AuditProof> fromJson(const QJsonObject &json);
    static Result<AuditProof> fromFile(const QString &path);

    struct Verdict {
        bool verified = false;
        QStringList lines; // what was checked, one sentence each; the last says the outcome
    };
    Verdict verify() const;
};

} // namespace warden
