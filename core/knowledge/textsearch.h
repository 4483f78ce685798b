#pragma once

#include <QStringView>

// Searches that run once per line of a pasted report (a megabyte has tens of thousands of lines):
// plain loops over the characters, ASCII letters compared without case, everything else exactly.
// Qt's case-insensitive search folds every character through the Unicode tables and costs far more
// on short lines.
namespace SmtpDoctor::TextSearch {

constexpr char16_t lowerAscii(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
}

// `needle` is lowercase; ASCII letters of `haystack` match either case.
inline bool startsWithNoCase(QStringView haystack, QStringView needle)
{
    if (haystack.size() < needle.size())
        return false;
    for (qsizetype k = 0; k < needle.size(); ++k)
        if (lowerAscii(haystack[k].unicode()) != needle[k].unicode())
            return false;
    return true;
}

inline bool equalsNoCase(QStringView text, QStringView needle)
{
    return text.size() == needle.size() && startsWithNoCase(text, needle);
}

inline qsizetype indexOfNoCase(QStringView haystack, QStringView needle)
{
    if (needle.isEmpty())
        return 0;
    const char16_t first = needle[0].unicode();
    for (qsizetype i = 0; i + needle.size() <= haystack.size(); ++i)
        if (lowerAscii(haystack[i].unicode()) == first && startsWithNoCase(haystack.mid(i), needle))
            return i;
    return -1;
}

inline bool containsNoCase(QStringView haystack, QStringView needle)
{
    return indexOfNoCase(haystack, needle) >= 0;
}

} // namespace SmtpDoctor::TextSearch
