#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace SmtpDoctor::TagList {

// A "tag=value; tag=value" list as DKIM (RFC 6376 3.2) and DMARC (RFC 7489 6.4) write them: names
// lower-cased, values with folding white space removed at both ends. Nothing on a malformed list
// (a part without "=", a bad tag name, a name used twice).
using Tags = QList<std::pair<QString, QString>>;
std::optional<Tags> parse(const QString& text);
// The value of `name`, or nothing when the list has no such tag.
std::optional<QString> value(const Tags& tags, const QString& name);

} // namespace SmtpDoctor::TagList
