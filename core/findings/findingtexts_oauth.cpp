// Findings of the credentials step when it signs in with OAuth 2.0 (the provider's page in the browser,
// then a token for the mail server). Arguments are listed above each entry; the details the step adds
// say which of the possible causes it was, in the provider's and the server's own words.
#include "core/findings/findingtexts.h"

namespace SmtpDoctor {

const std::vector<FindingInfo>& oauthFindings()
{
    static const std::vector<FindingInfo> table {
        // %1 the provider ("Microsoft", "Google" or the sign-in server's name)
        { FindingId::AuthOAuthNotConfigured, Severity::Warning, Side::You, Reason::Configuration,
            QT_TRANSLATE_NOOP("Finding", "Sign-in through the browser cannot be tested here"),
            QT_TRANSLATE_NOOP("Finding", "SMTP Doctor cannot test the sign-in through %1's web page (OAuth 2.0) on this computer; the reason is below. This says nothing about whether your account or your mail program works."),
            QT_TRANSLATE_NOOP("Finding", "Where the provider allows it, create an app password and check again with it as the password. Or set your mail program to sign in through the browser (in Thunderbird: Authentication method \"OAuth2\" for the outgoing server); the mail program uses its own registration with the provider. IT departments can give SMTP Doctor a client ID in the [oauth] section of a preset.") },
        // %1 the provider
        { FindingId::AuthOAuthCancelled, Severity::Error, Side::You, Reason::AuthenticationFailed,
            QT_TRANSLATE_NOOP("Finding", "The sign-in in the browser was not finished"),
            QT_TRANSLATE_NOOP("Finding", "SMTP Doctor opened %1's sign-in page and waited for the browser to come back, but the sign-in was not finished. So it could not test whether the mail server accepts the sign-in."),
            QT_TRANSLATE_NOOP("Finding", "Check again and finish the sign-in on the page that opens: sign in with the account you send from and allow access. If no page opens, copy the address SMTP Doctor shows into your browser.") },
        // %1 the provider, %2 its error code ("access_denied")
        { FindingId::AuthOAuthDenied, Severity::Error, Side::You, Reason::AuthenticationFailed,
            QT_TRANSLATE_NOOP("Finding", "%1 refused the sign-in"),
            QT_TRANSLATE_NOOP("Finding", "%1 did not give SMTP Doctor permission to send mail for this account. It answered \"%2\"; what that means is below."),
            QT_TRANSLATE_NOOP("Finding", "Sign in again with the account you send from, and allow access when asked. If your organisation must approve the program or wants extra verification, ask your administrator and show them this report.") },
        // %1 the provider, %2 the sign-in server's name
        { FindingId::AuthOAuthProviderUnreachable, Severity::Error, Side::Network, Reason::NetworkError,
            QT_TRANSLATE_NOOP("Finding", "The provider's sign-in server could not be reached"),
            QT_TRANSLATE_NOOP("Finding", "SMTP Doctor could not get a sign-in token from %1's server \"%2\". Without the token the mail server cannot be asked."),
            QT_TRANSLATE_NOOP("Finding", "Check the internet connection, and whether a firewall, a proxy or security software blocks SMTP Doctor. If your organisation inspects encrypted connections, give SMTP Doctor the company certificate (--ca-file, or \"Company certificate\" under More settings).") },
        // %1 the server, %2 the user name
        { FindingId::AuthOAuthRejected, Severity::Error, Side::Server, Reason::SignInMethod,
            QT_TRANSLATE_NOOP("Finding", "The mail server did not accept the sign-in token"),
            QT_TRANSLATE_NOOP("Finding", "The sign-in on the provider's page worked, but the mail server \"%1\" refused the token for \"%2\". A mail program that signs in through the browser fails the same way."),
            QT_TRANSLATE_NOOP("Finding", "Make sure the user name is the account you signed in with in the browser. With Microsoft 365, the administrator must turn on \"Authenticated SMTP\" for the mailbox. If it still fails, send this report to your mail provider or administrator.") },
    };
    return table;
}

} // namespace SmtpDoctor
