#include "security/OpenSslHandles.h"

#include <openssl/err.h>
#include <openssl/pem.h>

namespace warden::openssl {

QString takeErrorText()
{
    unsigned long last = 0;
    while (const unsigned long code = ERR_get_error())
        last = code;
    if (last == 0)
        return {};
    const char *reason = ERR_reason_error_string(last);
    return reason ? QString::fromUtf8(reason) : QStringLiteral("OpenSSL error %1").arg(last, 0, 16);
}

void clearErrors()
{
    ERR_clear_error();
}

QByteArray readAll(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    if (size <= 0 || !data)
        return {};
    return QByteArray(data, qsizetype(size));
}

BioPtr memoryBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

int refusePassphrase(char *, int, int, void *)
{
    return -1;
}

} // namespace warden::openssl
