#pragma once

#include "cache/CacheStore.h"
#include "security/PersonalDataVault.h"
#include "util/Result.h"

#include <QObject>

#include <functional>
#include <memory>

namespace warden {

class CacheWriter;

// The personal data vault of one cache file: owners' names, e-mails and phone numbers are sealed in the owners
// table by a PersonalDataVault whose key parameters (salt, iterations, check value) are kept in the cache's meta
// table under MetaKey. Not responsible for the cryptography (PersonalDataVault) or for choosing the passphrase
// (BackendSession uses the operator's login password).
namespace CacheVault {

inline constexpr QLatin1StringView MetaKey("personal_data_kdf");

// Makes options seal and unseal owners with vault (locked vault: owners are not stored, and read back as locked).
void bind(CacheStoreOptions &options, const std::shared_ptr<PersonalDataVault> &vault);

// Runs on the store's thread: reads the stored parameters (creating them on first use), derives the key and
// unlocks the vault. A passphrase that does not match the stored check value means the operator's passphrase
// changed (it was just accepted by the backend): the old sealed rows cannot be opened by anyone now, so they are
// dropped and the vault is re-keyed; the next full sync brings the owners back. The passphrase is wiped.
Status unlock(CacheStore &store, PersonalDataVault &vault, SecretBytes passphrase,
              int iterations = VaultKdfParameters::DefaultIterations);

// unlock() as a job on the writer's thread, after everything queued before it; done runs on context's thread.
void unlockAsync(CacheWriter *writer, std::shared_ptr<PersonalDataVault> vault, SecretBytes passphrase,
                 QObject *context, std::function<void(Status)> done,
                 int iterations = VaultKdfParameters::DefaultIterations);

} // namespace CacheVault

} // namespace warden
