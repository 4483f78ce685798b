#pragma once

#include <QStringList>

#include <initializer_list>

// A script or expectation list written as plain C strings: lines({ "S: 220 hi", "C: EHLO *" }).
inline QStringList lines(std::initializer_list<const char*> l)
{
    QStringList out;
    for (const char* s : l)
        out << QString::fromUtf8(s);
    return out;
}
