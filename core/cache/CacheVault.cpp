#include "cache/CacheVault.h"

#include "cache/CacheWriter.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace warden {

void CacheVault::bind(CacheStoreOptions &options, const std::shared_ptr<PersonalDataVault> &vault)
{
    options.seal = [vault](const QByteArray &plain) { return vault->seal(plain); };
    options.unseal = [vault](const QByteArray &sealed) { return vault->unseal(sealed); };
}

Status CacheVault::unlock(CacheStore &store, PersonalDataVault &vault, SecretBytes passphrase, int iterations)
{
    const Result<QString> stored = store.meta(MetaKey);
    if (!stored.ok()) {
        passphrase.clear();
        return stored.error();
    }
    VaultKdfParameters parameters;
    bool fresh = stored.value().isEmpty();
    if (!fresh) {
        Result<VaultKdfParameters> decoded = VaultKdfParameters::decode(stored.value());
        if (decoded.ok())
            parameters = decoded.value();
        else
            fresh = true; // damaged parameters open nothing: start over like a changed passphrase
    }
    if (fresh)
        parameters = VaultKdfParameters::generate(iterations);
    // Kept for a second attempt if the stored check value belongs to an earlier passphrase.
    SecretBytes retry(QByteArray(passphrase.constData(), passphrase.size()));
    Status opened = vault.unlock(std::move(passphrase), parameters);
    if (!opened.ok() && !fresh) {
        parameters = VaultKdfParameters::generate(iterations);
        opened = vault.unlock(std::move(retry), parameters);
        if (opened.ok()) {
            Result<SqliteStatement> drop = store.database().prepare(u"DELETE FROM owners"_s);
            if (!drop.ok())
                return drop.error();
            if (Status dropped = drop.value().execute(); !dropped.ok())
                return dropped;
            fresh = true;
        }
    }
    retry.clear();
    if (!opened.ok())
        return opened;
    if (fresh) {
        if (Status saved = store.setMeta(MetaKey, parameters.encode()); !saved.ok()) {
            vault.lock(); // a key whose parameters are not stored would seal data nobody can open again
            return saved;
        }
    }
    return {};
}

void CacheVault::unlockAsync(CacheWriter *writer, std::shared_ptr<PersonalDataVault> vault, SecretBytes passphrase,
                             QObject *context, std::function<void(Status)> done, int iterations)
{
    auto secret = std::make_shared<SecretBytes>(std::move(passphrase));
    QPointer<QObject> guard(context);
    writer->post([vault, secret, guard, done = std::move(done), iterations](CacheStore *store) {
        Status status = store ? unlock(*store, *vault, std::move(*secret), iterations)
                              : Status::failure(QCoreApplication::translate("CacheVault", "The cache is not open."));
        secret->clear();
        if (!guard || !done)
            return;
        QMetaObject::invokeMethod(guard, [done, status] { done(status); }, Qt::QueuedConnection);
    });
}

} // namespace warden
