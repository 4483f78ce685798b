#include "core/checks/oauthfindings.h"

#include <QRegularExpression>

namespace SmtpDoctor::OAuthFindings {

namespace {

const char* const Ctx = "OAuthStep";

LocalizedText text(const char* source, QList<LocalizedText::Arg> args = {})
{
    return { Ctx, source, std::move(args) };
}

// What the provider's error code means (RFC 6749 4.1.2.1 and 5.2, OpenID Connect Core 3.1.2.6), and on
// whose side it is.
struct ErrorMeaning
{
    const char* code;
    Side side;
    const char* meaning;
};

const ErrorMeaning ErrorMeanings[] = {
    { "access_denied", Side::You,
        QT_TRANSLATE_NOOP("OAuthStep",
            "access_denied: the sign-in was refused on the provider's page. Someone pressed \"Cancel\" or "
            "\"Deny\", or the account may not use this program.") },
    { "consent_required", Side::Server,
        QT_TRANSLATE_NOOP("OAuthStep",
            "consent_required: someone must first agree that this program may send mail for the account. In "
            "an organisation this is often the administrator.") },
    { "interaction_required", Side::You,
        QT_TRANSLATE_NOOP("OAuthStep",
            "interaction_required: the provider wants more from you on its page first, for example extra "
            "verification with your phone.") },
    { "login_required", Side::You,
        QT_TRANSLATE_NOOP(
            "OAuthStep", "login_required: the provider wants you to sign in on its page again.") },
    { "account_selection_required", Side::You,
        QT_TRANSLATE_NOOP(
            "OAuthStep", "account_selection_required: choose the account on the provider's page.") },
    { "invalid_scope", Side::Server,
        QT_TRANSLATE_NOOP("OAuthStep",
            "invalid_scope: the provider does not give this program the permission to send mail that it "
            "asked for. The registration (or the preset's scope) may lack it.") },
    { "unauthorized_client", Side::Server,
        QT_TRANSLATE_NOOP("OAuthStep",
            "unauthorized_client: the provider does not allow this program's registration (client ID) to "
            "sign in this way. IT should check the [oauth] section of the preset.") },
    { "invalid_client", Side::Server,
        QT_TRANSLATE_NOOP("OAuthStep",
            "invalid_client: the provider does not accept this program's registration (client ID or client "
            "secret). IT should check the [oauth] section of the preset.") },
    { "invalid_request", Side::Server,
        QT_TRANSLATE_NOOP("OAuthStep",
            "invalid_request: the provider did not accept the sign-in request. The preset's [oauth] settings "
            "may not fit this provider.") },
    { "unsupported_response_type", Side::Server,
        QT_TRANSLATE_NOOP("OAuthStep",
            "unsupported_response_type: the provider does not offer the sign-in SMTP Doctor uses "
            "(authorization "
            "code). The preset's [oauth] settings may not fit this provider.") },
    { "server_error", Side::Server,
        QT_TRANSLATE_NOOP(
            "OAuthStep", "server_error: the provider had a problem of its own. Try again later.") },
    { "temporarily_unavailable", Side::Server,
        QT_TRANSLATE_NOOP("OAuthStep",
            "temporarily_unavailable: the provider is busy or under maintenance. Try again later.") },
};

// Microsoft Entra ID names the cause in error_description as "AADSTS<number>: ...".
struct MicrosoftCode
{
    const char* codes; // space-separated numbers
    Side side;
    const char* meaning;
};

const MicrosoftCode MicrosoftCodes[] = {
    { "50074 50076 50079", Side::You,
        QT_TRANSLATE_NOOP("OAuthStep",
            "Microsoft wants extra verification (multi-factor authentication) for this sign-in. Finish it on "
            "the sign-in page, or ask your administrator how to set it up.") },
    { "65001 65004", Side::You,
        QT_TRANSLATE_NOOP("OAuthStep",
            "The permission for this program to send mail was not given. Sign in again and accept, or ask "
            "your administrator.") },
    { "90094 90095", Side::Server,
        QT_TRANSLATE_NOOP(
            "OAuthStep", "Your organisation's administrator must approve this program first.") },
    { "53003", Side::Server,
        QT_TRANSLATE_NOOP("OAuthStep",
            "Your organisation's Conditional Access rules blocked this sign-in. Ask your administrator.") },
    { "50105", Side::Server,
        QT_TRANSLATE_NOOP(
            "OAuthStep", "The administrator has not given your account access to this program.") },
    { "700016", Side::Server,
        QT_TRANSLATE_NOOP("OAuthStep",
            "Microsoft does not know this program's registration (client ID) in your organisation. IT should "
            "check the [oauth] section of the preset.") },
};

const MicrosoftCode* microsoftCode(const QString& description)
{
    static const QRegularExpression aadsts(QStringLiteral("AADSTS(\\d+)"));
    const QRegularExpressionMatch m = aadsts.match(description);
    if (!m.hasMatch())
        return nullptr;
    for (const MicrosoftCode& c : MicrosoftCodes)
        if (QString::fromLatin1(c.codes).split(QLatin1Char(' ')).contains(m.captured(1)))
            return &c;
    return nullptr;
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0);
}

Finding denied(const OAuthResult& result, const OAuthProfile& profile)
{
    const OAuthFailure& f = result.failure;
    const QString code = f.error.isEmpty() ? QStringLiteral("?") : f.error;
    Finding finding = Finding::make(FindingId::AuthOAuthDenied, { profile.label(), code });
    if (f.error == QLatin1String("invalid_grant")) {
        finding.withDetail(result.refreshed
                ? text(QT_TRANSLATE_NOOP("OAuthStep",
                    "invalid_grant: the saved sign-in is no longer valid. It expired, was withdrawn, or the "
                    "password was changed since. Sign in again in the browser (on the command line: --oauth "
                    "without --keychain, with --remember to save the new sign-in)."))
                : text(QT_TRANSLATE_NOOP("OAuthStep",
                    "invalid_grant: the provider did not accept the sign-in code, for example because it "
                    "expired. Sign in again.")));
    } else {
        const ErrorMeaning* meaning = nullptr;
        for (const ErrorMeaning& m : ErrorMeanings)
            if (f.error == QLatin1String(m.code))
                meaning = &m;
        if (meaning) {
            finding.side = meaning->side;
            finding.withDetail(text(meaning->meaning));
        } else {
            finding.withDetail(text(QT_TRANSLATE_NOOP("OAuthStep",
                                        "SMTP Doctor does not know the provider's error \"%1\"; the "
                                        "provider's own words follow, if it "
                                        "gave any."),
                { code }));
        }
    }
    if (const MicrosoftCode* microsoft = microsoftCode(f.errorDescription)) {
        finding.side = microsoft->side;
        finding.withDetail(text(microsoft->meaning));
    }
    if (!f.errorDescription.isEmpty())
        finding.withDetail(
            text(QT_TRANSLATE_NOOP("OAuthStep", "The provider's own words: %1"), { f.errorDescription }));
    if (f.httpStatus)
        finding.withDetail(LocalizedText::verbatim(QStringLiteral("HTTP %1").arg(f.httpStatus)));
    return finding;
}

} // namespace

