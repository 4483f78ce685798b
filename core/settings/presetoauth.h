#pragma once

#include "core/i18n/localizedtext.h"

#include <QString>
#include <QUrl>

namespace SmtpDoctor {

// A preset's [oauth] section (packaging/preset.example.ini): which provider the organisation's accounts
// sign in with, and the client registration to use. core/oauth turns it into a sign-in profile.
struct PresetOAuth
{
    QString provider; // "microsoft", "google" or "custom"
    QString clientId; // empty: the one built into this copy, if any
    QString clientSecret; // only where the provider demands one for desktop apps
    QString tenant; // microsoft: organizations, common, consumers, a tenant id or domain
    QUrl authorizeUrl; // custom (may also override a built-in provider's)
    QUrl tokenUrl; // custom
    QString scope; // custom: space-separated
    int line = 0; // the [oauth] line, for errors about the section as a whole
};

namespace PresetOAuthReader {

// One "key = value" line of [oauth]; an empty result means it was taken.
LocalizedText readKey(const QString& key, const QString& value, PresetOAuth* oauth);
// After the whole file: what the section still lacks (provider, or custom's two addresses); empty if sound.
LocalizedText checkComplete(const PresetOAuth& oauth);
// Empty if `url` is an absolute https address with a host; otherwise why not (for the key `key`).
LocalizedText checkEndpoint(const QString& key, const QUrl& url);

} // namespace PresetOAuthReader

} // namespace SmtpDoctor
