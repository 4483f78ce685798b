#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

// Writes `content` to `name` inside `dir` and returns the file's path; empty if it cannot be written.
QString writeTestFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content);
