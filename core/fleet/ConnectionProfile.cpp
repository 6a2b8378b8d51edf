#include "fleet/ConnectionProfile.h"

#include "security/SpkiPin.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

const QString SettingsRoot = u"fleet/connections"_s;

// QSettings treats '/' and '\' as group separators; percent-encoding keeps any profile name one group.
QString groupFor(const QString &name)
{
    return SettingsRoot + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// Collects problems: either all of them (for a form) or stops at the first (validate()).
class ProblemList {
public:
    explicit ProblemList(QStringList *all)
        : m_all(all)
    {
    }
    void add(const QString &field, const QString &message)
    {
        if (m_all)
            m_all->append(message);
        if (!m_first)
            m_first = Error{message, field};
    }
    bool stop() const { return !m_all && m_first.has_value(); }
    Status status() const { return m_first ? Status(*m_first) : Status::success(); }

private:
    QStringList *m_all;
    std::optional<Error> m_first;
};

void checkFile(ProblemList &problems, const QString &field, const QString &what, const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        problems.add(field, ConnectionProfile::tr("The %1 file %2 does not exist.").arg(what, path));
    else if (!info.isFile())
        problems.add(field, ConnectionProfile::tr("The %1 path %2 is not a file.").arg(what, path));
    else if (!info.isReadable())
        problems.add(field,
                     ConnectionProfile::tr("The %1 file %2 cannot be read (check its permissions).").arg(what, path));
}

} // namespace

Status ConnectionProfile::check(bool collectAll, QStringList *all) const
{
    ProblemList problems(collectAll ? all : nullptr);

    if (name.trimmed().isEmpty())
        problems.add(u"name"_s, tr("The connection needs a name."));
    else if (name.size() > MaxNameLength)
        problems.add(u"name"_s, tr("The connection name is longer than %1 characters.").arg(MaxNameLength));
    else if (hasControlCharacters(name))
        problems.add(u"name"_s, tr("The connection name contains control characters."));
    if (problems.stop())
        return problems.status();

    if (baseUrl.isEmpty()) {
        problems.add(u"base_url"_s, tr("The backend address is missing (e.g. https://fleet.example.org:8443)."));
    } else if (!baseUrl.isValid()) {
        problems.add(u"base_url"_s, tr("The backend address is not a valid URL: %1.").arg(baseUrl.errorString()));
    } else if (baseUrl.scheme() != u"https"_s) {
        problems.add(u"base_url"_s, tr("The backend address must start with https:// (got %1://); Warden never "
                                       "talks to a backend unencrypted.")
                                        .arg(baseUrl.scheme()));
    } else if (baseUrl.host().isEmpty()) {
        problems.add(u"base_url"_s, tr("The backend address has no host name."));
    } else if (!baseUrl.userInfo().isEmpty()) {
        problems.add(u"base_url"_s, tr("The backend address must not contain a user name or password; the password "
                                       "is asked for at login and never stored."));
    } else if (baseUrl.hasQuery() || baseUrl.hasFragment()) {
        problems.add(u"base_url"_s, tr("The backend address must not contain a query (?) or fragment (#)."));
    }
    if (problems.stop())
        return problems.status();

    if (!caBundlePath.isEmpty())
        checkFile(problems, u"ca_bundle"_s, tr("CA bundle"), caBundlePath);
    if (problems.stop())
        return problems.status();

    const bool pemPair = !clientCertificatePath.isEmpty() || !clientKeyPath.isEmpty();
    if (pemPair && !clientPkcs12Path.isEmpty()) {
        problems.add(u"client_certificate"_s, tr("Give either a PEM client certificate and key or a PKCS#12 file, "
                                                 "not both."));
    } else if (pemPair) {
        if (clientCertificatePath.isEmpty())
            problems.add(u"client_certificate"_s, tr("The client key needs its certificate file as well."));
        else
            checkFile(problems, u"client_certificate"_s, tr("client certificate"), clientCertificatePath);
        if (clientKeyPath.isEmpty())
            problems.add(u"client_key"_s, tr("The client certificate needs its private key file as well."));
        else
            checkFile(problems, u"client_key"_s, tr("client key"), clientKeyPath);
    } else if (!clientPkcs12Path.isEmpty()) {
        checkFile(problems, u"client_pkcs12"_s, tr("PKCS#12"), clientPkcs12Path);
    }
    if (problems.stop())
        return problems.status();

    if (!spkiPin.trimmed().isEmpty()) {
        if (const Result<QByteArray> pin = SpkiPin::parse(spkiPin); !pin)
            problems.add(u"spki_pin"_s, tr("The public-key pin is not valid: %1").arg(pin.errorMessage()));
    }
    if (problems.stop())
        return problems.status();

    if (userName.size() > 256 || hasControlCharacters(userName))
        problems.add(u"user"_s, tr("The user name must be at most 256 characters without control characters."));
    return problems.status();
}

