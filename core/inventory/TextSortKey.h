#pragma once

#include <QStringView>
#include <QtGlobal>

namespace warden {

// The order of the register's free-text columns (name, id, owner, location): texts compared by their simple Unicode
// case folding, code point by code point, so "alpha" < "Beta" < "gamma" and "Émile" sorts with "émile". Empty text
// sorts first. Not locale-aware on purpose: the order is the same on every console and in every export.
//
// Sorting a million names with string compares chases a pointer per comparison; instead a text's sort key is cut
// into 16-byte Prefixes packed into two integers, so a sort compares integers: rows whose first prefixes tie are
// sorted again by their next prefix, and so on. The key is the folded text as UTF-8 (byte order = code point order)
// with every code point shifted up by one, so no key byte is zero and the zero padding of a shorter text sorts first.
class TextSortKey {
public:
    struct Prefix {
        quint64 high = 0;
        quint64 low = 0;
        bool truncated = false; // the key goes on: ties need the next prefix
    };

    // The next 16 key bytes of text from resume (0: from the start), which is advanced past them.
    static Prefix prefix(QStringView text, quint32 &resume);
    static Prefix prefix(QStringView text)
    {
        quint32 resume = 0;
        return prefix(text, resume);
    }
    // Negative, zero or positive as a sorts before, with or after b in the order above.
    static int compare(QStringView a, QStringView b);
    // The folded code point at position (advanced past it; surrogate pairs are one code point).
    static char32_t foldedCodePoint(QStringView text, qsizetype &position);
};

} // namespace warden
