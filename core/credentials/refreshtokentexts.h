#pragma once

#include "core/credentials/credentialresult.h"

namespace SmtpDoctor {

// The messages of CredentialResult for a saved OAuth sign-in (a refresh token): %1 = user name,
// %2 = the provider's sign-in server, %3 = the keychain's error text or the timeout in seconds.
const char* refreshTokenText(
    CredentialResult::Operation operation, CredentialStatus status, bool fromSession);

} // namespace SmtpDoctor
