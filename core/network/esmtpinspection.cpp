#include "core/network/esmtpinspection.h"

#include "core/network/interceptionproducts.h"

namespace SmtpDoctor {

bool isMaskedText(const QString& text)
{
    int stars = 0;
    int run = 0;
    int longestRun = 0;
    int visible = 0;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        ++visible;
        if (c == QLatin1Char('*')) {
            ++stars;
            longestRun = std::max(longestRun, ++run);
        } else {
            run = 0;
        }
    }
    return longestRun >= 4 && stars * 2 >= visible;
}

bool isMaskedKeyword(const QString& keyword)
{
    // Cisco's inspection keeps the length and sometimes the last letter: STARTTLS -> XXXXXXXA.
    int xs = 0;
    for (const QChar c : keyword) {
        if (c == QLatin1Char('X') || c == QLatin1Char('x'))
            ++xs;
        else
            break;
    }
    return xs >= 4 && keyword.size() - xs <= 1;
}

bool InspectionEvidence::has(Sign sign) const
{
    for (const Seen& s : seen)
        if (s.sign == sign)
            return true;
    return false;
}

InspectionEvidence findEsmtpInspection(const QList<SmtpView>& clear, const QList<SmtpView>& encrypted)
{
    InspectionEvidence e;
    const SmtpView* tls = nullptr;
    for (const SmtpView& v : encrypted)
        if (v.greeting.isValid() && !tls)
            tls = &v;
    if (tls)
        e.encryptedText = tls->greeting.firstLine();
    const auto note = [&e](InspectionEvidence::Sign sign, const SmtpView& v, const QString& text) {
        if (!e.has(sign))
            e.seen.append({ sign, v.port, text });
    };
    for (const SmtpView& v : clear) {
        if (!v.greeting.isValid())
            continue;
        if (isMaskedText(v.greeting.text()))
            note(InspectionEvidence::Sign::MaskedBanner, v,
                QString::number(v.greeting.code) + QLatin1Char(' ') + v.greeting.firstLine());
        QStringList masked;
        for (const QString& keyword : v.capabilities.keywords())
            if (isMaskedKeyword(keyword))
                masked << keyword;
        if (!masked.isEmpty())
            note(InspectionEvidence::Sign::MaskedKeywords, v, masked.join(QStringLiteral(", ")));
        const bool tlsAcceptedEhlo = tls && !tls->usedHelo && !tls->capabilities.isEmpty();
        if (v.usedHelo && tlsAcceptedEhlo)
            note(InspectionEvidence::Sign::EhloRefusedInClear, v, v.ehloReply.summary());
        // Servers may hide AUTH until STARTTLS, but a submission port offering neither while the same
        // server offers AUTH over TLS has had its STARTTLS removed on the way. Not port 25: many
        // providers run it as a receiving-only server with neither, which is no sign of anything.
        if (v.port != 25 && !v.usedHelo && !v.capabilities.isEmpty() && !v.capabilities.startTls()
            && v.capabilities.authMechanisms().isEmpty() && tls
            && !tls->capabilities.authMechanisms().isEmpty())
            note(InspectionEvidence::Sign::StartTlsStripped, v, v.ehloReply.text());
    }
    return e;
}

QString proxyInGreeting(const QString& greetingText)
{
    static const QList<QPair<const char*, const char*>> signatures {
        { "wingate", "WinGate" },
        { "ccproxy", "CCProxy" },
        { "squid", "Squid" },
        { "proxysg", "Blue Coat ProxySG" },
        { "zscaler", "Zscaler" },
        // A proxy that does not name itself, in words a server's own name would not contain.
        { "smtp proxy", "" },
        { "proxy server", "" },
        { "transparent proxy", "" },
        { "proxy ready", "" },
    };
    for (const auto& s : signatures)
        if (containsWords(greetingText, QLatin1String(s.first)))
            return QString::fromLatin1(*s.second ? s.second : s.first);
    return {};
}

} // namespace SmtpDoctor
