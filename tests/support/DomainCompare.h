#pragma once

#include "domain/Enums.h"

#include <QTest>

#include <concepts>
#include <type_traits>

// QCOMPARE on a domain enum would find warden::toString (returning QString) by ADL instead of QTest's printer and
// fail to compile; this more specialised overload compares the values and prints their wire names.
namespace QTest {
template <typename E>
    requires std::is_enum_v<E> && requires(E value) { { warden::toString(value) } -> std::same_as<QString>; }
bool qCompare(const E &actualValue, const E &expectedValue, const char *actual, const char *expected,
              const char *file, int line)
{
    if (actualValue == expectedValue)
        return qCompare(true, true, actual, expected, file, line);
    return qCompare(warden::toString(actualValue), warden::toString(expectedValue), actual, expected, file, line);
}
} // namespace QTest
