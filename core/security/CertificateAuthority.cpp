#include "security/CertificateAuthority.h"

#include "security/OpenSslHandles.h"

#include <QHostAddress>

#include <openssl/pem.h>

namespace warden {

namespace {

// RFC 5280 upper bound for commonName (ub-common-name); OpenSSL refuses longer values.
constexpr int MaxCommonNameLength = 64;
// Apple's and the CA/Browser Forum's historical maximum leaf lifetime; a sane default for private PKI too.
constexpr int DefaultLeafDays = 825;
constexpr int SerialBits = 128;

// Pulls OpenSSL's reason into a message, emptying the error queue on the way.
Error opensslError(const QString &what)
{
    const QString detail = openssl::takeErrorText();
    return Error{detail.isEmpty() ? what : what + QStringLiteral(" (") + detail + QStringLiteral(")."), {}};
}

openssl::EvpPkeyPtr generateP256Key()
{
    return openssl::EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

// EdDSA keys sign without a separate digest; everything else signs SHA-256.
const EVP_MD *signatureDigest(EVP_PKEY *key)
{
    const int id = EVP_PKEY_get_id(key);
    return id == EVP_PKEY_ED25519 || id == EVP_PKEY_ED448 ? nullptr : EVP_sha256();
}

bool setRandomSerial(X509 *certificate)
{
    openssl::BignumPtr serial(BN_new());
    // Top bit forced to one: always exactly 128 bits, never zero, still within RFC 5280's 20 octets.
    return serial && BN_rand(serial.get(), SerialBits, BN_RAND_TOP_ONE, BN_RAND_BOTTOM_ANY) == 1
        && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)) != nullptr;
}

bool setCommonName(X509 *certificate, const QString &commonName)
{
    X509_NAME *name = X509_get_subject_name(certificate);
    const QByteArray utf8 = commonName.toUtf8();
    return X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      int(utf8.size()), -1, 0)
        == 1;
}

bool setValidity(X509 *certificate, const QDateTime &notBefore, const QDateTime &notAfter)
{
    return ASN1_TIME_set(X509_getm_notBefore(certificate), time_t(notBefore.toSecsSinceEpoch())) != nullptr
        && ASN1_TIME_set(X509_getm_notAfter(certificate), time_t(notAfter.toSecsSinceEpoch())) != nullptr;
}

// Adds one extension written in OpenSSL's config syntax. Only fixed strings from this file go through here:
// values derived from user input (SANs) are built as ASN.1 objects so a ',' in them cannot inject entries.
bool addExtension(X509 *certificate, X509V3_CTX *context, int nid, const char *value)
{
    openssl::X509ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool isValidDnsName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253 || name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char('.')))
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString &label = labels.at(i);
        if (i == 0 && label == QLatin1String("*") && labels.size() > 2)
            continue; // wildcard only as the whole leftmost label of a name with at least two more labels
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || c == QLatin1Char('-') || c == QLatin1Char('_');
            if (!allowed)
                return false;
        }
    }
    return true;
}

