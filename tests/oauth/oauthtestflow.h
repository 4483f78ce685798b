#pragma once

#include "core/oauth/oauthsignin.h"
#include "core/smtp/smtpsession.h"

#include <QByteArray>

struct OAuthFixture;

namespace SmtpDoctor {
class Transcript;
}

// The steps the OAuth tests take again and again, each bounded.
namespace OAuthTestFlow {

enum class Browser { Open, Never };

// Runs one browser sign-in to its end; Chromium opens the address unless `browser` is Never.
// `onBrowserRequested` runs when the address is known (before Chromium starts). Chromium's output is
// appended to `browserOutput` if given.
SmtpDoctor::OAuthResult signIn(SmtpDoctor::OAuthSignIn& signIn, const OAuthFixture& fixture,
    const SmtpDoctor::OAuthRequest& request, Browser browser = Browser::Open,
    const std::function<void()>& onBrowserRequested = {}, QByteArray* browserOutput = nullptr);

// Runs one refresh to its end.
SmtpDoctor::OAuthResult refresh(
    SmtpDoctor::OAuthSignIn& signIn, const SmtpDoctor::OAuthRequest& request, const QString& refreshToken);

struct Submission
{
    bool opened = false;
    bool authenticated = false;
    bool sent = false;
    SmtpDoctor::SessionFailure failure; // of the step that failed
    SmtpDoctor::SaslMechanism mechanism = SmtpDoctor::SaslMechanism::None;
};

// Connects to the fixture's Dovecot (STARTTLS or TLS from the start), signs in with `credentials`, sends a
// short message if asked and the sign-in worked, and says QUIT.
Submission submit(const OAuthFixture& fixture, bool implicitTls, const SmtpDoctor::Credentials& credentials,
    SmtpDoctor::Transcript* transcript, bool sendMessage = false);

} // namespace OAuthTestFlow
