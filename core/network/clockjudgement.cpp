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

ChainSeen ChainSeen::fromTls(const TlsInfo& tls, const std::function<bool(const QSslCertificate&)>& isAnchor)
{
    ChainSeen seen { tls.chain, tls.verified, false };
    if (tls.verified || tls.errors.isEmpty())
        return seen;
    seen.datesVouchedFor = true;
    for (const QSslError& e : tls.errors) {
        switch (e.error()) {
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
        case QSslError::HostNameMismatch:
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::CertificateUntrusted:
            seen.datesVouchedFor
                = seen.datesVouchedFor && !e.certificate().isNull() && isAnchor(e.certificate());
            break;
        default:
            seen.datesVouchedFor = false;
            break;
        }
    }
    return seen;
}

namespace {

struct DateEvidence
{
    ClockJudgement::Verdict verdict = ClockJudgement::Verdict::Plausible;
    const QSslCertificate* certificate = nullptr;
};

// What a chain's validity windows say about the clock, taken at face value.
DateEvidence datesOf(const QDateTime& now, const QList<QSslCertificate>& chain)
{
    // Servers install certificates when they are issued, so one that only starts to be valid in this
    // computer's future means the computer lives in the past.
    for (const QSslCertificate& cert : chain) {
        if (cert.effectiveDate().isValid() && now.secsTo(cert.effectiveDate()) > GraceSeconds)
            return { ClockJudgement::Verdict::Behind, &cert };
    }
    // An expired leaf alone is the server's mistake; the leaf and an authority above it both expired
    // happens when the computer lives in the future.
    if (chain.size() >= 2) {
        const QSslCertificate& leaf = chain.first();
        const bool leafExpired = leaf.expiryDate().isValid() && leaf.expiryDate().secsTo(now) > GraceSeconds;
        for (int i = 1; leafExpired && i < chain.size(); ++i) {
            const QSslCertificate& ca = chain[i];
            if (ca.expiryDate().isValid() && ca.expiryDate().secsTo(now) > GraceSeconds)
                return { ClockJudgement::Verdict::Ahead, &leaf };
        }
    }
    return {};
}

ClockJudgement::Verdict verdictOfServerTime(const QDateTime& now, const std::optional<QDateTime>& serverTime)
{
    if (!serverTime || !serverTime->isValid())
        return ClockJudgement::Verdict::Plausible;
    const qint64 diff = serverTime->secsTo(now);
    if (diff > ServerTimeToleranceSeconds)
        return ClockJudgement::Verdict::Ahead;
    if (-diff > ServerTimeToleranceSeconds)
        return ClockJudgement::Verdict::Behind;
    return ClockJudgement::Verdict::Plausible;
}

} // namespace

ClockJudgement judgeClock(
    const QDateTime& now, const QList<ChainSeen>& chains, const std::optional<QDateTime>& serverTime)
{
    ClockJudgement j;
    j.now = now;
    if (chains.isEmpty())
        return j;
    for (const ChainSeen& c : chains)
        if (c.verified)
            return j; // a certificate just verified against this very clock
    const ClockJudgement::Verdict greeting = verdictOfServerTime(now, serverTime);
    const auto blame = [&](ClockJudgement::Verdict v, const QSslCertificate* cert) {
        j.verdict = v;
        if (cert) {
            j.validFrom = cert->effectiveDate();
            j.validUntil = cert->expiryDate();
        }
        if (greeting == v)
            j.serverTime = serverTime;
        return j;
    };
    if (now.date() < EarliestPlausibleDate)
        return blame(ClockJudgement::Verdict::Behind,
            chains.first().chain.isEmpty() ? nullptr : &chains.first().chain.first());
    for (const ChainSeen& c : chains) {
        const DateEvidence e = datesOf(now, c.chain);
        if (e.verdict == ClockJudgement::Verdict::Plausible)
            continue;
        if (c.datesVouchedFor || e.verdict == greeting)
            return blame(e.verdict, e.certificate);
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
