#pragma once

#include "domain/DeviceCredential.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace warden {

// Which device credentials the credentials view shows: all, those expiring within N days, expired ones, weak
// methods (passwords), default credentials reported in use, those waiting for a technician, or revoked ones; plus a
// free-text match on device id, serial, subject or issuer. Pure logic so it is tested without a UI.
struct CredentialFilter {
    enum class View { All, ExpiringWithin, Expired, Weak, DefaultCredentials, NeedsVisit, Revoked };

    View view = View::All;
    int days = 30; // for ExpiringWithin
    QString text;  // case-insensitive substring; empty = any

    bool matches(const DeviceCredential &credential, const QDateTime &now) const;
    // Indexes into credentials of the matching ones, in order.
    QList<qsizetype> apply(const QList<DeviceCredential> &credentials, const QDateTime &now) const;
};

// How many credentials fall into each view at a given time, for the view selector's counts.
struct CredentialCounts {
    qsizetype all = 0;
    qsizetype expiringWithin = 0;
    qsizetype expired = 0;
    qsizetype weak = 0;
    qsizetype defaultCredentials = 0;
    qsizetype needsVisit = 0;
    qsizetype revoked = 0;

    static CredentialCounts of(const QList<DeviceCredential> &credentials, const QDateTime &now, int days);
};

} // namespace warden