// Builds the subjectAltName value, or explains which entry is wrong.
Result<openssl::GeneralNamesPtr> buildSubjectAltNames(const CertificateRequest &request)
{
    using R = Result<openssl::GeneralNamesPtr>;
    openssl::GeneralNamesPtr names(GENERAL_NAMES_new());
    if (!names)
        return opensslError(QStringLiteral("Could not allocate the subject alternative names"));

    for (const QString &dns : request.dnsNames) {
        if (!isValidDnsName(dns))
            return R::failure(QStringLiteral("\u201c%1\u201d is not a valid DNS name (letters, digits, '-' and '.', "
                                             "optionally starting with \"*.\").")
                                  .arg(dns),
                              QStringLiteral("dnsNames"));
        const QByteArray ascii = dns.toLatin1();
        openssl::GeneralNamePtr entry(GENERAL_NAME_new());
        ASN1_IA5STRING *text = ASN1_IA5STRING_new();
        if (!entry || !text || ASN1_STRING_set(text, ascii.constData(), int(ascii.size())) != 1) {
            ASN1_IA5STRING_free(text);
            return opensslError(QStringLiteral("Could not encode the DNS name \u201c%1\u201d").arg(dns));
        }
        GENERAL_NAME_set0_value(entry.get(), GEN_DNS, text); // entry owns text from here
        if (sk_GENERAL_NAME_push(names.get(), entry.get()) == 0)
            return opensslError(QStringLiteral("Could not add the DNS name \u201c%1\u201d").arg(dns));
        entry.release(); // names owns entry now
    }

    for (const QString &ip : request.ipAddresses) {
        const QHostAddress address(ip.trimmed());
        if (address.isNull() || (address.protocol() != QHostAddress::IPv4Protocol
                                 && address.protocol() != QHostAddress::IPv6Protocol))
            return R::failure(QStringLiteral("\u201c%1\u201d is not an IPv4 or IPv6 address.").arg(ip),
                              QStringLiteral("ipAddresses"));
        QByteArray raw;
        if (address.protocol() == QHostAddress::IPv4Protocol) {
            const quint32 v4 = address.toIPv4Address();
            const char octets[4] = {char(v4 >> 24), char(v4 >> 16), char(v4 >> 8), char(v4)};
            raw = QByteArray(octets, 4);
        } else {
            const Q_IPV6ADDR v6 = address.toIPv6Address();
            raw = QByteArray(reinterpret_cast<const char *>(v6.c), 16);
        }
        openssl::GeneralNamePtr entry(GENERAL_NAME_new());
        ASN1_OCTET_STRING *octets = ASN1_OCTET_STRING_new();
        if (!entry || !octets
            || ASN1_OCTET_STRING_set(octets, reinterpret_cast<const unsigned char *>(raw.constData()), int(raw.size()))
                != 1) {
            ASN1_OCTET_STRING_free(octets);
            return opensslError(QStringLiteral("Could not encode the IP address \u201c%1\u201d").arg(ip));
        }
        GENERAL_NAME_set0_value(entry.get(), GEN_IPADD, octets);
        if (sk_GENERAL_NAME_push(names.get(), entry.get()) == 0)
            return opensslError(QStringLiteral("Could not add the IP address \u201c%1\u201d").arg(ip));
        entry.release();
    }
    return names;
}

Status checkCommonName(const QString &commonName)
{
    if (commonName.trimmed().isEmpty())
        return Status::failure(QStringLiteral("A certificate needs a common name."), QStringLiteral("commonName"));
    if (commonName.size() > MaxCommonNameLength)
        return Status::failure(QStringLiteral("The common name is %1 characters long; at most %2 are allowed.")
                                   .arg(commonName.size())
                                   .arg(MaxCommonNameLength),
                               QStringLiteral("commonName"));
    return Status::success();
}

QByteArray privateKeyToPem(EVP_PKEY *key)
{
    openssl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        openssl::clearErrors();
        return {};
    }
    return openssl::readAll(bio.get());
}

QByteArray certificateToPem(X509 *certificate)
{
    openssl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1) {
        openssl::clearErrors();
        return {};
    }
    return openssl::readAll(bio.get());
}

// Reads an unencrypted private key PEM without ever prompting for a passphrase.
Result<openssl::EvpPkeyPtr> readPrivateKey(const QByteArray &pem, const QString &what)
{
    if (!pem.contains("-----BEGIN"))
        return Result<openssl::EvpPkeyPtr>::failure(
            QStringLiteral("The %1 is not in PEM format (no \"-----BEGIN\" line).").arg(what));
    if (pem.contains("ENCRYPTED"))
        return Result<openssl::EvpPkeyPtr>::failure(
            QStringLiteral("The %1 is encrypted; Warden needs it unencrypted (protect the file instead).").arg(what));
    openssl::BioPtr bio = openssl::memoryBio(pem);
    openssl::EvpPkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, openssl::refusePassphrase, nullptr));
    if (!key)
        return opensslError(QStringLiteral("The %1 could not be read").arg(what));
    return key;
}

} // namespace

void CertificateAuthority::KeyDeleter::operator()(evp_pkey_st *key) const
{
    EVP_PKEY_free(key);
}

