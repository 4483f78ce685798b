// Findings of the credentials step. Arguments are listed above each entry.
#include "core/findings/findingtexts.h"


namespace SmtpDoctor {

const std::vector<FindingInfo>& authFindings()
{
    static const std::vector<FindingInfo> table {
        // %1 server
        { FindingId::AuthNotOffered, Severity::Error, Side::Server, Reason::SignInMethod,
            QT_TRANSLATE_NOOP("Finding", "The server does not offer sign-in here"),
            QT_TRANSLATE_NOOP("Finding", "\"%1\" does not offer sign-in (SMTP AUTH) on this connection. Without signing in, most servers only accept mail for their own users, or refuse it."),
            QT_TRANSLATE_NOOP("Finding", "Use your provider's sending port, usually 587 with STARTTLS or 465 with SSL/TLS, where sign-in is offered.") },
        // (none)
        { FindingId::AuthRequiresTls, Severity::Error, Side::You, Reason::TlsRequired,
            QT_TRANSLATE_NOOP("Finding", "The server wants encryption before the password"),
            QT_TRANSLATE_NOOP("Finding", "The server refused to sign in because the connection was not encrypted first."),
            QT_TRANSLATE_NOOP("Finding", "Set security to STARTTLS (port 587) or SSL/TLS (port 465) in your mail program.") },
        // (none)
        { FindingId::AuthInsecureRefused, Severity::Warning, Side::You, Reason::TlsRequired,
            QT_TRANSLATE_NOOP("Finding", "Your password was not sent: the connection is not safe"),
            QT_TRANSLATE_NOOP("Finding", "The connection is not encrypted, or the server's identity could not be confirmed, so your password could be read or caught by someone else. SMTP Doctor did not send it."),
            QT_TRANSLATE_NOOP("Finding", "Fix the secure connection problem first. Only if you are sure the network is safe (for example a test server) can you allow it with --allow-insecure or the option in the wizard.") },
        // %1 the mechanisms the server offers
        { FindingId::AuthMechanismUnsupported, Severity::Error, Side::Server, Reason::SignInMethod,
            QT_TRANSLATE_NOOP("Finding", "No common way to send the password"),
            QT_TRANSLATE_NOOP("Finding", "The server offers these sign-in methods: %1. None of them is one this tool (and most mail programs) can use with a password."),
            QT_TRANSLATE_NOOP("Finding", "Check your provider's help pages for the sign-in method to use. Your provider may require an app password or a sign-in through the browser.") },
        // %1 user name
        { FindingId::AuthRejected, Severity::Error, Side::You, Reason::AuthenticationFailed,
            QT_TRANSLATE_NOOP("Finding", "The server did not accept your user name or password"),
            QT_TRANSLATE_NOOP("Finding", "The server refused to sign in as \"%1\". Either the password is wrong, or the user name is not in the form the provider wants (often the full email address)."),
            QT_TRANSLATE_NOOP("Finding", "Type the password again carefully (watch Caps Lock). Try your full email address as the user name. If you recently changed your password, update it in your mail program too.") },
        // (none)
        { FindingId::AuthAppPasswordRequired, Severity::Error, Side::You, Reason::SignInMethod,
            QT_TRANSLATE_NOOP("Finding", "Your provider needs an app password"),
            QT_TRANSLATE_NOOP("Finding", "Your account uses 2-step verification (or extra security), so the normal password is not accepted by mail programs."),
            QT_TRANSLATE_NOOP("Finding", "Create an \"app password\" in your provider's account security settings and use it in your mail program instead of your normal password.") },
        // (none)
        { FindingId::AuthDisabledByProvider, Severity::Error, Side::You, Reason::SignInMethod,
            QT_TRANSLATE_NOOP("Finding", "Sending with a password is turned off for your account"),
            QT_TRANSLATE_NOOP("Finding", "The provider has switched off password sign-in for sending mail (SMTP AUTH) for this account or organisation. Your password may well be right."),
            QT_TRANSLATE_NOOP("Finding", "Test the sign-in through the browser instead: choose \"Sign in with the browser (OAuth 2.0)\" in SMTP Doctor, or run smtpdoctor check --oauth. If that works, set your mail program to it: in Thunderbird, Authentication method \"OAuth2\" for the outgoing server; other programs call it \"Modern authentication\" or sign in with a browser window. Otherwise ask your email administrator to turn on SMTP AUTH for your mailbox (in Microsoft 365: \"Authenticated SMTP\").") },
        // (none)
        { FindingId::AuthOAuthRequired, Severity::Error, Side::You, Reason::SignInMethod,
            QT_TRANSLATE_NOOP("Finding", "Your provider accepts only browser sign-in"),
            QT_TRANSLATE_NOOP("Finding", "The server only offers sign-in with a token from the provider's web page (OAuth 2.0). A password alone cannot sign in."),
            QT_TRANSLATE_NOOP("Finding", "Test the sign-in through the browser: choose \"Sign in with the browser (OAuth 2.0)\" in SMTP Doctor, or run smtpdoctor check --oauth. In your mail program choose the same: in Thunderbird, Authentication method \"OAuth2\" for the outgoing server; other programs call it \"Modern authentication\" or sign in with a browser window.") },
        // (none)
        { FindingId::AuthTemporaryFailure, Severity::Error, Side::Server, Reason::SystemError,
            QT_TRANSLATE_NOOP("Finding", "Sign-in failed for a temporary reason"),
            QT_TRANSLATE_NOOP("Finding", "The server could not check your password just now. The problem is on the server's side and usually goes away by itself."),
            QT_TRANSLATE_NOOP("Finding", "Wait a few minutes and try again. If it lasts more than an hour, contact your mail provider.") },
        // (none)
        { FindingId::AuthSkipped, Severity::Info, Side::You, Reason::NotChecked,
            QT_TRANSLATE_NOOP("Finding", "No user name given: sign-in was not tested"),
            QT_TRANSLATE_NOOP("Finding", "Without a user name and password this check cannot tell whether the server accepts your sign-in."),
            QT_TRANSLATE_NOOP("Finding", "Enter your user name (often your email address) and password to test sign-in too.") },
        // %1 the earlier step's title
        { FindingId::AuthNotRun, Severity::Info, Side::You, Reason::NotChecked,
            QT_TRANSLATE_NOOP("Finding", "Not checked: an earlier step failed"),
            QT_TRANSLATE_NOOP("Finding", "This check needs \"%1\" to work first."),
            QT_TRANSLATE_NOOP("Finding", "Fix the problem shown in \"%1\", then run the check again.") },
    };
    return table;
}

} // namespace SmtpDoctor
