#pragma once

// Four-eyes tests act as a second operator of the demo backend: a client of its own, logged in with the account's
// password and a fresh TOTP code from the demo's credentials file. Header-only, like FleetdFixture.h.
#include "FleetdFixture.h"
#include "server/FleetdCredentials.h"

#include <QDir>
#include <QFileInfo>

#include <memory>

namespace warden::test {

struct DemoOperatorLogin {
    std::unique_ptr<FleetApiClient> client; // null when the login failed
    QString error;
};

// Logs `user` in on the demo backend that demoClient talks to (same address, CA and client certificate).
inline DemoOperatorLogin loginDemoOperator(const FleetApiClient &demoClient, const QString &user)
{
    using namespace Qt::Literals::StringLiterals;
    // The demo writes credentials.json beside the CA bundle it hands the console.
    const QString credentialsFile =
        QFileInfo(demoClient.profile().caBundlePath).dir().filePath(u"credentials.json"_s);
    const auto credentials = FleetdCredentials::read(credentialsFile);
    if (!credentials.ok())
        return {nullptr, credentials.errorMessage()};
    const auto account = FleetdCredentials::find(credentials.value(), user);
    if (!account)
        return {nullptr, u"the demo has no account named "_s + user};

    ConnectionProfile profile = demoClient.profile();
    profile.userName = account->user;
    auto client = std::make_unique<FleetApiClient>(profile, demoClient.tls());
    QString password = account->password;
    const QString code = Totp::code(account->totpSecret(), QDateTime::currentSecsSinceEpoch());
    const auto login = waitFor<LoginSession>([&](QObject *context, FleetApiClient::Callback<LoginSession> done) {
        client->login(account->user, SecretBytes::fromString(password), code, context, std::move(done));
    });
    if (!login)
        return {nullptr, u"the login of "_s + user + u" got no answer"_s};
    if (!login->ok())
        return {nullptr, login->error().message()};
    return {std::move(client), {}};
}

} // namespace warden::test
