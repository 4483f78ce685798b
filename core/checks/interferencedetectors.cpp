#include "core/checks/interferencedetectors.h"

#include "core/i18n/textcut.h"
#include "core/network/clockjudgement.h"
#include "core/network/esmtpinspection.h"
#include "core/network/interceptionproducts.h"
#include "core/settings/portpolicy.h"

#include <QLocale>
#include <QNetworkProxyFactory>
#include <QSslConfiguration>

namespace SmtpDoctor::InterferenceDetectors {

namespace {

const char* const Ctx = "InterferenceStep";

QString dateText(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString shortened(QString text, int max = 100)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return shortenedText(text, max, u"…");
}

bool filteredOrRefused(const PortProbeResult& r)
{
    using K = SessionFailure::Kind;
    return r.failure.kind == K::Refused
        || (r.failure.state == SessionState::Connecting
            && (r.failure.kind == K::Timeout || r.failure.kind == K::NetworkError));
}

} // namespace

QList<QList<QSslCertificate>> chainsSeen(const InterferenceInputs& in)
{
    QList<QList<QSslCertificate>> chains;
    if (in.main && in.main->tls.encrypted && !in.main->tls.chain.isEmpty())
        chains << in.main->tls.chain;
    for (const PortProbeResult& r : in.probes)
        if (r.tls.encrypted && !r.tls.chain.isEmpty() && !chains.contains(r.tls.chain))
            chains << r.tls.chain;
    return chains;
}

std::optional<Finding> port25Block(const InterferenceInputs& in)
{
    const PortProbeResult* port25 = nullptr;
    QStringList working;
    for (const PortProbeResult& r : in.probes) {
        if (r.endpoint.port == PortPolicy::RelayPort && !port25)
            port25 = &r;
        if (PortPolicy::isSubmissionPort(r.endpoint.port) && r.ok
            && !working.contains(QString::number(r.endpoint.port)))
            working << QString::number(r.endpoint.port);
    }
    if (!port25 || port25->ok || !filteredOrRefused(*port25) || working.isEmpty())
        return std::nullopt;
    Finding f = Finding::make(FindingId::InterferencePort25Blocked);
    // It matters to the user only when port 25 is the port they use.
    if (in.settings.port != PortPolicy::RelayPort)
        f.withSeverity(Severity::Info);
    if (port25->failure.kind == SessionFailure::Kind::Refused)
        f.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("InterferenceStep",
                "Port 25 refused the connection, while the same server answered on its other sending ports "
                "(%1). A refusal can also mean that the server simply does not take mail on port 25; the "
                "advice is the same."),
            { working.join(QStringLiteral(", ")) } });
    else
        f.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("InterferenceStep",
                "Port 25 gave no answer at all (it is filtered), while the same server answered at once on "
                "its other sending ports (%1)."),
            { working.join(QStringLiteral(", ")) } });
    return f;
}

