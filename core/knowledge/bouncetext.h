#pragma once

#include <QString>
#include <QStringView>

namespace SmtpDoctor {

// What of a pasted or piped bounce is worth reading. The bounce's own header block is reduced to its
// Subject (Received-SPF, X-Antivirus and Date lines describe the report, not the failure); the quoted
// original message (after "This is a copy of the message", a message/rfc822 part, "Original message
// headers"...) is cut off, because its words and numbers are the user's own; and the delivery-status
// fields of RFC 3464 that change the meaning ("Action: delayed", "Action: failed") are noted.
struct BounceText
{
    enum class Action : quint8 { None, Failed, Delayed, Delivered };

    QString text; // headers reduced and the quoted original cut off
    QString uncut; // headers reduced only: read when nothing is recognised before the cut
    bool cut = false; // a quoted original was found and cut off
    bool looksLikeBounce = false; // a delivery report: a DSN part, a mailer-daemon sender or subject
    Action action = Action::None; // the first Action: field of a delivery-status part

    static BounceText prepare(QStringView input);
};

} // namespace SmtpDoctor
