#pragma once

#include "core/smtp/smtpreply.h"

#include <QStringList>

namespace SmtpDoctor {

// What an EHLO reply advertises (RFC 5321 4.1.1.1): the first line is the server's name, every other
// line one keyword with optional parameters.
class Capabilities
{
public:
    Capabilities() = default;
    static Capabilities fromEhloReply(const SmtpReply& reply);

    bool isEmpty() const { return m_keywords.isEmpty(); }
    bool has(const QString& keyword) const;
    QStringList parameters(const QString& keyword) const;
    QStringList keywords() const { return m_keywords; }

    bool startTls() const { return has(QStringLiteral("STARTTLS")); }
    // Upper-cased mechanisms from "AUTH ..." and the old "AUTH=..." form.
    QStringList authMechanisms() const;
    // SIZE limit in bytes; 0 when not advertised or unlimited.
    qint64 sizeLimit() const;

private:
    QStringList m_keywords;         // upper case
    QList<QStringList> m_parameters; // same index as m_keywords
};

} // namespace SmtpDoctor
