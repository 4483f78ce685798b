#include "core/checks/portverdict.h"

namespace SmtpDoctor {

PortVerdict portVerdict(const PortProbeResult& r)
{
    using K = SessionFailure::Kind;
    if (r.ok)
        return PortVerdict::Smtp;
    // Stopped early because the check had its answer: a 220 greeting already says "mail server".
    if (r.cutOff && r.greeting.code == 220)
        return PortVerdict::Smtp;
    switch (r.failure.kind) {
    case K::Refused:
        return PortVerdict::Refused;
    case K::Timeout:
    case K::NetworkError:
    case K::HostNotFound:
        if (r.failure.state == SessionState::Connecting || r.failure.state == SessionState::Idle)
            return PortVerdict::Filtered;
        if (r.failure.state == SessionState::Greeting)
            return PortVerdict::Silent;
        return r.failure.state == SessionState::TlsHandshake ? PortVerdict::TlsFailed : PortVerdict::Error;
    case K::Reset:
    case K::ClosedByServer:
        return PortVerdict::Reset;
    case K::Silent:
        return PortVerdict::Silent;
    case K::NotSmtp:
        return PortVerdict::NotSmtp;
    case K::GreetingRejected:
        return PortVerdict::GreetingRejected;
    case K::TlsHandshakeFailed:
        return PortVerdict::TlsFailed;
    default:
        return PortVerdict::Error;
    }
}

QString portVerdictName(PortVerdict v)
{
    switch (v) {
    case PortVerdict::Smtp:
        return QStringLiteral("smtp");
    case PortVerdict::Refused:
        return QStringLiteral("refused");
    case PortVerdict::Filtered:
        return QStringLiteral("filtered");
    case PortVerdict::Reset:
        return QStringLiteral("reset");
    case PortVerdict::Silent:
        return QStringLiteral("silent");
    case PortVerdict::NotSmtp:
        return QStringLiteral("not-smtp");
    case PortVerdict::GreetingRejected:
        return QStringLiteral("greeting-rejected");
    case PortVerdict::TlsFailed:
        return QStringLiteral("tls-failed");
    case PortVerdict::Error:
        return QStringLiteral("error");
    }
    return {};
}

LocalizedText portVerdictLabel(const PortProbeResult& r)
{
    const char* const C = "PortVerdict";
    switch (portVerdict(r)) {
    case PortVerdict::Smtp:
        return { C, QT_TRANSLATE_NOOP("PortVerdict", "answers as a mail server") };
    case PortVerdict::Refused:
        return { C, QT_TRANSLATE_NOOP("PortVerdict", "refused") };
    case PortVerdict::Filtered:
        return { C, QT_TRANSLATE_NOOP("PortVerdict", "no answer (filtered)") };
    case PortVerdict::Reset:
        return { C, QT_TRANSLATE_NOOP("PortVerdict", "connection cut off") };
    case PortVerdict::Silent:
        return { C, QT_TRANSLATE_NOOP("PortVerdict", "connected, but no greeting") };
    case PortVerdict::NotSmtp:
        return r.failure.otherProtocol.isEmpty()
            ? LocalizedText { C, QT_TRANSLATE_NOOP("PortVerdict", "another protocol, not SMTP") }
            : LocalizedText { C, QT_TRANSLATE_NOOP("PortVerdict", "speaks %1, not SMTP"),
                  { r.failure.otherProtocol } };
    case PortVerdict::GreetingRejected:
        return { C, QT_TRANSLATE_NOOP("PortVerdict", "turns the connection away (%1)"),
            { QString::number(r.failure.reply.code) } };
    case PortVerdict::TlsFailed:
        return { C, QT_TRANSLATE_NOOP("PortVerdict", "SSL/TLS did not work") };
    case PortVerdict::Error:
        return { C, QT_TRANSLATE_NOOP("PortVerdict", "answers, but not properly") };
    }
    return {};
}

} // namespace SmtpDoctor
