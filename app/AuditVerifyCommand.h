#pragma once

#include <QString>

#include <cstdio>

namespace warden {

// warden --verify-audit FILE: checks an audit export (AuditProof) without a window, a backend or a cache, prints
// what was checked and a one-word verdict, and returns the process exit code (0 verified, 1 not verified or unreadable).
int runVerifyAuditCommand(const QString &path, std::FILE *out = stdout);

} // namespace warden
