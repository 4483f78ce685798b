#pragma once

#include <QString>

#include <cstdio>
#include <cstdlib>

// A property every input must keep; a violation is reported like a crash (libFuzzer saves the input).
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);         \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

// True if `text` could move a terminal's cursor, hide itself or reorder what is shown.
inline bool hasUnsafeCharacter(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            return true;
        const QChar::Category cat = c.category();
        if (cat == QChar::Other_Format || cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph)
            return true;
    }
    return false;
}