void CertificateAuthority::CertificateDeleter::operator()(x509_st *certificate) const
{
    X509_free(certificate);
}

CertificateAuthority::CertificateAuthority(x509_st *certificate, evp_pkey_st *key)
    : m_certificate(certificate), m_key(key)
{
}

CertificateAuthority::CertificateAuthority(const CertificateAuthority &other)
{
    if (other.m_certificate && X509_up_ref(other.m_certificate.get()) == 1)
        m_certificate.reset(other.m_certificate.get());
    if (other.m_key && EVP_PKEY_up_ref(other.m_key.get()) == 1)
        m_key.reset(other.m_key.get());
}

CertificateAuthority &CertificateAuthority::operator=(const CertificateAuthority &other)
{
    if (this != &other)
        *this = CertificateAuthority(other);
    return *this;
}

CertificateAuthority::CertificateAuthority(CertificateAuthority &&other) noexcept = default;
CertificateAuthority &CertificateAuthority::operator=(CertificateAuthority &&other) noexcept = default;
CertificateAuthority::~CertificateAuthority() = default;

Result<CertificateAuthority> CertificateAuthority::create(const QString &commonName, int validDays)
{
    using R = Result<CertificateAuthority>;
    if (const Status nameOk = checkCommonName(commonName); !nameOk)
        return nameOk.error();
    if (validDays < 1)
        return R::failure(QStringLiteral("A CA must be valid for at least one day."), QStringLiteral("validDays"));

    openssl::EvpPkeyPtr key = generateP256Key();
    openssl::X509Ptr certificate(X509_new());
    if (!key || !certificate)
        return opensslError(QStringLiteral("Could not create the CA key"));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    X509V3_CTX context;
    X509V3_set_ctx(&context, certificate.get(), certificate.get(), nullptr, nullptr, 0);
    // Order matters: the subjectKeyIdentifier must exist before authorityKeyIdentifier copies it.
    const bool built = X509_set_version(certificate.get(), X509_VERSION_3) == 1 && setRandomSerial(certificate.get())
        && setCommonName(certificate.get(), commonName)
        && X509_set_issuer_name(certificate.get(), X509_get_subject_name(certificate.get())) == 1
        && setValidity(certificate.get(), now.addSecs(-3600), now.addDays(validDays))
        && X509_set_pubkey(certificate.get(), key.get()) == 1
        && addExtension(certificate.get(), &context, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        && addExtension(certificate.get(), &context, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature")
        && addExtension(certificate.get(), &context, NID_subject_key_identifier, "hash")
        && addExtension(certificate.get(), &context, NID_authority_key_identifier, "keyid:always")
        && X509_sign(certificate.get(), key.get(), EVP_sha256()) > 0;
    if (!built)
        return opensslError(QStringLiteral("Could not build the CA certificate"));
    return CertificateAuthority(certificate.release(), key.release());
}

Result<CertificateAuthority> CertificateAuthority::load(const QByteArray &certificatePem, const QByteArray &privateKeyPem)
{
    using R = Result<CertificateAuthority>;
    if (!certificatePem.contains("-----BEGIN CERTIFICATE-----"))
        return R::failure(QStringLiteral("The CA certificate is not a PEM certificate "
                                         "(no \"-----BEGIN CERTIFICATE-----\" line)."),
                          QStringLiteral("certificatePem"));
    openssl::BioPtr bio = openssl::memoryBio(certificatePem);
    openssl::X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, openssl::refusePassphrase, nullptr));
    if (!certificate) {
        Error failure = opensslError(QStringLiteral("The CA certificate could not be read"));
        failure.field = QStringLiteral("certificatePem");
        return failure;
    }

    Result<openssl::EvpPkeyPtr> key = readPrivateKey(privateKeyPem, QStringLiteral("CA private key"));
    if (!key) {
        Error failure = key.error();
        failure.field = QStringLiteral("privateKeyPem");
        return failure;
    }
    if (X509_check_private_key(certificate.get(), key->get()) != 1) {
        openssl::clearErrors();
        return R::failure(QStringLiteral("The CA private key does not belong to the CA certificate."),
                          QStringLiteral("privateKeyPem"));
    }
    // 1 = basicConstraints CA:TRUE; the other non-zero answers describe legacy v1 roots we do not want to sign with.
    if (X509_check_ca(certificate.get()) != 1) {
        openssl::clearErrors();
        return R::failure(QStringLiteral("The certificate is not a CA certificate (basicConstraints CA:TRUE is "
                                         "missing), so it cannot issue certificates."),
                          QStringLiteral("certificatePem"));
    }
    openssl::clearErrors();
    return CertificateAuthority(certificate.release(), key.value().release());
}

