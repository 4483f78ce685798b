#pragma once

#include "core/smtp/capabilities.h"
#include "core/smtp/smtpreply.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpDoctor {

// What one connection showed of the server: its greeting and its answer to EHLO.
struct SmtpView
{
    quint16 port = 0;
    SmtpReply greeting;
    SmtpReply ehloReply; // the refusal when EHLO was refused and HELO used
    bool usedHelo = false;
    Capabilities capabilities;
};

// Signs that a firewall's SMTP inspection ("mail guard", Cisco ESMTP inspection...) rewrites the plain-text
// conversation, found by comparing what arrived in clear with what the same server said over an encrypted
// connection, which a device in between cannot read or change.
struct InspectionEvidence
{
    enum class Sign {
        MaskedBanner, // "220 ****************"
        MaskedKeywords, // "250-XXXXXXXA" where STARTTLS was
        EhloRefusedInClear, // EHLO answered 500 in clear, accepted over TLS
        StartTlsStripped, // neither STARTTLS nor AUTH in clear (not on port 25), AUTH over TLS
    };
    struct Seen
    {
        Sign sign;
        quint16 port = 0; // the plain-text port where it was seen
        QString text; // what arrived in clear (the banner, the masked keywords, the refusal)
    };
    QList<Seen> seen; // one entry a sign, at the first port that showed it
    QString encryptedText; // what the same server said over TLS, when known

    bool found() const { return !seen.isEmpty(); }
    bool has(Sign sign) const;
};

// `clear`: views from plain-text connections; `encrypted`: views over TLS (may be empty).
InspectionEvidence findEsmtpInspection(const QList<SmtpView>& clear, const QList<SmtpView>& encrypted);

// "220 ******" or "****2*0**0*2": a line mostly of asterisks.
bool isMaskedText(const QString& text);
// "XXXXXXXA", "XXXX": an extension keyword overwritten with X.
bool isMaskedKeyword(const QString& keyword);

// Words a proxy puts in its own greeting ("220 WinGate Engine", "Squid", "proxy"...): the product or
// kind of proxy named, empty if none.
QString proxyInGreeting(const QString& greetingText);

} // namespace SmtpDoctor
