// The global mail providers of the built-in table. Keep each entry as its provider's own setup guide
// says, with the month it was last compared in `checked`; where a detail could not be confirmed, the
// entry says so (NoteUnverified) instead of guessing. ProviderTable::problems() checks the form.
#include "core/autodetect/providertable.h"

namespace SmtpDoctor {

namespace {

using S = Security;
using U = UserNameForm;

const ProviderInfo Providers[] = {
    { .id = "gmail", .name = QT_TRANSLATE_NOOP("ProviderName", "Gmail"), .domains = "gmail.com googlemail.com", .host = "smtp.gmail.com",
        .port = 465, .security = S::Tls, .altPort = 587, .altSecurity = S::StartTls, .userForm = U::Address,
        .notes = NoteAppPassword, .signIn = SignInMethod::OAuth, .checked = "2024-06" },
    { .id = "google-workspace", .name = QT_TRANSLATE_NOOP("ProviderName", "Google Workspace"), .mxSuffixes = "google.com googlemail.com",
        .host = "smtp.gmail.com", .port = 465, .security = S::Tls, .altPort = 587, .altSecurity = S::StartTls,
        .userForm = U::Address, .notes = NoteAppPassword, .signIn = SignInMethod::OAuth, .checked = "2024-06",
        .note = QT_TRANSLATE_NOOP("Provider", "Your organisation's administrator decides whether mail programs may sign in with a password at all.") },
    { .id = "outlook", .name = QT_TRANSLATE_NOOP("ProviderName", "Outlook.com"),
        .domains = "outlook.com hotmail.com live.com msn.com outlook.jp hotmail.co.jp live.jp hotmail.co.uk hotmail.fr hotmail.de hotmail.it live.co.uk",
        .host = "smtp-mail.outlook.com", .port = 587, .security = S::StartTls, .userForm = U::Address,
        .notes = NoteOAuth, .signIn = SignInMethod::OAuth, .checked = "2024-06" },
    { .id = "microsoft365", .name = QT_TRANSLATE_NOOP("ProviderName", "Microsoft 365"), .mxSuffixes = "mail.protection.outlook.com",
        .host = "smtp.office365.com", .port = 587, .security = S::StartTls, .userForm = U::Address,
        .notes = NoteOAuth, .signIn = SignInMethod::OAuth, .checked = "2024-06",
        .note = QT_TRANSLATE_NOOP("Provider", "Microsoft 365 turns off password sign-in for sending (SMTP AUTH) unless the administrator allows it for your mailbox. Microsoft has announced its end for Exchange Online, so ask your administrator what to use.") },
    { .id = "yahoo", .name = QT_TRANSLATE_NOOP("ProviderName", "Yahoo Mail"),
        .domains = "yahoo.com ymail.com rocketmail.com yahoo.co.uk yahoo.fr yahoo.de yahoo.it yahoo.es yahoo.ca yahoo.com.au yahoo.co.in",
        .host = "smtp.mail.yahoo.com", .port = 465, .security = S::Tls, .altPort = 587,
        .altSecurity = S::StartTls, .userForm = U::Address, .notes = NoteAppPassword, .checked = "2024-06" },
    { .id = "icloud", .name = QT_TRANSLATE_NOOP("ProviderName", "iCloud Mail"), .domains = "icloud.com me.com mac.com",
        .host = "smtp.mail.me.com", .port = 587, .security = S::StartTls, .userForm = U::Address,
        .notes = NoteAppPassword, .checked = "2024-06",
        .note = QT_TRANSLATE_NOOP("Provider", "Apple asks for the whole address as the user name when sending; some mail programs succeed only with the part before \"@\".") },
    { .id = "aol", .name = QT_TRANSLATE_NOOP("ProviderName", "AOL Mail"), .domains = "aol.com aim.com", .host = "smtp.aol.com", .port = 465,
        .security = S::Tls, .altPort = 587, .altSecurity = S::StartTls, .userForm = U::Address,
        .notes = NoteAppPassword, .checked = "2024-06" },
    { .id = "gmx-com", .name = QT_TRANSLATE_NOOP("ProviderName", "GMX"), .domains = "gmx.com gmx.us gmx.co.uk gmx.fr gmx.es",
        .host = "mail.gmx.com", .port = 587, .security = S::StartTls, .altPort = 465, .altSecurity = S::Tls,
        .userForm = U::Address, .checked = "2024-06" },
    { .id = "gmx-de", .name = QT_TRANSLATE_NOOP("ProviderName", "GMX"), .domains = "gmx.net gmx.de gmx.at gmx.ch", .host = "mail.gmx.net",
        .port = 587, .security = S::StartTls, .altPort = 465, .altSecurity = S::Tls, .userForm = U::Address,
        .notes = NoteEnableAccess, .checked = "2024-06" },
    { .id = "webde", .name = QT_TRANSLATE_NOOP("ProviderName", "WEB.DE"), .domains = "web.de", .host = "smtp.web.de", .port = 587,
        .security = S::StartTls, .altPort = 465, .altSecurity = S::Tls, .userForm = U::Address,
        .notes = NoteEnableAccess, .checked = "2024-06" },
    { .id = "zoho", .name = QT_TRANSLATE_NOOP("ProviderName", "Zoho Mail"), .domains = "zoho.com zohomail.com", .host = "smtp.zoho.com",
        .port = 465, .security = S::Tls, .altPort = 587, .altSecurity = S::StartTls, .userForm = U::Address,
        .checked = "2024-06",
        .note = QT_TRANSLATE_NOOP("Provider", "Accounts in Zoho's other regions send through that region's server (for example smtp.zoho.eu or smtp.zoho.jp). With 2-step verification on, an app-specific password is needed.") },
    { .id = "zoho-org", .name = QT_TRANSLATE_NOOP("ProviderName", "Zoho Mail"), .mxSuffixes = "zoho.com", .host = "smtppro.zoho.com", .port = 465,
        .security = S::Tls, .altPort = 587, .altSecurity = S::StartTls, .userForm = U::Address,
        .checked = "2024-06",
        .note = QT_TRANSLATE_NOOP("Provider", "With 2-step verification on, an app-specific password is needed.") },
    { .id = "zoho-jp", .name = QT_TRANSLATE_NOOP("ProviderName", "Zoho Mail"), .domains = "zoho.jp zohomail.jp", .host = "smtp.zoho.jp",
        .port = 465, .security = S::Tls, .altPort = 587, .altSecurity = S::StartTls, .userForm = U::Address,
        .checked = "2024-06",
        .note = QT_TRANSLATE_NOOP("Provider", "With 2-step verification on, an app-specific password is needed.") },
    { .id = "fastmail", .name = QT_TRANSLATE_NOOP("ProviderName", "Fastmail"), .domains = "fastmail.com fastmail.fm",
        .mxSuffixes = "messagingengine.com", .host = "smtp.fastmail.com", .port = 465, .security = S::Tls,
        .altPort = 587, .altSecurity = S::StartTls, .userForm = U::Address, .notes = NoteAppPassword,
        .checked = "2024-06" },
    { .id = "yandex", .name = QT_TRANSLATE_NOOP("ProviderName", "Yandex Mail"), .domains = "yandex.com yandex.ru ya.ru",
        .mxSuffixes = "yandex.net", .host = "smtp.yandex.com", .port = 465, .security = S::Tls,
        .userForm = U::Address, .notes = NoteAppPassword | NoteEnableAccess, .checked = "2024-06" },
    { .id = "proton", .name = QT_TRANSLATE_NOOP("ProviderName", "Proton Mail"), .domains = "proton.me protonmail.com protonmail.ch pm.me",
        .mxSuffixes = "protonmail.ch", .host = "", .port = 0, .security = S::Auto, .userForm = U::Address,
        .checked = "2024-06",
        .note = QT_TRANSLATE_NOOP("Provider", "Proton Mail sends from other mail programs only through the Proton Mail Bridge application on your computer (paid plans). The Bridge shows the server, port and password to use.") },
};

} // namespace

QList<const ProviderInfo*> globalProviders()
{
    QList<const ProviderInfo*> out;
    for (const ProviderInfo& p : Providers)
        out.append(&p);
    return out;
}

} // namespace SmtpDoctor
