#pragma once

// Internal to core/security: RAII owners for OpenSSL objects and the error-queue helper.
// Only .cpp files (and tests) include this, so OpenSSL headers do not leak into the public API.

#include <QString>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace warden::openssl {

// Calls the matching OpenSSL free function; a template so each owner below is one line.
template <auto FreeFunction>
struct Deleter {
    template <typename T>
    void operator()(T *object) const { FreeFunction(object); }
};

using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using EvpPkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using EvpMacPtr = std::unique_ptr<EVP_MAC, Deleter<EVP_MAC_free>>;
using EvpMacCtxPtr = std::unique_ptr<EVP_MAC_CTX, Deleter<EVP_MAC_CTX_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, Deleter<X509_NAME_free>>;
using X509ExtensionPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES_free>>;
using GeneralNamePtr = std::unique_ptr<GENERAL_NAME, Deleter<GENERAL_NAME_free>>;
using Asn1OctetStringPtr = std::unique_ptr<ASN1_OCTET_STRING, Deleter<ASN1_OCTET_STRING_free>>;
using Asn1IntegerPtr = std::unique_ptr<ASN1_INTEGER, Deleter<ASN1_INTEGER_free>>;

// Drains this thread's OpenSSL error queue and returns the most specific reason, so a failure here never leaves
// stale errors behind for QSslSocket (which reads the same queue) to misreport later.
QString takeErrorText();

// Discards this thread's OpenSSL error queue without reading it.
void clearErrors();

// Reads a memory BIO to the end.
QByteArray readAll(BIO *bio);

// A read-only memory BIO over bytes that must outlive it.
BioPtr memoryBio(const QByteArray &bytes);

// PEM passphrase callback that refuses: encrypted keys fail instead of prompting on the terminal.
int refusePassphrase(char *buffer, int size, int rwflag, void *userData);

} // namespace warden::openssl
