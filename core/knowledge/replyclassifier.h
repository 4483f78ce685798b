#pragma once

#include "core/findings/findingid.h"
#include "core/findings/reason.h"
#include "core/smtp/sessiontypes.h"
#include "core/smtp/smtpreply.h"

#include <QString>

#include <optional>

namespace SmtpDoctor {

// Which finding a refusal means, from its code, enhanced code and the server's words. The checks and
// `explain` share these so the same reply always gets the same diagnosis.
namespace ReplyClassifier {

// A refusal of AUTH: AuthRejected, AuthAppPasswordRequired, AuthRequiresTls...
FindingId authFinding(const SmtpReply& reply);

// A refusal during MAIL FROM / RCPT TO / DATA / the message: SendRelayDenied...
FindingId sendFinding(SessionState stage, const SmtpReply& reply);

// Why the server refused, when its reply names a cause (a finding's replyReason); else nullopt.
std::optional<Reason> reason(SessionState stage, const SmtpReply& reply);

} // namespace ReplyClassifier

} // namespace SmtpDoctor
