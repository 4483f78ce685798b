#include "core/oauth/oauthprofile.h"

#include "core/settings/presetoauth.h"

namespace SmtpDoctor {

// Set by core/CMakeLists.txt from the CMake cache; empty strings unless the builder fills them in.
#ifndef SMTPDOCTOR_OAUTH_MICROSOFT_CLIENT_ID
#define SMTPDOCTOR_OAUTH_MICROSOFT_CLIENT_ID ""
#endif
#ifndef SMTPDOCTOR_OAUTH_GOOGLE_CLIENT_ID
#define SMTPDOCTOR_OAUTH_GOOGLE_CLIENT_ID ""
#endif
#ifndef SMTPDOCTOR_OAUTH_GOOGLE_CLIENT_SECRET
#define SMTPDOCTOR_OAUTH_GOOGLE_CLIENT_SECRET ""
#endif

QString oauthProviderName(OAuthProvider p)
{
    switch (p) {
    case OAuthProvider::Microsoft:
        return QStringLiteral("microsoft");
    case OAuthProvider::Google:
        return QStringLiteral("google");
    case OAuthProvider::Custom:
        break;
    }
    return QStringLiteral("custom");
}

bool oauthProviderFromName(const QString& name, OAuthProvider* p)
{
    for (OAuthProvider candidate :
        { OAuthProvider::Microsoft, OAuthProvider::Google, OAuthProvider::Custom }) {
        if (name.compare(oauthProviderName(candidate), Qt::CaseInsensitive) == 0) {
            *p = candidate;
            return true;
        }
    }
    return false;
}

LocalizedText OAuthProfile::problem() const
{
    if (const LocalizedText p
        = PresetOAuthReader::checkEndpoint(QStringLiteral("authorize-url"), authorizeUrl);
        !p.isEmpty())
        return p;
    return PresetOAuthReader::checkEndpoint(QStringLiteral("token-url"), tokenUrl);
}

QString OAuthProfile::label() const
{
    switch (provider) {
    case OAuthProvider::Microsoft:
        return QStringLiteral("Microsoft");
    case OAuthProvider::Google:
        return QStringLiteral("Google");
    case OAuthProvider::Custom:
        break;
    }
    return authorizeUrl.host();
}

namespace OAuthProfiles {

QString builtInClientId(OAuthProvider p)
{
    switch (p) {
    case OAuthProvider::Microsoft:
        return QStringLiteral(SMTPDOCTOR_OAUTH_MICROSOFT_CLIENT_ID);
    case OAuthProvider::Google:
        return QStringLiteral(SMTPDOCTOR_OAUTH_GOOGLE_CLIENT_ID);
    case OAuthProvider::Custom:
        break;
    }
    return {};
}

QString builtInClientSecret(OAuthProvider p)
{
    // Google issues "secrets" to desktop clients and wants them back at the token endpoint, although an
    // installed program cannot keep them secret (RFC 8252 8.5); PKCE is what protects the code.
    return p == OAuthProvider::Google ? QStringLiteral(SMTPDOCTOR_OAUTH_GOOGLE_CLIENT_SECRET) : QString();
}

OAuthProfile microsoft(const QString& tenant)
{
    OAuthProfile p;
    p.provider = OAuthProvider::Microsoft;
    p.clientId = builtInClientId(p.provider);
    p.tenant = tenant;
    const QString base = QStringLiteral("https://login.microsoftonline.com/%1/oauth2/v2.0/").arg(tenant);
    p.authorizeUrl = QUrl(base + QStringLiteral("authorize"));
    p.tokenUrl = QUrl(base + QStringLiteral("token"));
    // SMTP.Send on Exchange Online's resource; offline_access for a refresh token.
    p.scope = QStringLiteral("https://outlook.office.com/SMTP.Send offline_access");
    p.sendLoginHint = true;
    return p;
}

OAuthProfile google()
{
    OAuthProfile p;
    p.provider = OAuthProvider::Google;
    p.clientId = builtInClientId(p.provider);
    p.clientSecret = builtInClientSecret(p.provider);
    p.authorizeUrl = QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
    p.tokenUrl = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
    p.scope = QStringLiteral("https://mail.google.com/");
    p.sendLoginHint = true;
    return p;
}

std::optional<OAuthProfile> forProviderId(const QString& id)
{
    if (id == QLatin1String("gmail") || id == QLatin1String("google-workspace"))
        return google();
    if (id == QLatin1String("microsoft365"))
        return microsoft(QStringLiteral("organizations"));
    if (id == QLatin1String("outlook"))
        return microsoft(QStringLiteral("common")); // personal accounts: Outlook.com, Hotmail, Live
    return std::nullopt;
}

std::optional<OAuthProfile> forSmtpHost(const QString& host)
{
    const QString h = host.toLower();
    if (h == QLatin1String("smtp.gmail.com") || h == QLatin1String("smtp.googlemail.com"))
        return google();
    if (h == QLatin1String("smtp.office365.com") || h == QLatin1String("outlook.office365.com"))
        return microsoft(QStringLiteral("organizations"));
    if (h == QLatin1String("smtp-mail.outlook.com") || h == QLatin1String("smtp.live.com"))
        return microsoft(QStringLiteral("common"));
    return std::nullopt;
}

OAuthProfile fromPreset(const PresetOAuth& preset)
{
    OAuthProvider provider = OAuthProvider::Custom;
    oauthProviderFromName(preset.provider, &provider);
    OAuthProfile p;
    if (provider == OAuthProvider::Microsoft)
        p = microsoft(preset.tenant.isEmpty() ? QStringLiteral("organizations") : preset.tenant);
    else if (provider == OAuthProvider::Google)
        p = google();
    if (!preset.clientId.isEmpty()) {
        // The organisation's own registration: its secret, or none (never the built-in one with another id).
        p.clientId = preset.clientId;
        p.clientSecret = preset.clientSecret;
    }
    if (!preset.authorizeUrl.isEmpty())
        p.authorizeUrl = preset.authorizeUrl;
    if (!preset.tokenUrl.isEmpty())
        p.tokenUrl = preset.tokenUrl;
    if (!preset.scope.isEmpty())
        p.scope = preset.scope;
    if (provider == OAuthProvider::Custom)
        p.sendLoginHint = false; // RFC 6749 has no login_hint; unknown parameters can upset strict servers
    return p;
}

} // namespace OAuthProfiles

} // namespace SmtpDoctor