Finding forSignInFailure(const OAuthResult& result, const RunInput& input)
{
    using K = OAuthFailure::Kind;
    const OAuthFailure& f = result.failure;
    const OAuthProfile& profile = input.oauthProfile;
    const QString provider = profile.label().isEmpty() ? input.settings.shownHost() : profile.label();
    switch (f.kind) {
    case K::None:
    case K::NotConfigured: {
        Finding finding = Finding::make(FindingId::AuthOAuthNotConfigured, { provider });
        if (profile.authorizeUrl.isEmpty() || profile.tokenUrl.isEmpty())
            return finding.withDetail(text(
                QT_TRANSLATE_NOOP("OAuthStep",
                    "SMTP Doctor does not know the sign-in page of the provider of %1. An IT department can "
                    "describe it in the [oauth] section of a preset."),
                { input.settings.shownHost() }));
        return finding.withDetail(text(QT_TRANSLATE_NOOP("OAuthStep",
                                           "To sign in with %1, a program needs its own registration with %1 "
                                           "(a client ID). This copy of "
                                           "SMTP Doctor was built without one, and no preset gives one."),
            { provider }));
    }
    case K::InsecureEndpoint:
        return Finding::make(FindingId::AuthOAuthNotConfigured, { provider })
            .withDetail(profile.problem().isEmpty() ? LocalizedText::verbatim(f.detail) : profile.problem());
    case K::ListenFailed:
        return Finding::make(FindingId::AuthOAuthNotConfigured, { provider })
            .withDetail(text(QT_TRANSLATE_NOOP("OAuthStep",
                "SMTP Doctor could not open the address on this computer (127.0.0.1) that the browser comes "
                "back to after the sign-in. Security software may block it.")));
    case K::Cancelled:
        return Finding::make(FindingId::AuthOAuthCancelled, { provider })
            .withDetail(
                text(QT_TRANSLATE_NOOP("OAuthStep", "The sign-in was cancelled before it was finished.")));
    case K::BrowserTimeout:
        return Finding::make(FindingId::AuthOAuthCancelled, { provider })
            .withDetail(text(
                QT_TRANSLATE_NOOP("OAuthStep",
                    "The browser did not come back within %1 seconds: the page may have been closed, or the "
                    "sign-in took too long."),
                { seconds(input.browserTimeoutMs) }));
    case K::StateMismatch:
        return Finding::make(FindingId::AuthOAuthCancelled, { provider })
            .withDetail(text(QT_TRANSLATE_NOOP("OAuthStep",
                "An answer came back that does not belong to this sign-in (for example from an older browser "
                "tab, or from a page that is not the provider's). SMTP Doctor refused it for your safety.")));
    case K::NoCode:
        return Finding::make(FindingId::AuthOAuthCancelled, { provider })
            .withDetail(text(
                QT_TRANSLATE_NOOP("OAuthStep", "The browser came back without the result of the sign-in.")));
    case K::Denied:
    case K::TokenRefused:
        return denied(result, profile);
    case K::TlsError:
    case K::NetworkError:
    case K::TokenTimeout:
    case K::BadTokenResponse: {
        Finding finding
            = Finding::make(FindingId::AuthOAuthProviderUnreachable, { provider, profile.tokenUrl.host() });
        if (f.kind == K::TlsError)
            finding.withDetail(
                text(QT_TRANSLATE_NOOP("OAuthStep", "The sign-in server's certificate was not trusted: %1"),
                    { f.detail }));
        else if (f.kind == K::TokenTimeout)
            finding.withDetail(text(QT_TRANSLATE_NOOP("OAuthStep", "No answer within %1 seconds."),
                { seconds(input.settings.timeoutMs()) }));
        else if (f.kind == K::BadTokenResponse)
            finding.withDetail(
                text(QT_TRANSLATE_NOOP("OAuthStep", "It answered, but not with a usable sign-in token: %1"),
                    { f.detail }));
        else
            finding.withDetail(LocalizedText::verbatim(f.detail));
        if (f.httpStatus)
            finding.withDetail(LocalizedText::verbatim(QStringLiteral("HTTP %1").arg(f.httpStatus)));
        return finding;
    }
    }
    return Finding::make(FindingId::AuthOAuthNotConfigured, { provider });
}

