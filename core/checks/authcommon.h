#pragma once

#include "core/checks/checkstep.h"

#include <optional>

namespace SmtpDoctor {

struct SessionFailure;

// What both ways of signing in (AuthStep with a password, OAuthAuthStep with a token) say when they
// cannot start or when the connection, not the credentials, was the problem: the two agree word for word.
namespace AuthCommon {

// The step's result when signing in cannot start on this run (no user name, no usable connection);
// none when it can.
std::optional<StepResult> cannotStart(const StepContext& ctx);

// The step's result for a failure that is about the connection rather than the credentials: nothing
// was sent because it is not safe, the server offers no sign-in, a timeout, a broken conversation.
// None for AuthRejected and AuthMechanismUnsupported, which each way of signing in reads itself.
std::optional<StepResult> connectionFailure(const StepContext& ctx, const SessionFailure& failure);

// "Signing in did not work."
LocalizedText notSignedIn();

} // namespace AuthCommon

} // namespace SmtpDoctor
