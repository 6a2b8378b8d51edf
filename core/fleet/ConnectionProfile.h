#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace warden {

// How to reach one fleet backend: address, whom to trust, how to prove who we are, whom to log in as. Stored in
// QSettings, one group per profile under "fleet/connections".
//
// Holds no secret at all, by design: passwords, tokens and key passphrases are asked for at connect time and live
// in memory only; a base URL with user:password@ is refused by validate() and stripped by save().
// Not responsible for reading the certificate files (TlsSetup) or connecting (FleetApiClient).
struct ConnectionProfile {
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    QString name;                  // shown in the console, key of the cache file; unique
    QUrl baseUrl;                  // https://HOST:PORT (the API is under /api/v1)
    QString caBundlePath;          // PEM bundle of trusted CAs; empty = the system's CAs
    QString clientCertificatePath; // PEM client certificate (mutual TLS), with clientKeyPath
    QString clientKeyPath;         // PEM private key of that certificate
    QString clientPkcs12Path;      // or: a PKCS#12 file holding certificate and key
    QString spkiPin;               // optional SHA-256 SPKI pin, as accepted by SpkiPin::parse
    QString userName;              // suggested at login; may be empty

    static constexpr qsizetype MaxNameLength = 100;

    // Every problem, one sentence each, in field order; empty when the profile can be used.
    QStringList problems() const;
    // The first problem as an Error naming its field ("base_url", "ca_bundle", ...), or success.
    Status validate() const;

    bool usesClientCertificate() const { return !clientCertificatePath.isEmpty() || !clientPkcs12Path.isEmpty(); }
    bool usesPkcs12() const { return !clientPkcs12Path.isEmpty(); }
    // https://HOST:PORT/api/v1 + path ("/devices"); the base URL may or may not already end in /api/v1.
    QUrl apiUrl(const QString &path) const;
    // wss://HOST:PORT/api/v1/stream
    QUrl streamUrl() const;

    // Writes this profile (replacing a stored one of the same name). userinfo in the URL is never written.
    void save(QSettings &settings) const;
    // The stored profile of that name; an error if there is none.
    static Result<ConnectionProfile> load(QSettings &settings, const QString &name);
    static QStringList storedNames(QSettings &settings);
    static void remove(QSettings &settings, const QString &name);

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;

private:
    Status check(bool collectAll, QStringList *all) const;
};

} // namespace warden
