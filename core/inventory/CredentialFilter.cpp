#include "inventory/CredentialFilter.h"

namespace warden {

bool CredentialFilter::matches(const DeviceCredential &credential, const QDateTime &now) const
{
    // A revoked credential is past expiring or being weak: it only shows in the views meant for it.
    const bool revoked = credential.state == CredentialState::Revoked;
    bool inView = false;
    switch (view) {
    case View::All: inView = true; break;
    case View::ExpiringWithin: inView = !revoked && credential.expiresWithin(now, days); break;
    case View::Expired: inView = !revoked && credential.isExpiredAt(now); break;
    case View::Weak: inView = !revoked && credential.isWeak(); break;
    case View::DefaultCredentials: inView = !revoked && credential.defaultCredentials; break;
    case View::NeedsVisit: inView = credential.state == CredentialState::NeedsPhysicalService; break;
    case View::Revoked: inView = revoked; break;
    }
    if (!inView || text.isEmpty())
        return inView;
    for (const QString *field : {&credential.deviceId, &credential.serial, &credential.subject, &credential.issuer}) {
        if (field->contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QList<qsizetype> CredentialFilter::apply(const QList<DeviceCredential> &credentials, const QDateTime &now) const
{
    QList<qsizetype> rows;
    for (qsizetype i = 0; i < credentials.size(); ++i) {
        if (matches(credentials.at(i), now))
            rows.append(i);
    }
    return rows;
}

CredentialCounts CredentialCounts::of(const QList<DeviceCredential> &credentials, const QDateTime &now, int days)
{
    CredentialCounts counts;
    counts.all = credentials.size();
    for (const DeviceCredential &credential : credentials) {
        if (credential.state == CredentialState::Revoked) {
            ++counts.revoked;
            continue;
        }
        if (credential.state == CredentialState::NeedsPhysicalService)
            ++counts.needsVisit;
        if (credential.expiresWithin(now, days))
            ++counts.expiringWithin;
        if (credential.isExpiredAt(now))
            ++counts.expired;
        if (credential.isWeak())
            ++counts.weak;
        if (credential.defaultCredentials)
            ++counts.defaultCredentials;
    }
    return counts;
}

} // namespace warden
