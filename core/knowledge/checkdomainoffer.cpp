#include "core/knowledge/checkdomainoffer.h"

#include <QRegularExpression>

namespace SmtpDoctor {

namespace {

// Read no further than this: the fields that name the sender sit in the first part of any bounce.
constexpr qsizetype MaxScan = 256 * 1024;

// A domain name of two or more labels (Unicode letters allowed: check-domain takes IDN as typed).
#define DOMAIN_PATTERN                                                                                       \
    "((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+[\\p{L}][\\p{L}\\p{N}-]{0,62})"
#define LOCAL_PART "[^@\\s<>\"(),;:]{1,64}@"

QString usableDomain(const QString& raw)
{
    QString d = raw.toLower();
    while (d.endsWith(QLatin1Char('.')) || d.endsWith(QLatin1Char('-')))
        d.chop(1);
    if (d.size() > 253 || d.count(QLatin1Char('.')) < 1 || d.endsWith(QLatin1String(".invalid"))
        || d.endsWith(QLatin1String(".localhost")))
        return {};
    return d;
}

// The first capture of the first pattern that matches, tried in order.
QString firstMatch(const QString& text, const QList<const QRegularExpression*>& patterns)
{
    for (const QRegularExpression* re : patterns) {
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            const QString d = usableDomain(it.next().captured(1));
            if (!d.isEmpty())
                return d;
        }
    }
    return {};
}

QString lastMatch(const QString& text, const QRegularExpression& re)
{
    QString last;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        if (const QString d = usableDomain(it.next().captured(1)); !d.isEmpty())
            last = d;
    }
    return last;
}

} // namespace

LocalizedText CheckDomainOffer::text() const
{
    return { "CheckDomainOffer",
        QT_TRANSLATE_NOOP("CheckDomainOffer",
            "The refusal is about the sender's domain %1: receiving servers check its DNS records (SPF, "
            "DKIM, DMARC) before they accept mail from it. To see which of them is missing or wrong, run: "
            "%2"),
        { domain, command() } };
}

QString CheckDomainOffer::senderDomainIn(const QString& input)
{
    using O = QRegularExpression;
    const auto ci = O::CaseInsensitiveOption | O::UseUnicodePropertiesOption;
    const auto lines = ci | O::MultilineOption;
    // The refusal's own words name the domain that failed.
    static const O named[] = {
        O(QStringLiteral("Unauthenticated (?:e-?mail|message) from " DOMAIN_PATTERN), ci),
        O(QStringLiteral("sending domain \\[?" DOMAIN_PATTERN "\\]?,? (?:does|doesn't|did)"), ci),
        O(QStringLiteral("\\b(?:SPF|DKIM) \\[" DOMAIN_PATTERN "\\]"), ci),
        O(QStringLiteral("DMARC (?:reject |quarantine )?policy (?:of|for) " DOMAIN_PATTERN), ci),
        O(QStringLiteral("domain of (?:" LOCAL_PART ")?" DOMAIN_PATTERN " does not designate"), ci),
        O(QStringLiteral("[?;&]s=(?:mfrom|helo);id=(?:" LOCAL_PART ")?" DOMAIN_PATTERN), ci),
    };
    // The sender fields of the delivery report.
    static const O sender[] = {
        O(QStringLiteral("^(?:X-)?Original-Sender:[^\\n@]*?" LOCAL_PART DOMAIN_PATTERN), lines),
        O(QStringLiteral("^X-Postfix-Sender:\\s*rfc822;\\s*" LOCAL_PART DOMAIN_PATTERN), lines),
    };
    // The returned message's own headers come after the report's (a report's From: is the reporter,
    // a bounce's Return-Path: is empty): the last of these is the sender's.
    static const O returned[] = {
        O(QStringLiteral("^Return-Path:\\s*<?" LOCAL_PART DOMAIN_PATTERN), lines),
        O(QStringLiteral(
              "^From:[^\\n@]*?(?<![\\w.+-])(?!(?:mailer-daemon|postmaster)@)" LOCAL_PART DOMAIN_PATTERN),
            lines | ci),
    };
    static const O fromDaemon(QStringLiteral("^From:[^\\n]*\\b(?:mailer-daemon|postmaster)@"), lines | ci);
    static const O bounceTo(QStringLiteral("^To:[^\\n@]*?" LOCAL_PART DOMAIN_PATTERN), lines);

    const QString text = input.left(MaxScan);
    QList<const O*> order;
    for (const O& re : named)
        order << &re;
    for (const O& re : sender)
        order << &re;
    if (QString d = firstMatch(text, order); !d.isEmpty())
        return d;
    for (const O& re : returned) {
        if (QString d = lastMatch(text, re); !d.isEmpty())
            return d;
    }
    if (fromDaemon.match(text).hasMatch())
        return firstMatch(text, { &bounceTo });
    return {};
}

std::optional<CheckDomainOffer> CheckDomainOffer::find(
    const QString& input, const QList<ExplanationItem>& items)
{
    const bool aboutSender = std::any_of(items.cbegin(), items.cend(), [](const ExplanationItem& i) {
        return i.reason == Reason::SenderAuthentication || i.reason == Reason::PtrRequired;
    });
    if (!aboutSender)
        return std::nullopt;
    const QString domain = senderDomainIn(input);
    if (domain.isEmpty())
        return std::nullopt;
    return CheckDomainOffer { domain };
}

} // namespace SmtpDoctor
