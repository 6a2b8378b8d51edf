#include "security/SecretBuffer.h"

#include <openssl/crypto.h>

namespace warden {

void wipe(QByteArray &bytes)
{
    // isDetached() is false for shared buffers and for fromRawData()/literal storage we must not write to.
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    // resize(0) on an unshared buffer keeps the (now zeroed) allocation; on a shared one it detaches cheaply.
    bytes.resize(0);
}

void wipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    text.resize(0);
}

SecretBytes SecretBytes::fromString(QString &text)
{
    SecretBytes secret(text.toUtf8());
    wipe(text);
    return secret;
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

} // namespace warden
