#pragma once

#include <QStringView>

namespace warden {

// Orders firmware versions the way people read them: "2.10" is newer than "2.9", "2.4" equals "2.4.0".
// Components are separated by '.', '-', '_' or '+'; a leading 'v' is ignored. Each component compares its leading
// digits numerically, then any remaining text case-insensitively. There are no pre-release semantics: "2.4rc1" sorts
// after "2.4". Missing components count as 0. Never allocates, so it can run per row on large registers.
class DottedVersion {
public:
    // <0, 0 or >0 like strcmp.
    static int compare(QStringView a, QStringView b);

    // True when the text starts (after an optional 'v') with a digit, i.e. can sensibly be compared.
    static bool isValid(QStringView text);
};

} // namespace warden
