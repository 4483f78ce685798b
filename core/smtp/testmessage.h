#pragma once

#include <QByteArray>
#include <QString>

namespace SmtpDoctor {

// A short, clearly labelled test message (RFC 5322, UTF-8 text in base64 so it passes any server).
QByteArray buildTestMessage(const QString& from, const QString& to, const QString& subject, const QString& body);

} // namespace SmtpDoctor
