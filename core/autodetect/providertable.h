#pragma once

#include "core/settings/usernameform.h"
#include "core/i18n/localizedtext.h"
#include "core/settings/accountsettings.h"

#include <QList>
#include <QStringList>

namespace SmtpDoctor {

// Things about a provider that decide whether sending works, beyond host and port.
enum ProviderNote {
    NoteAppPassword = 0x01,     // the normal password is refused: an app password (with 2-step sign-in) is needed
    NoteOAuth = 0x02,           // password sign-in is being retired or often turned off: OAuth-capable mail programs
    NoteCertificateName = 0x04, // own domain: use the server's name, the certificate is not for your domain
    NoteEnableAccess = 0x08,    // access from mail programs must first be turned on in the web settings
    NoteUnverified = 0x10,      // the server name could not be confirmed when the entry was written
};

// One provider of the built-in table (providertable_*.cpp, designated initializers: a member left out
// takes its default here). Host templates: "%EMAILDOMAIN%" is the
// address's domain, "%MXHOST%" the MX host that matched (hosting companies name the server per customer).
struct ProviderInfo
{
    const char* id = "";         // stable, lower-case: "gmail"
    const char* name = "";       // brand name, QT_TRANSLATE_NOOP("ProviderName", ...): Japanese sentences use the Japanese form
    // Space-separated: the provider's OWN address domains (gmail.com, docomo.ne.jp), each also matching
    // its subdomains. Their DNS records are the provider's, which is why `check` has no "Your domain"
    // step for them (core/checks/domainstep.cpp). Customers' own domains are found by mxSuffixes only.
    const char* domains = "";
    const char* mxSuffixes = ""; // space-separated: own domains whose MX host ends with one of these
    const char* host = "";       // empty: not known for sure (the note says where to look)
    quint16 port = 0;
    Security security = Security::Auto;
    quint16 altPort = 0;         // 0: none
    Security altSecurity = Security::Auto;
    UserNameForm userForm = UserNameForm::Unknown;
    int notes = 0;               // ProviderNote flags
    // How mail programs are meant to sign in: OAuth where the provider's own guide sends them through its
    // sign-in page (the wizard then offers that first, when this copy can do it).
    SignInMethod signIn = SignInMethod::Password;
    const char* checked = "";    // "YYYY-MM": when the entry was last compared with the provider's own guide
    const char* note = nullptr;  // provider-specific sentence, QT_TRANSLATE_NOOP("Provider", ...), or nullptr
};

class ProviderTable
{
public:
    static QList<const ProviderInfo*> all();
    // The provider whose own address domain this is ("gmail.com", "xx.ocn.ne.jp"), or nullptr.
    static const ProviderInfo* forDomain(const QString& domain);
    // The provider hosting an own domain whose MX is `mxHost`, or nullptr.
    static const ProviderInfo* forMxHost(const QString& mxHost);
    static const ProviderInfo* byId(const QString& id);
    // The provider's name for sentences, in the language shown (さくらインターネット, not "Sakura Internet").
    static LocalizedText displayName(const ProviderInfo& p);

    // The host with its templates filled; empty when the entry has none or a template cannot be filled.
    static QString hostFor(const ProviderInfo& p, const QString& emailDomain, const QString& mxHost = {});
    // Every note of the entry as sentences for the user.
    static QList<LocalizedText> notesFor(const ProviderInfo& p);
    // Problems in the table itself (duplicate domains, bad hosts or ports...): empty when sound.
    static QStringList problems();

    static QStringList split(const char* list);
};

// The two halves of the data, kept in their own files.
QList<const ProviderInfo*> globalProviders();
QList<const ProviderInfo*> japaneseProviders();

} // namespace SmtpDoctor