std::optional<Finding> esmtpInspection(const InterferenceInputs& in)
{
    QList<SmtpView> clear, encrypted;
    for (const PortProbeResult& r : in.probes) {
        if (!r.greeting.isValid())
            continue;
        const SmtpView view { r.endpoint.port, r.greeting, r.ehloReply, r.usedHelo, r.capabilities };
        (r.endpoint.security == Security::Tls ? encrypted : clear).append(view);
    }
    // The main session after STARTTLS: the same port's features as seen through encryption.
    if (in.main && in.main->tls.encrypted && !in.main->tls.implicit)
        encrypted.append({ in.main->endpoint.port, in.main->greeting, in.main->ehloReply, false, in.main->capabilities });
    const InspectionEvidence e = findEsmtpInspection(clear, encrypted);
    if (!e.found())
        return std::nullopt;
    Finding f = Finding::make(FindingId::InterferenceEsmtpInspection);
    using S = InspectionEvidence::Sign;
    bool userPortInspected = false;
    for (const InspectionEvidence::Seen& s : e.seen) {
        const QString port = QString::number(s.port);
        const QString seen = shortened(s.text);
        userPortInspected = userPortInspected
            || (in.main && in.main->endpoint.port == s.port && in.main->endpoint.security != Security::Tls);
        switch (s.sign) {
        case S::MaskedBanner:
            f.withDetail({ Ctx,
                QT_TRANSLATE_NOOP("InterferenceStep",
                    "In plain text (port %1) the server's greeting arrived hidden behind asterisks: \"%2\"."),
                { port, seen } });
            break;
        case S::MaskedKeywords:
            f.withDetail({ Ctx,
                QT_TRANSLATE_NOOP("InterferenceStep",
                    "In plain text (port %1) the server's list of features contained \"%2\" where a feature "
                    "such as STARTTLS belongs."),
                { port, seen } });
            break;
        case S::EhloRefusedInClear:
            f.withDetail({ Ctx,
                QT_TRANSLATE_NOOP("InterferenceStep",
                    "In plain text (port %1) the server's introduction command EHLO was refused (\"%2\"), "
                    "but over the encrypted connection it was accepted."),
                { port, seen } });
            break;
        case S::StartTlsStripped:
            f.withDetail({ Ctx,
                QT_TRANSLATE_NOOP("InterferenceStep",
                    "In plain text (port %1) the server offered neither encryption (STARTTLS) nor sign-in "
                    "(AUTH), but over the encrypted connection it offers sign-in."),
                { port } });
            break;
        }
    }
    if (!e.encryptedText.isEmpty())
        f.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("InterferenceStep",
                "Over the encrypted connection, which no device in between can read, the same server greets "
                "with \"%1\"."),
            { shortened(e.encryptedText) } });
    // Where the user's own connection is the inspected one, sending itself is affected.
    if (userPortInspected)
        f.withSeverity(Severity::Error);
    return f;
}

std::optional<Finding> tlsInterception(const InterferenceInputs& in)
{
    for (const QList<QSslCertificate>& chain : chainsSeen(in)) {
        const std::optional<InterceptionMatch> match = findInterception(chain);
        if (!match)
            continue;
        Finding f = Finding::make(FindingId::InterferenceTlsInterception,
            { QString::fromLatin1(match->product->name), match->product->settingText() });
        f.withDetail({ Ctx, QT_TRANSLATE_NOOP("InterferenceStep", "The certificate was signed by \"%1\"."),
            { makeControlCharactersVisible(match->authority) } }); // the server's text: shown, never obeyed
        if (match->product->where == InterceptionProduct::Where::Network)
            f.withDetail({ Ctx,
                QT_TRANSLATE_NOOP("InterferenceStep",
                    "%1 usually runs in your organisation's network, not on this computer: give this report "
                    "to your network administrator."),
                { QString::fromLatin1(match->product->name) } });
        return f;
    }
    return std::nullopt;
}

QList<Finding> proxies(const InterferenceInputs& in)
{
    QList<Finding> findings;
    const quint16 port = in.main ? in.main->endpoint.port
                                 : (in.settings.port ? in.settings.port : PortPolicy::SubmissionPort);
    const QNetworkProxyQuery query(in.settings.host, port, QStringLiteral("smtp"), QNetworkProxyQuery::TcpSocket);
    for (const QNetworkProxy& proxy : QNetworkProxyFactory::systemProxyForQuery(query)) {
        if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy)
            continue;
        const QString kind
            = proxy.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("SOCKS5") : QStringLiteral("HTTP");
        const QString where = proxy.hostName() + QLatin1Char(':') + QString::number(proxy.port());
        findings << Finding::make(FindingId::InterferenceProxy,
            { LocalizedText(Ctx, QT_TRANSLATE_NOOP("InterferenceStep", "the system's %1 proxy %2"), { kind, where }) })
                        .withDetail({ Ctx,
                            QT_TRANSLATE_NOOP("InterferenceStep",
                                "SMTP Doctor itself connects directly. Mail programs that follow the "
                                "system's proxy settings may try to send through it.") });
        break;
    }
    for (const PortProbeResult& r : in.probes) {
        const QString name = proxyInGreeting(r.greeting.text());
        if (name.isEmpty())
            continue;
        findings << Finding::make(FindingId::InterferenceProxy,
            { LocalizedText(Ctx,
                QT_TRANSLATE_NOOP("InterferenceStep", "%1, which greets in place of the mail server on port %2"),
                { name, QString::number(r.endpoint.port) }) })
                        .withDetail(
                            { Ctx, QT_TRANSLATE_NOOP("InterferenceStep", "Port %1 greeted with \"%2\"."),
                                { QString::number(r.endpoint.port), shortened(r.greeting.firstLine()) } });
        break;
    }
    return findings;
}

