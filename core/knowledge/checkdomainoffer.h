#pragma once

#include "core/i18n/localizedtext.h"
#include "core/knowledge/explainer.h"

#include <QList>
#include <QString>

#include <optional>

namespace SmtpDoctor {

// When a bounce or reply says that the sender's domain failed the receiver's authentication checks
// (SPF, DKIM, DMARC, reverse DNS: 5.7.26, 5.7.27, 5.7.515, 4.7.27, 5.7.25...), the sender domain's
// records are what to look at next: explain offers `smtpdoctor check-domain DOMAIN` for the domain the
// text names. The domain comes from the refusal itself ("Unauthenticated email from example.com",
// "sending domain [EXAMPLE.COM]", "SPF [example.com]"), else from the sender fields of the bounce or
// of the returned message (Original-Sender, X-Postfix-Sender; then the last Return-Path or From: that
// is not the mailer daemon's), else from the bounce's To: (a bounce goes back to the sender).
struct CheckDomainOffer
{
    QString domain; // lower case; only letters, digits, hyphens and dots: safe to show as a command

    QString command() const { return QStringLiteral("smtpdoctor check-domain ") + domain; }
    // One sentence that names the domain and the command, in the installed language.
    LocalizedText text() const;

    // Nothing when no item is about sender authentication or no sender domain can be read.
    static std::optional<CheckDomainOffer> find(const QString& input, const QList<ExplanationItem>& items);
    // The sender domain named in `input`, by the order above (empty when none).
    static QString senderDomainIn(const QString& input);
};

} // namespace SmtpDoctor
