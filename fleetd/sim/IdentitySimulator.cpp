#include "sim/IdentitySimulator.h"

#include "sim/DeviceCatalog.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000LL;
const QString FactoryDefaultNote = u"Factory default admin password still set"_s;

QString vendorPrefix(const QString &vendor)
{
    QString prefix;
    for (const QChar c : vendor) {
        if (c.isLetterOrNumber())
            prefix += c.toUpper();
        if (prefix.size() == 3)
            break;
    }
    return prefix.isEmpty() ? u"DEV"_s : prefix;
}

} // namespace

IdentitySimulator::IdentitySimulator(const GeneratedFleet &fleet, quint64 seed, quint64 runSeed)
    : m_devices(fleet.devices), m_seed(seed), m_random(runSeed ^ 0x1D3A7E5Full)
{
    m_serials.reserve(fleet.devices.size());
    m_deviceIndex.reserve(fleet.devices.size());
    for (qsizetype i = 0; i < fleet.devices.size(); ++i) {
        const Device &device = fleet.devices.at(i);
        m_serials.insert(serialOf(device), device.id);
        m_deviceIndex.insert(device.id, i);
    }
}

QString IdentitySimulator::sha256Hex(const QByteArray &data) const
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString IdentitySimulator::serialOf(const Device &device) const
{
    const QByteArray input = "serial:" + device.id.toUtf8() + ':' + QByteArray::number(m_seed);
    const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    return vendorPrefix(device.vendor) + u'-' + QString::fromLatin1(digest.left(5).toHex().toUpper());
}

DeviceCredential IdentitySimulator::seededCredential(const Device &device, qint64 nowMs) const
{
    const QByteArray key = device.id.toUtf8() + ':' + QByteArray::number(m_seed);
    const quint64 h = hashKey(m_seed, quint64(qHashBits(key.constData(), size_t(key.size()), 0x5EED)), 17);
    DeviceCredential credential;
    credential.id = device.id;
    credential.deviceId = device.id;
    credential.serial = serialOf(device);
    credential.fingerprint = sha256Hex(QByteArray("key:" + key));
    credential.rotatesOnline = device.capabilities.onlineUpdate;
    const int classIndex = deviceClassIndex(device.deviceClass);
    const bool passwordClass = classIndex >= 0 && deviceClassProfiles().at(classIndex).defaultCredentialsPossible;
    const int roll = int(h % 100);
    if (device.notes == FactoryDefaultNote || (passwordClass && roll < 35)) {
        credential.method = CredentialMethod::Password;
        credential.defaultCredentials = device.notes == FactoryDefaultNote;
    } else if (roll < 20) {
        credential.method = CredentialMethod::Psk;
    } else {
        credential.method = CredentialMethod::X509;
    }
    // Issued between 40 days and 3 years ago; certificates run 2 years, so some are past their end already.
    const qint64 ageDays = 40 + qint64((h >> 8) % (3 * 365 - 40));
    const qint64 issuedMs = nowMs - ageDays * DayMs - qint64((h >> 20) % DayMs);
    credential.issued = QDateTime::fromMSecsSinceEpoch(issuedMs, Qt::UTC);
    credential.lastRotated = credential.issued;
    if (credential.method == CredentialMethod::X509) {
        // Expiry spread over [-20, +700] days from now: ~3 % expired, ~4 % within a month.
        const qint64 expiresMs = nowMs + (qint64((h >> 32) % 720) - 20) * DayMs + qint64((h >> 40) % DayMs);
        credential.expires = QDateTime::fromMSecsSinceEpoch(expiresMs, Qt::UTC);
        credential.subject = u"CN=%1, O=%2"_s.arg(credential.serial, device.vendor.isEmpty() ? u"-"_s : device.vendor);
        credential.issuer = (h >> 48) % 4 == 0 ? u"CN=%1 Factory CA"_s.arg(device.vendor.isEmpty() ? u"Vendor"_s
                                                                                                    : device.vendor)
                                               : u"CN=Warden Fleet Device CA"_s;
        credential.certificateSerial = credential.fingerprint.left(16).toUpper();
    }
    return credential;
}