QStringList ConnectionProfile::problems() const
{
    QStringList all;
    (void)check(true, &all);
    return all;
}

Status ConnectionProfile::validate() const
{
    return check(false, nullptr);
}

QUrl ConnectionProfile::apiUrl(const QString &path) const
{
    QUrl url = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    if (!base.endsWith(u"/api/v1"_s))
        base += u"/api/v1"_s;
    url.setPath(base + path);
    return url;
}

QUrl ConnectionProfile::streamUrl() const
{
    QUrl url = apiUrl(u"/stream"_s);
    url.setScheme(u"wss"_s);
    return url;
}

void ConnectionProfile::save(QSettings &settings) const
{
    settings.remove(groupFor(name)); // no stale keys from an older layout
    settings.beginGroup(groupFor(name));
    settings.setValue(u"name"_s, name);
    settings.setValue(u"base_url"_s, baseUrl.adjusted(QUrl::RemoveUserInfo).toString());
    settings.setValue(u"ca_bundle"_s, caBundlePath);
    settings.setValue(u"client_certificate"_s, clientCertificatePath);
    settings.setValue(u"client_key"_s, clientKeyPath);
    settings.setValue(u"client_pkcs12"_s, clientPkcs12Path);
    settings.setValue(u"spki_pin"_s, spkiPin.trimmed());
    settings.setValue(u"user"_s, userName);
    settings.endGroup();
}

Result<ConnectionProfile> ConnectionProfile::load(QSettings &settings, const QString &name)
{
    const QString group = groupFor(name);
    settings.beginGroup(group);
    const bool exists = settings.contains(u"name"_s);
    ConnectionProfile profile;
    profile.name = settings.value(u"name"_s).toString();
    profile.baseUrl = QUrl(settings.value(u"base_url"_s).toString(), QUrl::StrictMode);
    profile.caBundlePath = settings.value(u"ca_bundle"_s).toString();
    profile.clientCertificatePath = settings.value(u"client_certificate"_s).toString();
    profile.clientKeyPath = settings.value(u"client_key"_s).toString();
    profile.clientPkcs12Path = settings.value(u"client_pkcs12"_s).toString();
    profile.spkiPin = settings.value(u"spki_pin"_s).toString();
    profile.userName = settings.value(u"user"_s).toString();
    settings.endGroup();
    if (!exists)
        return Result<ConnectionProfile>::failure(tr("There is no saved connection named \"%1\".").arg(name),
                                                  u"name"_s);
    if (profile.name != name)
        return Result<ConnectionProfile>::failure(
            tr("The saved connection \"%1\" is damaged (it names itself \"%2\").").arg(name, profile.name), u"name"_s);
    return profile;
}

QStringList ConnectionProfile::storedNames(QSettings &settings)
{
    QStringList names;
    settings.beginGroup(SettingsRoot);
    const QStringList groups = settings.childGroups();
    for (const QString &group : groups) {
        const QString name = settings.value(group + u"/name"_s).toString();
        if (!name.isEmpty() && groupFor(name) == SettingsRoot + u'/' + group)
            names.append(name);
    }
    settings.endGroup();
    names.sort(Qt::CaseInsensitive);
    return names;
}

void ConnectionProfile::remove(QSettings &settings, const QString &name)
{
    settings.remove(groupFor(name));
}

} // namespace warden