Finding forRefusedToken(const SessionFailure& failure, const RunInput& input, const QString& user)
{
    Finding finding = Finding::make(FindingId::AuthOAuthRejected, { input.settings.shownHost(), user });
    finding.withReply(failure.reply);
    const OAuthErrorStatus& status = failure.oauthError;
    if (!status.isEmpty()) {
        finding.withDetail(text(QT_TRANSLATE_NOOP("OAuthStep", "The server said why: %1"), { status.text }));
        if (status.status == QLatin1String("400") || status.status == QLatin1String("401")
            || status.status == QLatin1String("invalid_token"))
            finding.withDetail(text(
                QT_TRANSLATE_NOOP("OAuthStep",
                    "The server considers the token invalid or expired, or it was issued for another account "
                    "than %1."),
                { user }));
    }
    const EnhancedStatus& e = failure.reply.enhanced;
    const bool microsoftAuthOff = e.statusClass == 5 && e.subject == 7 && (e.detail == 3 || e.detail == 139)
        && (input.oauthProfile.provider == OAuthProvider::Microsoft
            || failure.reply.text().contains(
                QLatin1String("Authentication unsuccessful"), Qt::CaseInsensitive));
    if (microsoftAuthOff) {
        finding.withDetail(text(QT_TRANSLATE_NOOP("OAuthStep",
            "Microsoft 365 answers like this to a valid token when sign-in for sending (SMTP AUTH) is turned "
            "off for the mailbox or the whole organisation. The administrator turns on \"Authenticated "
            "SMTP\" "
            "for the mailbox (Microsoft 365 admin center: Users, Active users, Mail, Manage email apps).")));
    }
    return finding;
}

} // namespace SmtpDoctor::OAuthFindings
