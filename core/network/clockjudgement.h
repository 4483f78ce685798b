#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace SmtpDoctor {

// Whether this computer's clock is wrong, judged from what a server showed: its certificates' validity
// dates and, when its greeting carries one, the server's own date. A certificate problem the server
// caused (one expired leaf) is not a clock problem; dates that make sense only with a wrong clock are.
struct ClockJudgement
{
    enum class Verdict { Plausible, Behind, Ahead };
    Verdict verdict = Verdict::Plausible;
    QDateTime now;
    QDateTime validFrom; // of the certificate that gave it away (null when the greeting did)
    QDateTime validUntil;
    std::optional<QDateTime> serverTime;

    bool isSkewed() const { return verdict != Verdict::Plausible; }
};

ClockJudgement judgeClock(const QDateTime& now, const QList<QSslCertificate>& chain,
    const std::optional<QDateTime>& serverTime = std::nullopt);

// The date an SMTP greeting often carries ("220 mx ESMTP Exim 4.96 Mon, 22 Jan 2024 10:00:00 +0000",
// Sendmail's "...; Mon, 22 Jan 2024 ...", Microsoft's "... ready at Mon, 22 Jan 2024 ..."), if any.
std::optional<QDateTime> dateInGreeting(const QString& text);

} // namespace SmtpDoctor
