#pragma once

#include "util/Result.h"

#include <QByteArray>

#include <memory>

struct evp_pkey_st;

namespace warden {

// An Ed25519 signing key (private + public half), used to sign audit-chain heads so a truncated or rewritten log
// can be told apart from the real one. Responsible for key generation, PEM (PKCS#8) storage and signatures;
// not for where keys are kept or which public keys are trusted.
// Copies share the same immutable OpenSSL key object.
class Ed25519Key {
public:
    static constexpr int PublicKeySize = 32;
    static constexpr int SignatureSize = 64;

    // A null key: isNull() is true, sign() and publicKeyRaw() return empty arrays.
    Ed25519Key();
    ~Ed25519Key();
    Ed25519Key(const Ed25519Key &other);
    Ed25519Key &operator=(const Ed25519Key &other);
    Ed25519Key(Ed25519Key &&other) noexcept;
    Ed25519Key &operator=(Ed25519Key &&other) noexcept;

    static Ed25519Key generate();
    // Reads an unencrypted PKCS#8 "PRIVATE KEY" PEM; rejects other key types and encrypted keys with a clear message.
    static Result<Ed25519Key> fromPrivateKeyPem(const QByteArray &pem);

    bool isNull() const;
    QByteArray privateKeyPem() const;
    QByteArray publicKeyRaw() const; // 32 bytes
    QByteArray sign(const QByteArray &message) const; // 64 bytes

    // True only for a well-formed 32-byte key and 64-byte signature that match the message.
    static bool verify(const QByteArray &publicKeyRaw, const QByteArray &message, const QByteArray &signature);

private:
    struct Deleter {
        void operator()(evp_pkey_st *key) const;
    };
    explicit Ed25519Key(evp_pkey_st *key);

    std::unique_ptr<evp_pkey_st, Deleter> m_key;
};

} // namespace warden
