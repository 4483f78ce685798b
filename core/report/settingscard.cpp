#include "core/report/settingscard.h"

#include "core/report/report.h"

namespace SmtpDoctor {

namespace {

constexpr const char* Ctx = "SettingsCard";

AuthChoice authChoiceFor(const Report& report)
{
    if (report.signedIn && report.settings.signIn == SignInMethod::OAuth)
        return AuthChoice::OAuth; // what worked is what to choose
    for (const StepResult& step : report.steps)
        for (const Finding& f : step.findings)
            if (f.id == FindingId::AuthOAuthRequired)
                return AuthChoice::OAuth;
    const QStringList& offered = report.authMechanisms;
    if (offered.contains(QLatin1String("PLAIN")) || offered.contains(QLatin1String("LOGIN")))
        return AuthChoice::Password;
    if (offered.contains(QLatin1String("CRAM-MD5")))
        return AuthChoice::EncryptedPassword;
    if (offered.contains(QLatin1String("XOAUTH2")) || offered.contains(QLatin1String("OAUTHBEARER")))
        return AuthChoice::OAuth;
    if (report.recommendation && offered.isEmpty())
        return AuthChoice::None;
    return AuthChoice::Unknown;
}

} // namespace

std::optional<SettingsCard> SettingsCard::fromReport(const Report& report)
{
    if (!report.recommendation)
        return std::nullopt;
    SettingsCard card;
    card.server = report.settings.shownHost();
    card.port = report.recommendation->port;
    card.security = report.recommendation->security;
    card.user = report.acceptedUser.isEmpty() ? report.settings.user : report.acceptedUser;
    card.auth = authChoiceFor(report);
    return card;
}

const QList<CardField>& SettingsCard::fields()
{
    static const QList<CardField> all { CardField::Server, CardField::Port, CardField::Security,
        CardField::UserName, CardField::AuthMethod };
    return all;
}

LocalizedText SettingsCard::fieldLabel(CardField field)
{
    switch (field) {
    case CardField::Server:
        return { Ctx, QT_TRANSLATE_NOOP("SettingsCard", "Outgoing mail server") };
    case CardField::Port:
        return { Ctx, QT_TRANSLATE_NOOP("SettingsCard", "Port") };
    case CardField::Security:
        return { Ctx, QT_TRANSLATE_NOOP("SettingsCard", "Encryption") };
    case CardField::UserName:
        return { Ctx, QT_TRANSLATE_NOOP("SettingsCard", "User name") };
    case CardField::AuthMethod:
        return { Ctx, QT_TRANSLATE_NOOP("SettingsCard", "Authentication method") };
    }
    return {};
}

LocalizedText SettingsCard::authLabel(AuthChoice auth)
{
    switch (auth) {
    case AuthChoice::Password:
        return { Ctx, QT_TRANSLATE_NOOP("SettingsCard", "Normal password") };
    case AuthChoice::EncryptedPassword:
        return { Ctx, QT_TRANSLATE_NOOP("SettingsCard", "Encrypted password (CRAM-MD5)") };
    case AuthChoice::OAuth:
        return { Ctx, QT_TRANSLATE_NOOP("SettingsCard", "OAuth 2.0 (sign in on the provider's own page)") };
    case AuthChoice::None:
        return { Ctx, QT_TRANSLATE_NOOP("SettingsCard", "No authentication") };
    case AuthChoice::Unknown:
        break;
    }
    return { Ctx, QT_TRANSLATE_NOOP("SettingsCard", "Not found out") };
}

LocalizedText SettingsCard::value(CardField field) const
{
    switch (field) {
    case CardField::Server:
        return LocalizedText::verbatim(server);
    case CardField::Port:
        return LocalizedText::verbatim(QString::number(port));
    case CardField::Security:
        return securityLabel(security);
    case CardField::UserName:
        return user.isEmpty() ? LocalizedText { Ctx, QT_TRANSLATE_NOOP("SettingsCard", "(not tested)") }
                              : LocalizedText::verbatim(user);
    case CardField::AuthMethod:
        return authLabel(auth);
    }
    return {};
}

} // namespace SmtpDoctor
