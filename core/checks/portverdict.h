#pragma once

#include "core/checks/portprobe.h"

namespace SmtpDoctor {

// How one probed port answered, as the port table of the report and the wizard shows it.
enum class PortVerdict {
    Smtp, // greeting and EHLO: a mail server
    Refused, // nothing listens (or a firewall refuses)
    Filtered, // no answer to the connection attempt
    Reset, // cut off before or during the greeting
    Silent, // connected, but no greeting
    NotSmtp, // another protocol answered (see PortProbeResult::failure.otherProtocol)
    GreetingRejected, // 421/554 at once
    TlsFailed, // TLS from the start did not work
    Error, // anything else (EHLO and HELO refused, garbled replies...)
};

PortVerdict portVerdict(const PortProbeResult& result);
QString portVerdictName(
    PortVerdict verdict); // "smtp", "refused", "filtered", "reset", "silent", "not-smtp"...
// "answers as a mail server", "no answer (filtered)", "speaks POP3, not SMTP"...
LocalizedText portVerdictLabel(const PortProbeResult& result);

} // namespace SmtpDoctor
