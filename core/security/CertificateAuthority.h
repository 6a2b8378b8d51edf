#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

struct evp_pkey_st;
struct x509_st;

namespace warden {

// A certificate and its private key, both PEM (certificate "CERTIFICATE", key unencrypted PKCS#8 "PRIVATE KEY").
struct IssuedCertificate {
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};

// What to put into a leaf certificate. Invalid notBefore / notAfter mean "now - 1 h" / "now + 825 days";
// dates in the past are allowed on purpose so tests can produce expired certificates.
struct CertificateRequest {
    QString commonName;        // required, at most 64 characters
    QStringList dnsNames;      // subjectAltName DNS entries; "*.example.org" wildcards allowed
    QStringList ipAddresses;   // subjectAltName IP entries, IPv4 or IPv6
    QDateTime notBefore;
    QDateTime notAfter;
    enum class Usage { Server, Client } usage = Usage::Server;
};

// A small private certificate authority for fleetd, `warden --demo` and TLS tests: an EC P-256 key and a
// self-signed X.509 v3 CA certificate that issues ECDSA-SHA256 leaf certificates for servers or clients.
// Not responsible for revocation, storage of the CA key, or deciding which CA a client trusts.
// Copies share the same immutable OpenSSL objects; all methods are safe to call from several threads.
class CertificateAuthority {
public:
    CertificateAuthority(const CertificateAuthority &other);
    CertificateAuthority &operator=(const CertificateAuthority &other);
    CertificateAuthority(CertificateAuthority &&other) noexcept;
    CertificateAuthority &operator=(CertificateAuthority &&other) noexcept;
    ~CertificateAuthority();

    // A new CA valid from one hour ago for validDays days (basicConstraints CA:TRUE, pathlen 0).
    static Result<CertificateAuthority> create(const QString &commonName, int validDays = 3650);
    // An existing CA; fails if either PEM is unreadable, the key is encrypted or does not match the certificate,
    // or the certificate is not a CA certificate.
    static Result<CertificateAuthority> load(const QByteArray &certificatePem, const QByteArray &privateKeyPem);

    // A leaf certificate with a fresh EC P-256 key, signed by this CA.
    Result<IssuedCertificate> issue(const CertificateRequest &request) const;

    QByteArray certificatePem() const;
    QByteArray privateKeyPem() const;

private:
    struct KeyDeleter {
        void operator()(evp_pkey_st *key) const;
    };
    struct CertificateDeleter {
        void operator()(x509_st *certificate) const;
    };
    CertificateAuthority(x509_st *certificate, evp_pkey_st *key);

    std::unique_ptr<x509_st, CertificateDeleter> m_certificate;
    std::unique_ptr<evp_pkey_st, KeyDeleter> m_key;
};

} // namespace warden