Result<IssuedCertificate> CertificateAuthority::issue(const CertificateRequest &request) const
{
    using R = Result<IssuedCertificate>;
    if (!m_certificate || !m_key)
        return R::failure(QStringLiteral("This certificate authority has no key (it was moved from)."));
    if (const Status nameOk = checkCommonName(request.commonName); !nameOk)
        return nameOk.error();
    Result<openssl::GeneralNamesPtr> altNames = buildSubjectAltNames(request);
    if (!altNames)
        return altNames.error();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime notBefore = request.notBefore.isValid() ? request.notBefore : now.addSecs(-3600);
    const QDateTime notAfter = request.notAfter.isValid() ? request.notAfter : now.addDays(DefaultLeafDays);
    if (notAfter <= notBefore)
        return R::failure(QStringLiteral("The certificate would expire (%1) before it becomes valid (%2).")
                              .arg(notAfter.toUTC().toString(Qt::ISODate), notBefore.toUTC().toString(Qt::ISODate)),
                          QStringLiteral("notAfter"));

    openssl::EvpPkeyPtr key = generateP256Key();
    openssl::X509Ptr certificate(X509_new());
    if (!key || !certificate)
        return opensslError(QStringLiteral("Could not create the certificate key"));

    const bool server = request.usage == CertificateRequest::Usage::Server;
    X509V3_CTX context;
    X509V3_set_ctx(&context, m_certificate.get(), certificate.get(), nullptr, nullptr, 0);
    bool built = X509_set_version(certificate.get(), X509_VERSION_3) == 1 && setRandomSerial(certificate.get())
        && setCommonName(certificate.get(), request.commonName)
        && X509_set_issuer_name(certificate.get(), X509_get_subject_name(m_certificate.get())) == 1
        && setValidity(certificate.get(), notBefore, notAfter) && X509_set_pubkey(certificate.get(), key.get()) == 1
        && addExtension(certificate.get(), &context, NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(certificate.get(), &context, NID_key_usage, "critical,digitalSignature")
        && addExtension(certificate.get(), &context, NID_ext_key_usage, server ? "serverAuth" : "clientAuth")
        && addExtension(certificate.get(), &context, NID_subject_key_identifier, "hash")
        && addExtension(certificate.get(), &context, NID_authority_key_identifier, "keyid:always");
    if (built && sk_GENERAL_NAME_num(altNames->get()) > 0)
        built = X509_add1_ext_i2d(certificate.get(), NID_subject_alt_name, altNames->get(), 0, X509V3_ADD_DEFAULT) == 1;
    if (!built || X509_sign(certificate.get(), m_key.get(), signatureDigest(m_key.get())) <= 0)
        return opensslError(QStringLiteral("Could not build the certificate for \u201c%1\u201d").arg(request.commonName));

    IssuedCertificate issued{certificateToPem(certificate.get()), privateKeyToPem(key.get())};
    if (issued.certificatePem.isEmpty() || issued.privateKeyPem.isEmpty())
        return R::failure(QStringLiteral("Could not write the certificate for \u201c%1\u201d as PEM.").arg(request.commonName));
    return issued;
}

QByteArray CertificateAuthority::certificatePem() const
{
    return m_certificate ? certificateToPem(m_certificate.get()) : QByteArray();
}

QByteArray CertificateAuthority::privateKeyPem() const
{
    return m_key ? privateKeyToPem(m_key.get()) : QByteArray();
}

} // namespace warden
