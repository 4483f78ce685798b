#include "core/settings/accountsettings.h"

namespace SmtpDoctor {

QString securityName(Security s)
{
    switch (s) {
    case Security::Auto: return QStringLiteral("auto");
    case Security::Tls: return QStringLiteral("tls");
    case Security::StartTls: return QStringLiteral("starttls");
    case Security::None: return QStringLiteral("none");
    }
    return {};
}

bool securityFromName(const QString& name, Security* s)
{
    for (Security candidate : { Security::Auto, Security::Tls, Security::StartTls, Security::None }) {
        if (name.compare(securityName(candidate), Qt::CaseInsensitive) == 0) {
            *s = candidate;
            return true;
        }
    }
    // Words mail programs use for the same things.
    const QString lower = name.toLower();
    if (lower == QLatin1String("ssl") || lower == QLatin1String("ssl/tls") || lower == QLatin1String("smtps")) {
        *s = Security::Tls;
        return true;
    }
    return false;
}

LocalizedText securityLabel(Security s)
{
    switch (s) {
    case Security::Tls: return LocalizedText::verbatim(QStringLiteral("SSL/TLS"));
    case Security::StartTls: return LocalizedText::verbatim(QStringLiteral("STARTTLS"));
    case Security::None: return { "Security", QT_TRANSLATE_NOOP("Security", "none (unencrypted)") };
    case Security::Auto: return { "Security", QT_TRANSLATE_NOOP("Security", "automatic") };
    }
    return {};
}

QString signInMethodName(SignInMethod m)
{
    return m == SignInMethod::OAuth ? QStringLiteral("oauth") : QStringLiteral("password");
}

LocalizedText signInMethodLabel(SignInMethod m)
{
    if (m == SignInMethod::OAuth)
        return { "Security", QT_TRANSLATE_NOOP("Security", "OAuth 2.0 (sign-in through the browser)") };
    return { "Security", QT_TRANSLATE_NOOP("Security", "password") };
}

} // namespace SmtpDoctor
