#pragma once

#include "core/i18n/localizedtext.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace SmtpDoctor {

struct PresetOAuth;

enum class OAuthProvider { Microsoft, Google, Custom };

QString oauthProviderName(OAuthProvider p); // "microsoft", "google", "custom"
bool oauthProviderFromName(const QString& name, OAuthProvider* p);

// Everything a sign-in needs to know about one provider and one client registration.
struct OAuthProfile
{
    OAuthProvider provider = OAuthProvider::Custom;
    QString clientId; // the application's registration at the provider; empty: not configured
    QString clientSecret; // only where the provider demands one for desktop apps (Google)
    QString tenant; // Microsoft: "organizations", "common", "consumers", a tenant id or domain
    QUrl authorizeUrl; // where the browser signs in (https)
    QUrl tokenUrl; // where the code and refresh tokens become access tokens (https)
    QString scope; // space-separated
    bool sendLoginHint = false; // the provider understands login_hint (fills in the address for the user)

    bool isConfigured() const { return !clientId.isEmpty(); }
    // Why these endpoints cannot be used (not https, not a whole address); empty when they can.
    LocalizedText problem() const;
    // "Microsoft", "Google" or the sign-in server's name, for messages and the transcript.
    QString label() const;
};

namespace OAuthProfiles {

// Microsoft identity platform v2.0 for Exchange Online / Outlook.com SMTP AUTH: SMTP.Send and a refresh
// token.
OAuthProfile microsoft(const QString& tenant = QStringLiteral("organizations"));
// Google: full mail scope (the only one Gmail's SMTP server accepts).
OAuthProfile google();
// The built-in profile for a provider of the provider table ("gmail", "google-workspace", "outlook",
// "microsoft365"), or nothing.
std::optional<OAuthProfile> forProviderId(const QString& id);
// The built-in profile for a well-known SMTP server (smtp.gmail.com, smtp.office365.com,
// smtp-mail.outlook.com), or nothing.
std::optional<OAuthProfile> forSmtpHost(const QString& host);
// A preset's [oauth] section over the built-in profile of its provider (custom: the section alone).
OAuthProfile fromPreset(const PresetOAuth& preset);

// What this copy was built with (CMake cache SMTPDOCTOR_OAUTH_<PROVIDER>_CLIENT_ID / _CLIENT_SECRET,
// empty by default: client ids are not ours to borrow).
QString builtInClientId(OAuthProvider p);
QString builtInClientSecret(OAuthProvider p);

} // namespace OAuthProfiles

} // namespace SmtpDoctor
