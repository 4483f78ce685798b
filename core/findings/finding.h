#pragma once

#include "core/findings/findingid.h"
#include "core/findings/reason.h"
#include "core/findings/severity.h"
#include "core/i18n/localizedtext.h"
#include "core/smtp/smtpreply.h"

#include <QList>

#include <optional>

namespace SmtpDoctor {

// One thing a check found. Its words come from the finding catalog by id, filled with `args`;
// `details` add sentences specific to this case.
struct Finding
{
    FindingId id = FindingId::ServerProtocolError;
    Severity severity = Severity::Info;
    Side side = Side::You;
    QList<LocalizedText::Arg> args;
    std::optional<SmtpReply> reply;
    QList<LocalizedText> details;
    // Set when the server's reply names a cause more precisely than the finding's own reason (a
    // send.rejected-as-spam whose reply says SPF failed: sender-authentication).
    std::optional<Reason> replyReason;
    // The catalog's explanation and fix, replaced for this case (advice that depends on what could be
    // verified, such as a certificate's names that are worth nothing when the certificate is not trusted).
    std::optional<LocalizedText> explanationText;
    std::optional<LocalizedText> fixText;

    // A finding with the catalog's default severity and side for `id`.
    static Finding make(FindingId id, QList<LocalizedText::Arg> args = {});
    Finding& withReply(const SmtpReply& r)
    {
        if (r.isValid())
            reply = r;
        return *this;
    }
    Finding& withDetail(const LocalizedText& t)
    {
        details.append(t);
        return *this;
    }
    Finding& withSeverity(Severity s)
    {
        severity = s;
        return *this;
    }
    Finding& withExplanation(const LocalizedText& t)
    {
        explanationText = t;
        return *this;
    }
    Finding& withFix(const LocalizedText& t)
    {
        fixText = t;
        return *this;
    }

    QString idName() const { return findingIdName(id); } // the contract's name, for reports
    Reason reason() const; // replyReason, else the catalog's reason for `id`
    LocalizedText title() const;
    LocalizedText explanation() const;
    LocalizedText fix() const;
};

} // namespace SmtpDoctor
