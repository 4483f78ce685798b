#include "core/settings/presetoauth.h"

#include <QRegularExpression>

namespace SmtpDoctor::PresetOAuthReader {

namespace {

const char* const Ctx = "Preset";

// RFC 6749 3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ), tokens separated by single spaces.
bool isScope(const QString& scope)
{
    for (const QString& token : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        for (const QChar c : token) {
            const ushort u = c.unicode();
            if (u < 0x21 || u > 0x7e || u == '"' || u == '\\')
                return false;
        }
    }
    return !scope.trimmed().isEmpty();
}

} // namespace

LocalizedText checkEndpoint(const QString& key, const QUrl& url)
{
    // The code and the tokens travel to these addresses: only ever over a verified, encrypted connection.
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()
        || !url.userInfo().isEmpty() || url.hasFragment())
        return { Ctx,
            QT_TRANSLATE_NOOP("Preset",
                "%1 must be a whole https:// address, such as https://login.example.com/oauth2/token "
                "(sign-in data is only sent over an encrypted connection)."),
            { key } };
    return {};
}

LocalizedText readKey(const QString& key, const QString& value, PresetOAuth* oauth)
{
    static const QStringList keys { QStringLiteral("provider"), QStringLiteral("client-id"),
        QStringLiteral("client-secret"), QStringLiteral("tenant"), QStringLiteral("authorize-url"),
        QStringLiteral("token-url"), QStringLiteral("scope") };
    if (!keys.contains(key))
        return { Ctx,
            QT_TRANSLATE_NOOP("Preset",
                "Unknown key \"%1\" in [oauth]: use provider, client-id, client-secret, tenant, "
                "authorize-url, token-url or scope."),
            { key } };
    if (value.isEmpty())
        return { Ctx, QT_TRANSLATE_NOOP("Preset", "\"%1\" has no value. Remove the line or fill it in."),
            { key } };
    if (key == QLatin1String("provider")) {
        const QString name = value.toLower();
        if (name != QLatin1String("microsoft") && name != QLatin1String("google")
            && name != QLatin1String("custom"))
            return { Ctx,
                QT_TRANSLATE_NOOP("Preset", "Unknown provider \"%1\": use microsoft, google or custom."),
                { value } };
        oauth->provider = name;
    } else if (key == QLatin1String("client-id")) {
        oauth->clientId = value;
    } else if (key == QLatin1String("client-secret")) {
        oauth->clientSecret = value;
    } else if (key == QLatin1String("tenant")) {
        static const QRegularExpression tenant(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9.-]{0,99}$"));
        if (!tenant.match(value).hasMatch())
            return { Ctx,
                QT_TRANSLATE_NOOP("Preset",
                    "Unknown tenant \"%1\": use organizations, common, consumers, the tenant's ID or its "
                    "domain name."),
                { value } };
        oauth->tenant = value;
    } else if (key == QLatin1String("scope")) {
        if (!isScope(value))
            return { Ctx,
                QT_TRANSLATE_NOOP("Preset",
                    "The scope \"%1\" contains characters a scope cannot have (quotes, backslashes or "
                    "non-ASCII letters)."),
                { value } };
        oauth->scope = value.simplified();
    } else {
        const QUrl url(value, QUrl::StrictMode);
        if (const LocalizedText problem = checkEndpoint(key, url); !problem.isEmpty())
            return problem;
        (key == QLatin1String("authorize-url") ? oauth->authorizeUrl : oauth->tokenUrl) = url;
    }
    return {};
}

LocalizedText checkComplete(const PresetOAuth& oauth)
{
    if (oauth.provider.isEmpty())
        return { Ctx,
            QT_TRANSLATE_NOOP(
                "Preset", "The [oauth] section needs a provider: microsoft, google or custom.") };
    if (oauth.provider == QLatin1String("custom")
        && (oauth.authorizeUrl.isEmpty() || oauth.tokenUrl.isEmpty()))
        return { Ctx,
            QT_TRANSLATE_NOOP("Preset", "A custom provider needs both authorize-url and token-url.") };
    if (!oauth.tenant.isEmpty() && oauth.provider != QLatin1String("microsoft"))
        return { Ctx, QT_TRANSLATE_NOOP("Preset", "tenant is used only with provider = microsoft.") };
    return {};
}

} // namespace SmtpDoctor::PresetOAuthReader
