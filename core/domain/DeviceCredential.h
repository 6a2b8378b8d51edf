#pragma once

#include "domain/Enums.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace warden {

// How one device authenticates to its gateway and services: the method (an X.509 certificate, a pre-shared key or a
// password, the last one weak), the certificate's subject, issuer, serial and validity, when it was last rotated and
// whether the device was seen using its vendor's default credentials. One per device; id is the device id.
struct DeviceCredential {
    QString id; // == deviceId
    QString deviceId;
    QString serial; // the device's identity, as in its join request
    CredentialMethod method = CredentialMethod::X509;
    CredentialState state = CredentialState::Active;
    QString fingerprint; // 64 lowercase hex digits: SHA-256 of the certificate (x509) or of the key material
    QString subject;     // x509 only
    QString issuer;      // x509 only
    QString certificateSerial; // x509 only, hex
    QDateTime issued;
    QDateTime expires; // invalid = does not expire (keys and passwords)
    QDateTime lastRotated;
    bool defaultCredentials = false; // the vendor's default credentials were seen in use
    bool rotatesOnline = true;       // the device can take a new credential over the network
    QString reason;                  // why it was revoked or needs a visit

    // The weak methods: a password can be guessed or sniffed, unlike a key or a certificate.
    bool isWeak() const { return method == CredentialMethod::Password; }
    bool isExpiredAt(const QDateTime &now) const { return expires.isValid() && expires <= now; }
    // Valid now and expiring within days of now.
    bool expiresWithin(const QDateTime &now, int days) const
    {
        return expires.isValid() && expires > now && expires <= now.addDays(days);
    }

    // JSON: required id, device_id, serial, method, state, fingerprint (64 hex digits); optional subject, issuer,
    // certificate_serial, issued, expires, last_rotated, default_credentials (false), rotates_online (true), reason.
    // JSON conventions (absent == null, unknown fields ignored, limits): see domain/JsonReader.h.
    static Result<DeviceCredential> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const DeviceCredential &, const DeviceCredential &) = default;
};

} // namespace warden