Finding transparentProxy(const InterferenceInputs& in, quint16 canaryPort)
{
    return Finding::make(FindingId::InterferenceProxy,
        { LocalizedText(Ctx,
            QT_TRANSLATE_NOOP("InterferenceStep",
                "a transparent proxy or firewall that accepts connections to every port of %1"),
            { in.settings.shownHost() }) })
        .withDetail({ Ctx,
            QT_TRANSLATE_NOOP("InterferenceStep",
                "Even port %1, which no mail server uses, accepted a connection: something in between "
                "answers in the server's place."),
            { QString::number(canaryPort) } });
}

std::optional<Finding> clockSkew(const InterferenceInputs& in, const QDateTime& now)
{
    std::optional<QDateTime> serverTime;
    for (const PortProbeResult& r : in.probes)
        if (!serverTime && r.greeting.isValid())
            serverTime = dateInGreeting(r.greeting.text());
    // Every chain seen, with how far it was trusted: the main connection's, then each probe's.
    QList<ChainSeen> chains;
    QList<const TlsInfo*> infos;
    if (in.main)
        infos << &in.main->tls;
    for (const PortProbeResult& r : in.probes)
        infos << &r.tls;
    // The authorities this computer trusts, dates aside: the company's, and the system's (read only
    // when a certificate needs looking up).
    std::optional<QList<QSslCertificate>> system;
    const auto isAnchor = [&](const QSslCertificate& cert) {
        if (in.settings.extraCaCertificates.contains(cert))
            return true;
        if (!system)
            system = QSslConfiguration::systemCaCertificates();
        return system->contains(cert);
    };
    for (const TlsInfo* tls : std::as_const(infos))
        if (!tls->chain.isEmpty())
            chains << ChainSeen::fromTls(*tls, isAnchor);
    const ClockJudgement j = judgeClock(now, chains, serverTime);
    if (!j.isSkewed())
        return std::nullopt;
    const LocalizedText::Arg validity = j.validFrom.isValid()
        ? LocalizedText::Arg(LocalizedText(Ctx, QT_TRANSLATE_NOOP("InterferenceStep", "from %1 to %2"),
            { dateText(j.validFrom), dateText(j.validUntil) }))
        : LocalizedText::Arg(QStringLiteral("?"));
    Finding f = Finding::make(FindingId::InterferenceClockSkew, { dateText(now), validity });
    f.withDetail(j.verdict == ClockJudgement::Verdict::Behind
            ? LocalizedText { Ctx,
                QT_TRANSLATE_NOOP("InterferenceStep",
                    "The clock seems to be behind: the certificate only becomes valid after this "
                    "computer's date.") }
            : LocalizedText { Ctx,
                QT_TRANSLATE_NOOP("InterferenceStep",
                    "The clock seems to be ahead: the server's certificates look expired, which happens "
                    "when a computer's date is in the future.") });
    if (j.serverTime)
        f.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("InterferenceStep", "The server's own clock, shown in its greeting, says %1."),
            { dateText(*j.serverTime) } });
    return f;
}

} // namespace SmtpDoctor::InterferenceDetectors
