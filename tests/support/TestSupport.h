#pragma once

#include <QString>

namespace warden::test {

// Path of an executable built into the project's binary directory (e.g. "fleetd/fleetd").
QString builtExecutable(const QString &relativePath);

} // namespace warden::test
