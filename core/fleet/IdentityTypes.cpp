#include "fleet/IdentityTypes.h"

#include "domain/JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace warden {

QJsonObject PreauthorizeEntry::toJson() const
{
    QJsonObject json{{u"serial"_s, serial}};
    if (!fingerprint.isEmpty())
        json.insert(u"fingerprint"_s, fingerprint);
    return json;
}

Result<PreauthorizeResult> PreauthorizeResult::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    PreauthorizeResult result;
    const QList<QJsonObject> created = reader.objectList("items", true, 0, JsonReader::MaxListLength);
    for (qsizetype i = 0; i < created.size() && reader.ok(); ++i) {
        Result<JoinRequest> request = JoinRequest::fromJson(created.at(i));
        if (!request)
            reader.fail(JsonReader::elementPath(u"items"_s, i), request.errorMessage());
        else
            result.created.append(std::move(request).value());
    }
    const QList<QJsonObject> skipped = reader.objectList("skipped", false, 0, JsonReader::MaxListLength);
    for (qsizetype i = 0; i < skipped.size() && reader.ok(); ++i) {
        JsonReader item = reader.nested(skipped.at(i), JsonReader::elementPath(u"skipped"_s, i));
        PreauthorizeResult::Skipped entry;
        entry.serial = item.requiredId("serial");
        entry.reason = item.optionalString("reason", JsonReader::MaxTextLength);
        result.skipped.append(entry);
    }
    return reader.finish(std::move(result));
}

Result<CredentialRotation> CredentialRotation::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    CredentialRotation rotation;
    rotation.deviceId = reader.requiredId("device_id");
    const QString outcome = reader.requiredId("outcome");
    if (outcome == u"rotated"_s)
        rotation.outcome = Outcome::Rotated;
    else if (outcome == u"needs_physical_service"_s)
        rotation.outcome = Outcome::NeedsPhysicalService;
    else if (outcome == u"failed"_s)
        rotation.outcome = Outcome::Failed;
    else if (reader.ok())
        reader.fail(u"outcome"_s, u"must be one of rotated, needs_physical_service, failed"_s, outcome);
    rotation.message = reader.optionalString("message", JsonReader::MaxTextLength);
    const QJsonObject credential = reader.optionalObject("credential");
    if (reader.ok() && !credential.isEmpty()) {
        Result<DeviceCredential> parsed = DeviceCredential::fromJson(credential);
        if (!parsed)
            reader.fail(u"credential"_s, parsed.errorMessage());
        else
            rotation.credential = std::move(parsed).value();
    }
    return reader.finish(std::move(rotation));
}

Result<OperatorAccount> OperatorAccount::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    OperatorAccount account;
    account.user = reader.requiredId("user");
    const QJsonArray roles = json.value(u"roles"_s).toArray();
    for (const QJsonValue &role : roles)
        account.roles.append(role.toString());
    account.totpEnrolled = json.value(u"totp_enrolled"_s).toBool();
    const auto time = [&json](const QString &key) {
        return QDateTime::fromString(json.value(key).toString(), Qt::ISODateWithMs).toUTC();
    };
    account.lockedUntil = time(u"locked_until"_s);
    account.lastLogin = time(u"last_login"_s);
    account.clientCertificate = json.value(u"client_certificate"_s).toString();
    return reader.finish(std::move(account));
}

Result<TotpReset> TotpReset::fromJson(QJsonObject &json)
{
    // Taken out of the object first, so the secret is wiped from it whatever the outcome.
    QString secret = json.take(u"totp_secret"_s).toString();
    QString uri = json.take(u"otpauth_uri"_s).toString();
    TotpReset reset;
    reset.secret = std::make_shared<SecretBytes>(SecretBytes::fromString(secret));
    reset.otpauthUri = std::make_shared<SecretBytes>(SecretBytes::fromString(uri));
    JsonReader reader(json);
    reset.user = reader.requiredId("user");
    reset.revokedSessions = json.value(u"revoked_sessions"_s).toInt();
    if (reader.ok() && reset.secret->isEmpty())
        reader.fail(u"totp_secret"_s, QCoreApplication::translate("TotpReset", "the backend sent no new secret"));
    else if (reader.ok() && !reset.otpauthUri->bytes().startsWith("otpauth://"))
        reader.fail(u"otpauth_uri"_s, QCoreApplication::translate("TotpReset", "is not an otpauth:// URI"));
    return reader.finish(std::move(reset));
}

Result<QList<PreauthorizeEntry>> parsePreauthorizeCsv(const QString &text)
{
    using R = Result<QList<PreauthorizeEntry>>;
    QList<PreauthorizeEntry> entries;
    const QStringList lines = text.split(u'\n');
    for (qsizetype number = 0; number < lines.size(); ++number) {
        const QString line = lines.at(number).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cells = line.split(u',');
        const QString serial = cells.value(0).trimmed().remove(u'"');
        QString fingerprint = cells.value(1).trimmed().remove(u'"');
        if (entries.isEmpty() && serial.compare(u"serial"_s, Qt::CaseInsensitive) == 0)
            continue; // header
        const auto bad = [&](const QString &why) {
            return R::failure(QCoreApplication::translate("PreauthorizeCsv", "Line %1: %2")
                                  .arg(number + 1)
                                  .arg(why));
        };
        if (cells.size() > 2)
            return bad(QCoreApplication::translate("PreauthorizeCsv",
                                                   "expected \"serial\" or \"serial,fingerprint\", found %1 columns.")
                           .arg(cells.size()));
        if (serial.isEmpty() || serial.size() > JsonReader::MaxNameLength)
            return bad(QCoreApplication::translate("PreauthorizeCsv", "the serial is empty or too long."));
        for (const QChar c : serial) {
            if (c.category() == QChar::Other_Control)
                return bad(QCoreApplication::translate("PreauthorizeCsv", "the serial contains a control character."));
        }
        fingerprint.remove(u':');
        fingerprint = fingerprint.toLower();
        if (!fingerprint.isEmpty()) {
            bool hex = fingerprint.size() == 64;
            for (qsizetype i = 0; hex && i < fingerprint.size(); ++i) {
                const QChar c = fingerprint.at(i);
                hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
            }
            if (!hex)
                return bad(QCoreApplication::translate("PreauthorizeCsv",
                                                       "the fingerprint must be a SHA-256 digest (64 hex digits)."));
        }
        entries.append(PreauthorizeEntry{serial, fingerprint});
    }
    if (entries.isEmpty())
        return R::failure(QCoreApplication::translate("PreauthorizeCsv", "The file lists no serials."));
    return entries;
}

} // namespace warden
