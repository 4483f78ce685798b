#pragma once

#include "core/oauth/oauthprofile.h"
#include "core/oauth/oauthresult.h"
#include "core/settings/accountsettings.h"

#include <QString>

namespace SmtpDoctor {

// What one run is asked to check: made once by the wizard or the command line, read by every step,
// changed by none. The password and the refresh token are never rendered anywhere; the runner wipes
// them when it is done.
struct RunInput
{
    AccountSettings settings;
    QString password;
    // settings.signIn == OAuth: where and with which registration to sign in (oauthprofilechoice.h), a
    // saved sign-in (refresh token) to use instead of the browser, and how long the browser may take.
    OAuthProfile oauthProfile;
    QString refreshToken;
    int browserTimeoutMs = OAuthRequest::DefaultBrowserTimeoutMs;
};

} // namespace SmtpDoctor
