#pragma once

#include <QByteArrayView>

#include <string_view>

namespace warden::HttpSyntax {

// Character classes of RFC 9110 shared by the request parser and the response writer.

inline bool isTokenChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z'))
        return true;
    return u != 0 && std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

// token = 1*tchar (method names, header names).
inline bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// field-value characters: VCHAR, obs-text, SP, HTAB. No CR, LF, NUL or other controls.
inline bool isValidFieldValue(QByteArrayView value)
{
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '\t')
            continue;
        if (u < 0x20 || u == 0x7f)
            return false;
    }
    return true;
}

} // namespace warden::HttpSyntax
