#include "LibraryVersions.h"

#include <openssl/crypto.h>
#include <sqlite3.h>

#include <QtGlobal>

namespace warden::LibraryVersions {

QString qt()
{
    return QString::fromLatin1(qVersion());
}

QString openSsl()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

QString sqlite()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace warden::LibraryVersions
