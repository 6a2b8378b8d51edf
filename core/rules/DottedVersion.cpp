#include "rules/DottedVersion.h"

namespace warden {

namespace {

bool isSeparator(QChar c)
{
    return c == u'.' || c == u'-' || c == u'_' || c == u'+';
}

QStringView stripPrefix(QStringView text)
{
    text = text.trimmed();
    if (!text.isEmpty() && (text.front() == u'v' || text.front() == u'V'))
        text = text.mid(1);
    return text;
}

// Splits off the next component of `text` (advancing it past the component and its separator).
QStringView nextComponent(QStringView &text)
{
    qsizetype end = 0;
    while (end < text.size() && !isSeparator(text[end]))
        ++end;
    const QStringView component = text.first(end);
    text = end < text.size() ? text.mid(end + 1) : QStringView();
    return component;
}

int compareComponent(QStringView a, QStringView b)
{
    qsizetype digitsA = 0;
    while (digitsA < a.size() && a[digitsA].isDigit())
        ++digitsA;
    qsizetype digitsB = 0;
    while (digitsB < b.size() && b[digitsB].isDigit())
        ++digitsB;

    // Compare the numeric prefixes without converting (no overflow on absurdly long numbers): skip leading zeros,
    // then the longer run of digits is larger, else compare digit by digit.
    QStringView numA = a.first(digitsA);
    QStringView numB = b.first(digitsB);
    while (!numA.isEmpty() && numA.front() == u'0')
        numA = numA.mid(1);
    while (!numB.isEmpty() && numB.front() == u'0')
        numB = numB.mid(1);
    if (numA.size() != numB.size())
        return numA.size() < numB.size() ? -1 : 1;
    for (qsizetype i = 0; i < numA.size(); ++i) {
        if (numA[i] != numB[i])
            return numA[i] < numB[i] ? -1 : 1;
    }
    const int rest = a.mid(digitsA).compare(b.mid(digitsB), Qt::CaseInsensitive);
    return rest < 0 ? -1 : (rest > 0 ? 1 : 0);
}

bool isZeroComponent(QStringView component)
{
    for (const QChar c : component) {
        if (c != u'0')
            return false;
    }
    return true;
}

} // namespace

int DottedVersion::compare(QStringView a, QStringView b)
{
    a = stripPrefix(a);
    b = stripPrefix(b);
    while (!a.isEmpty() || !b.isEmpty()) {
        const QStringView componentA = nextComponent(a);
        const QStringView componentB = nextComponent(b);
        // A missing component equals 0, so "2.4" == "2.4.0"; but "2.4" < "2.4.1" and "2.4" < "2.4.rc".
        if (componentA.isEmpty() && isZeroComponent(componentB))
            continue;
        if (componentB.isEmpty() && isZeroComponent(componentA))
            continue;
        const int result = compareComponent(componentA, componentB);
        if (result != 0)
            return result;
    }
    return 0;
}

bool DottedVersion::isValid(QStringView text)
{
    text = stripPrefix(text);
    return !text.isEmpty() && text.front().isDigit();
}

} // namespace warden
