#pragma once

#include "core/autodetect/detectedserver.h"

#include <QByteArray>

namespace SmtpDoctor {

// Reads the outgoing servers of a Thunderbird-format autoconfig file (clientConfig version 1.1):
// <outgoingServer type="smtp"> with hostname, port, socketType (SSL, STARTTLS, plain) and username
// (%EMAILADDRESS%, %EMAILLOCALPART% or a fixed name). Anything else in the file is ignored. Input is
// untrusted: its size is bounded, DTDs are refused, and every host and port is validated.
class AutoconfigParser
{
public:
    static constexpr qsizetype MaxBytes = 256 * 1024;
    static constexpr int MaxServers = 16;

    // `email` fills %EMAILDOMAIN% in host names. On a malformed file returns nothing and sets *error
    // (technical, English: it goes into the transcript).
    static QList<DetectedServer> parse(const QByteArray& xml, const QString& email, QString* error);
};

} // namespace SmtpDoctor
