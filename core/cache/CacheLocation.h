#pragma once

#include <QString>

namespace warden {

// Where the cache file of a backend lives: one file per backend, <dir>/<sanitised name>.sqlite, with <dir> the
// override when given, else QStandardPaths::AppDataLocation. Does not create the folder (CacheSchema::open does).
QString cacheFileFor(const QString &backendName, const QString &cacheDirOverride = {});

// The file name for a backend: a plain lower-case name ([a-z0-9._-], not starting with '.') is kept as is
// ("eu-west" -> "eu-west.sqlite"); anything else is reduced to those characters and gets a short hash of the original
// name, so "EU West" and "eu_west" never share a file and no name can point outside the folder.
QString cacheFileNameFor(const QString &backendName);

} // namespace warden
