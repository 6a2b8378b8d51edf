#pragma once

#include <QString>

namespace warden {

// Versions of the libraries this build runs with, for the About dialog and bug reports. The run-time versions are
// reported (what the loaded shared libraries say), since a Debian security update can change them under a build.
// Lives in core because core is what links OpenSSL and SQLite.
namespace LibraryVersions {

QString qt();      // "6.4.2"
QString openSsl(); // "OpenSSL 3.0.15 3 Sep 2024"
QString sqlite();  // "3.40.1"

} // namespace LibraryVersions

} // namespace warden