QString IdentitySimulator::freshFingerprint()
{
    ++m_counter;
    const QByteArray input = "fresh:" + QByteArray::number(m_seed) + ':' + QByteArray::number(m_counter) + ':'
        + QByteArray::number(quint64(m_random.next()));
    return sha256Hex(input);
}

JoinAttempt IdentitySimulator::newDevice(const QString &deviceClass)
{
    QList<int> candidates;
    for (int i = 0; i < int(m_devices.size()); ++i) {
        if (m_devices.at(i).deviceClass == deviceClass)
            candidates.append(i);
    }
    if (candidates.isEmpty())
        return newDevice();
    return newDeviceLike(m_devices.at(candidates.at(m_random.belowInt(int(candidates.size())))));
}

JoinAttempt IdentitySimulator::newDevice()
{
    // A new device looks like one of the fleet's own: same classes, vendors and gateways.
    return newDeviceLike(m_devices.at(m_random.belowInt(int(m_devices.size()))));
}

JoinAttempt IdentitySimulator::newDeviceLike(const Device &model)
{
    JoinAttempt attempt;
    attempt.kind = JoinAttempt::Kind::NewDevice;
    attempt.deviceClass = model.deviceClass;
    attempt.vendor = model.vendor;
    attempt.model = model.model;
    attempt.siteId = model.siteId;
    attempt.gatewayId = model.gatewayId;
    attempt.keyType = u"ecdsa-p256"_s;
    attempt.fingerprint = freshFingerprint();
    attempt.serial = vendorPrefix(model.vendor) + u'-' + attempt.fingerprint.mid(20, 10).toUpper();
    return attempt;
}

JoinAttempt IdentitySimulator::impostorOf(const QString &deviceId)
{
    JoinAttempt attempt;
    attempt.kind = JoinAttempt::Kind::Impostor;
    attempt.keyType = u"rsa-2048"_s;
    attempt.fingerprint = freshFingerprint();
    const auto index = m_deviceIndex.constFind(deviceId);
    if (index != m_deviceIndex.constEnd()) {
        const Device &victim = m_devices.at(*index);
        attempt.serial = serialOf(victim);
        attempt.deviceClass = victim.deviceClass;
        attempt.vendor = victim.vendor;
        attempt.model = victim.model;
        // The clone usually shows up somewhere else than the original.
        const Device &elsewhere = m_devices.at(m_random.belowInt(int(m_devices.size())));
        attempt.siteId = elsewhere.siteId;
        attempt.gatewayId = elsewhere.gatewayId;
    }
    return attempt;
}

JoinAttempt IdentitySimulator::next(const QStringList &pendingSerials, const QStringList &preauthorizedSerials)
{
    const int roll = m_random.belowInt(100);
    if (roll < 25 && !preauthorizedSerials.isEmpty()) {
        JoinAttempt attempt = newDevice();
        attempt.kind = JoinAttempt::Kind::Preauthorized;
        attempt.serial = preauthorizedSerials.at(m_random.belowInt(int(preauthorizedSerials.size())));
        return attempt;
    }
    if (roll < 45 && !pendingSerials.isEmpty()) {
        JoinAttempt attempt;
        attempt.kind = JoinAttempt::Kind::Retry;
        attempt.serial = pendingSerials.at(m_random.belowInt(int(pendingSerials.size())));
        return attempt;
    }
    if (roll < 65 && !m_devices.isEmpty())
        return impostorOf(m_devices.at(m_random.belowInt(int(m_devices.size()))).id);
    return newDevice();
}

qint64 IdentitySimulator::nextGapMs()
{
    return 5000 + qint64(m_random.exponential(35000.0));
}

} // namespace warden
