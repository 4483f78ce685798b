#include "core/checks/failurefindings.h"

namespace SmtpDoctor {

namespace {
const char* const Ctx = "TlsStep";
} // namespace

bool looksLikeTlsModeMismatch(const QString& errorText)
{
    const QString e = errorText.toLower();
    return e.contains(QLatin1String("wrong version number"))
        || e.contains(QLatin1String("packet length too long"))
        || e.contains(QLatin1String("unknown protocol")) || e.contains(QLatin1String("http request"))
        || e.contains(QLatin1String("record layer failure"));
}

Finding handshakeFailureFinding(const SessionFailure& failure, const QString& host, quint16 port)
{
    if (failure.clientCertificateRequired)
        return Finding::make(FindingId::TlsClientCertificateRequired, { host, QString::number(port) })
            .withDetail(LocalizedText::verbatim(failure.detail));
    if (!failure.outdatedTlsVersion.isEmpty()) {
        // A second, diagnostic handshake found the old version the server insists on.
        return Finding::make(FindingId::TlsProtocolOutdated, { failure.outdatedTlsVersion })
            .withSeverity(Severity::Error)
            .withDetail({ Ctx,
                QT_TRANSLATE_NOOP("TlsStep",
                    "This computer already refuses %1, so no secure connection could be set up at all."),
                { failure.outdatedTlsVersion } });
    }
    // Only TLS from the start can meet a plain-text server; after STARTTLS's 220 the server agreed to TLS.
    if (failure.state != SessionState::StartTlsHandshake && looksLikeTlsModeMismatch(failure.detail)) {
        const bool wasImplicit = failure.state == SessionState::TlsHandshake;
        Finding f = Finding::make(FindingId::TlsModeMismatch,
            { QString::number(port), wasImplicit ? QStringLiteral("STARTTLS") : QStringLiteral("SSL/TLS") });
        return f.withDetail(LocalizedText::verbatim(failure.detail));
    }
    const QString detail = failure.detail.isEmpty() ? failureKindName(failure.kind) : failure.detail;
    return Finding::make(FindingId::TlsHandshakeFailed, { host, detail });
}

Finding serverAnswerFinding(const SessionFailure& failure, const QString& host, quint16 port)
{
    using K = SessionFailure::Kind;
    switch (failure.kind) {
    case K::GreetingRejected:
        return Finding::make(FindingId::ServerGreetingRejected, { host });
    case K::HeloRejected:
        return Finding::make(FindingId::ServerHeloRejected, { host });
    case K::NotSmtp:
        return Finding::make(
            FindingId::ServerNotSmtp, { host, QString::number(port), failure.otherProtocol });
    case K::Reset:
    case K::ClosedByServer:
        return Finding::make(FindingId::ServerReset, { host, QString::number(port) });
    default:
        return Finding::make(FindingId::ServerProtocolError, { host });
    }
}

Finding afterHandshakeFinding(
    const SessionFailure& failure, const QString& host, quint16 port, const QString& protocol)
{
    using K = SessionFailure::Kind;
    Finding f = serverAnswerFinding(failure, host, port);
    f.withReply(failure.reply);
    f.withDetail({ Ctx,
        QT_TRANSLATE_NOOP("TlsStep",
            "This happened after encryption had started (%1): the secure connection itself worked, and what "
            "went wrong is the server's answer over it."),
        { protocol.isEmpty() ? QStringLiteral("TLS") : protocol } });
    if (!failure.detail.isEmpty() && failure.kind != K::NotSmtp)
        f.withDetail(LocalizedText::verbatim(failure.detail));
    return f;
}

} // namespace SmtpDoctor
