#include "core/network/clockjudgement.h"

#include <QRegularExpression>

namespace SmtpDoctor {

namespace {

// This program did not exist before this date, so a clock showing an earlier one is certainly wrong.
const QDate EarliestPlausibleDate(2025, 1, 1);
// Differences smaller than this are ordinary drift or a certificate installed minutes ago.
constexpr qint64 GraceSeconds = 60 * 60;
constexpr qint64 ServerTimeToleranceSeconds = 24 * 60 * 60;

} // namespace

ClockJudgement judgeClock(
    const QDateTime& now, const QList<QSslCertificate>& chain, const std::optional<QDateTime>& serverTime)
{
    ClockJudgement j;
    j.now = now;
    j.serverTime = serverTime;
    const auto blame = [&j](ClockJudgement::Verdict v, const QSslCertificate* cert) {
        j.verdict = v;
        if (cert) {
            j.validFrom = cert->effectiveDate();
            j.validUntil = cert->expiryDate();
        }
        return j;
    };
    if (now.date() < EarliestPlausibleDate)
        return blame(ClockJudgement::Verdict::Behind, chain.isEmpty() ? nullptr : &chain.first());
    if (serverTime && serverTime->isValid()) {
        const qint64 diff = serverTime->secsTo(now);
        if (diff > ServerTimeToleranceSeconds)
            return blame(ClockJudgement::Verdict::Ahead, chain.isEmpty() ? nullptr : &chain.first());
        if (-diff > ServerTimeToleranceSeconds)
            return blame(ClockJudgement::Verdict::Behind, chain.isEmpty() ? nullptr : &chain.first());
    }
    // Servers install certificates when they are issued, so one that only starts to be valid in this
    // computer's future means the computer lives in the past.
    for (const QSslCertificate& cert : chain) {
        if (cert.effectiveDate().isValid() && now.secsTo(cert.effectiveDate()) > GraceSeconds)
            return blame(ClockJudgement::Verdict::Behind, &cert);
    }
    // An expired leaf alone is the server's mistake; the leaf and an authority above it both expired
    // happens when the computer lives in the future.
    if (chain.size() >= 2) {
        const QSslCertificate& leaf = chain.first();
        const bool leafExpired = leaf.expiryDate().isValid() && leaf.expiryDate().secsTo(now) > GraceSeconds;
        for (int i = 1; leafExpired && i < chain.size(); ++i) {
            const QSslCertificate& ca = chain[i];
            if (ca.expiryDate().isValid() && ca.expiryDate().secsTo(now) > GraceSeconds)
                return blame(ClockJudgement::Verdict::Ahead, &leaf);
        }
    }
    return j;
}

std::optional<QDateTime> dateInGreeting(const QString& text)
{
    // RFC 5322 date-time, weekday optional: "22 Jan 2024 10:00:00 +0000" (zone as offset or GMT/UT).
    static const QRegularExpression re(
        QStringLiteral("(\\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\\d{4}) "
                       "(\\d{2}):(\\d{2})(?::(\\d{2}))? ?([+-]\\d{4}|GMT|UTC|UT)?"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    static const QStringList months { QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
        QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"),
        QStringLiteral("Aug"), QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"),
        QStringLiteral("Dec") };
    const QDate date(m.captured(3).toInt(), int(months.indexOf(m.captured(2))) + 1, m.captured(1).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString zone = m.captured(7);
    int offsetSeconds = 0;
    if (zone.startsWith(QLatin1Char('+')) || zone.startsWith(QLatin1Char('-'))) {
        const int hhmm = zone.mid(1).toInt();
        offsetSeconds
            = ((hhmm / 100) * 3600 + (hhmm % 100) * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    } else if (zone.isEmpty()) {
        return std::nullopt; // a local time of unknown zone proves nothing
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
}

} // namespace SmtpDoctor
