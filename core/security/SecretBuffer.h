#pragma once

#include <QByteArray>
#include <QString>

namespace warden {

// Overwrites a secret's bytes with zeros (OPENSSL_cleanse, which the optimiser may not drop) and empties it.
// Only memory this object owns alone is overwritten: if the array is implicitly shared with another copy,
// or wraps read-only raw data, this reference is merely dropped — keep secrets in one owner (see SecretBytes).
// The allocation is kept (zeroed) so the caller can reuse it; it is released with the object.
void wipe(QByteArray &bytes);
void wipe(QString &text);

// Owns one secret (password, token, key) and wipes it when it goes out of scope.
// Move-only, because a copy would share the buffer and escape the wipe.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    // Takes the UTF-8 form of the text, then wipes the text it was given.
    static SecretBytes fromString(QString &text);

    SecretBytes(SecretBytes &&other) noexcept : m_bytes(std::move(other.m_bytes)) {}
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    ~SecretBytes() { wipe(m_bytes); }

    const QByteArray &bytes() const { return m_bytes; }
    const char *constData() const { return m_bytes.constData(); }
    qsizetype size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    void clear() { wipe(m_bytes); }

private:
    QByteArray m_bytes;
};

} // namespace warden
