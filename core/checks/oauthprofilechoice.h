#pragma once

#include "core/oauth/oauthprofile.h"
#include "core/settings/accountsettings.h"
#include "core/settings/presetoauth.h"

#include <optional>

namespace SmtpDoctor {

// Which provider and client registration a run signs in with, for the wizard and the command line alike:
// the preset's [oauth] section first (the organisation knows), else the built-in profile of the provider
// the address belongs to (the provider table), else that of a well-known SMTP server; else an empty
// custom profile, which is not configured (the credentials step then says why). Built-in profiles carry
// the client ids this copy was built with (empty by default).
OAuthProfile chooseOAuthProfile(const std::optional<PresetOAuth>& preset, const AccountSettings& settings);

// How the wizard proposes to sign in for this account: OAuth where the preset has an [oauth] section or
// the provider table says the provider's mail programs sign in through its page, and `profile` can
// actually be used by this copy; otherwise the password.
SignInMethod defaultSignInMethod(
    const std::optional<PresetOAuth>& preset, const AccountSettings& settings, const OAuthProfile& profile);

} // namespace SmtpDoctor
