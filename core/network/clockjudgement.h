#pragma once

#include "core/smtp/sessiontypes.h"

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <functional>
#include <optional>

namespace SmtpDoctor {

// A certificate chain a server showed, and how far it could be trusted.
struct ChainSeen
{
    QList<QSslCertificate> chain;
    // Verified against this computer's clock: the clock lies inside every validity window of the chain.
    bool verified = false;
    // Not verified, but only because of dates (or the name): an authority this computer trusts issued
    // it, so its dates are the authority's, not whatever the server chose.
    bool datesVouchedFor = false;

    // `isAnchor`: whether a certificate is one of the authorities this computer trusts (the system's, the
    // company's), whatever its dates. The TLS library drops an expired authority from the ones it
    // trusts, and then calls it "self-signed": that, too, is a matter of dates.
    static ChainSeen fromTls(const TlsInfo& tls, const std::function<bool(const QSslCertificate&)>& isAnchor);
};

// Whether this computer's clock is wrong, judged only from evidence that can be trusted, and never
// against a working verified connection:
//  - a chain that verified proves the clock right (within its windows): no verdict at all;
//  - the dates of a chain vouched for by a trusted authority: a certificate not valid yet (servers
//    install certificates when they are issued), or the leaf and an authority above it both expired
//    (one expired leaf alone is the server's mistake);
//  - this computer's date before this program existed;
//  - the dates of a chain nobody vouches for, or the date in a server's greeting, only where the two
//    agree: either alone is whatever the server (or whoever is in between) chose to say.
struct ClockJudgement
{
    enum class Verdict { Plausible, Behind, Ahead };
    Verdict verdict = Verdict::Plausible;
    QDateTime now;
    QDateTime validFrom; // of the certificate that gave it away (null when none did)
    QDateTime validUntil;
    std::optional<QDateTime> serverTime; // the greeting's date, when it agreed with the verdict

    bool isSkewed() const { return verdict != Verdict::Plausible; }
};

ClockJudgement judgeClock(const QDateTime& now, const QList<ChainSeen>& chains,
    const std::optional<QDateTime>& serverTime = std::nullopt);

// The date an SMTP greeting often carries ("220 mx ESMTP Exim 4.96 Mon, 22 Jan 2024 10:00:00 +0000",
// Sendmail's "...; Mon, 22 Jan 2024 ...", Microsoft's "... ready at Mon, 22 Jan 2024 ..."), if any.
std::optional<QDateTime> dateInGreeting(const QString& text);

} // namespace SmtpDoctor
