#include "core/checks/oauthprofilechoice.h"

#include "core/autodetect/providertable.h"
#include "core/settings/usernameform.h"

namespace SmtpDoctor {

namespace {

const ProviderInfo* providerOf(const AccountSettings& settings)
{
    const QString address = settings.email.isEmpty() ? settings.user : settings.email;
    return address.contains(QLatin1Char('@')) ? ProviderTable::forDomain(domainOf(address)) : nullptr;
}

} // namespace

OAuthProfile chooseOAuthProfile(const std::optional<PresetOAuth>& preset, const AccountSettings& settings)
{
    if (preset)
        return OAuthProfiles::fromPreset(*preset);
    if (const ProviderInfo* provider = providerOf(settings)) {
        if (std::optional<OAuthProfile> p = OAuthProfiles::forProviderId(QString::fromLatin1(provider->id)))
            return *p;
    }
    if (std::optional<OAuthProfile> p = OAuthProfiles::forSmtpHost(settings.host))
        return *p;
    return {};
}

SignInMethod defaultSignInMethod(
    const std::optional<PresetOAuth>& preset, const AccountSettings& settings, const OAuthProfile& profile)
{
    const ProviderInfo* provider = providerOf(settings);
    const bool providerWantsOAuth = (provider && provider->signIn == SignInMethod::OAuth)
        || OAuthProfiles::forSmtpHost(settings.host).has_value();
    const bool usable = profile.isConfigured() && profile.problem().isEmpty();
    return (preset || providerWantsOAuth) && usable ? SignInMethod::OAuth : SignInMethod::Password;
}

} // namespace SmtpDoctor
