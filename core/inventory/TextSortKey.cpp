#include "TextSortKey.h"

#include <QChar>

namespace warden {

char32_t TextSortKey::foldedCodePoint(QStringView text, qsizetype &position)
{
    char32_t unit = text[position++].unicode();
    if (unit < 0x80) // register texts are mostly ASCII: fold without the Unicode tables
        return unit >= u'A' && unit <= u'Z' ? unit + 0x20 : unit;
    if (QChar::isHighSurrogate(unit) && position < text.size() && text[position].isLowSurrogate())
        unit = QChar::surrogateToUcs4(char16_t(unit), text[position++].unicode());
    // A lone surrogate keeps its own value: it still has a place in code point order.
    return QChar::toCaseFolded(unit);
}

TextSortKey::Prefix TextSortKey::prefix(QStringView text, quint32 &resume)
{
    // resume = UTF-16 position << 2 | bytes of that position's character already given out by the previous prefix
    // (a prefix may end inside a character: a plain byte prefix keeps the order).
    Prefix prefix;
    int filled = 0;
    qsizetype position = qsizetype(resume >> 2);
    int skip = int(resume & 3);
    while (position < text.size() && filled < 16) {
        const qsizetype start = position;
        const char32_t value = foldedCodePoint(text, position) + 1; // + 1: no key byte is zero
        quint8 bytes[4];
        int length = 0;
        if (value < 0x80) {
            bytes[length++] = quint8(value);
        } else if (value < 0x800) {
            bytes[length++] = quint8(0xC0 | (value >> 6));
            bytes[length++] = quint8(0x80 | (value & 0x3F));
        } else if (value < 0x10000) {
            bytes[length++] = quint8(0xE0 | (value >> 12));
            bytes[length++] = quint8(0x80 | ((value >> 6) & 0x3F));
            bytes[length++] = quint8(0x80 | (value & 0x3F));
        } else {
            bytes[length++] = quint8(0xF0 | (value >> 18));
            bytes[length++] = quint8(0x80 | ((value >> 12) & 0x3F));
            bytes[length++] = quint8(0x80 | ((value >> 6) & 0x3F));
            bytes[length++] = quint8(0x80 | (value & 0x3F));
        }
        int used = skip;
        for (; used < length && filled < 16; ++used, ++filled) {
            if (filled < 8)
                prefix.high |= quint64(bytes[used]) << (8 * (7 - filled));
            else
                prefix.low |= quint64(bytes[used]) << (8 * (15 - filled));
        }
        skip = 0;
        if (used < length) { // cut inside this character: the next prefix starts with its remaining bytes
            position = start;
            skip = used;
            break;
        }
    }
    resume = (quint32(position) << 2) | quint32(skip);
    prefix.truncated = position < text.size();
    return prefix;
}

int TextSortKey::compare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const char32_t left = foldedCodePoint(a, i);
        const char32_t right = foldedCodePoint(b, j);
        if (left != right)
            return left < right ? -1 : 1;
    }
    if (i < a.size())
        return 1;
    return j < b.size() ? -1 : 0;
}

} // namespace warden
