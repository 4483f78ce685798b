#pragma once

#include "core/checks/runinput.h"
#include "core/findings/finding.h"
#include "core/oauth/oauthresult.h"
#include "core/smtp/sessiontypes.h"

namespace SmtpDoctor {

// Which finding an OAuth sign-in that went wrong is, with the details that say which of the possible
// causes it was (in the provider's and the server's own words, explained):
//
//   NotConfigured, InsecureEndpoint, ListenFailed       auth.oauth-not-configured: cannot be tested here
//   Cancelled, BrowserTimeout, StateMismatch, NoCode    auth.oauth-cancelled: the browser sign-in was not
//                                                       finished (an answer that is not this sign-in's is
//                                                       refused and counts as not finished)
//   Denied, TokenRefused                                auth.oauth-denied: the provider said no with an
//                                                       RFC 6749 error (at the browser or the token endpoint;
//                                                       invalid_grant on a refresh: sign in again)
//   TlsError, NetworkError, TokenTimeout, BadTokenResponse
//                                                       auth.oauth-provider-unreachable: no usable answer
//                                                       from the provider's token endpoint
//   the mail server refused the token                   auth.oauth-rejected
namespace OAuthFindings {

Finding forSignInFailure(const OAuthResult& result, const RunInput& input);
// `failure` is the session's AuthRejected after a bearer token; `user` the name the token was sent for.
Finding forRefusedToken(const SessionFailure& failure, const RunInput& input, const QString& user);

} // namespace OAuthFindings

} // namespace SmtpDoctor
