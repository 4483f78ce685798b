// The global mail providers of the built-in table. Keep each entry as its provider's own setup guide
// says, with the month it was last compared in `checked`; where a detail could not be confirmed, the
// entry says so (NoteUnverified) instead of guessing. ProviderTable::problems() checks the form.
#include "core/autodetect/providertable.h"

namespace SmtpDoctor {

namespace {

using S = Security;
using U = UserNameForm;

const ProviderInfo Providers[] = {
    { "gmail", "Gmail", "gmail.com googlemail.com", "",
        "smtp.gmail.com", 465, S::Tls, 587, S::StartTls, U::Address, NoteAppPassword, nullptr, "2024-06" },
    { "google-workspace", "Google Workspace", "", "google.com googlemail.com",
        "smtp.gmail.com", 465, S::Tls, 587, S::StartTls, U::Address, NoteAppPassword,
        QT_TRANSLATE_NOOP("Provider", "Your organisation's administrator decides whether mail programs may sign in with a password at all."), "2024-06" },
    { "outlook", "Outlook.com", "outlook.com hotmail.com live.com msn.com outlook.jp hotmail.co.jp live.jp hotmail.co.uk hotmail.fr hotmail.de hotmail.it live.co.uk", "",
        "smtp-mail.outlook.com", 587, S::StartTls, 0, S::Auto, U::Address, NoteOAuth, nullptr, "2024-06" },
    { "microsoft365", "Microsoft 365", "", "mail.protection.outlook.com",
        "smtp.office365.com", 587, S::StartTls, 0, S::Auto, U::Address, NoteOAuth,
        QT_TRANSLATE_NOOP("Provider", "Microsoft 365 turns off password sign-in for sending (SMTP AUTH) unless the administrator allows it for your mailbox. Microsoft has announced its end for Exchange Online, so ask your administrator what to use."), "2024-06" },
    { "yahoo", "Yahoo Mail", "yahoo.com ymail.com rocketmail.com yahoo.co.uk yahoo.fr yahoo.de yahoo.it yahoo.es yahoo.ca yahoo.com.au yahoo.co.in", "",
        "smtp.mail.yahoo.com", 465, S::Tls, 587, S::StartTls, U::Address, NoteAppPassword, nullptr, "2024-06" },
    { "icloud", "iCloud Mail", "icloud.com me.com mac.com", "",
        "smtp.mail.me.com", 587, S::StartTls, 0, S::Auto, U::Address, NoteAppPassword,
        QT_TRANSLATE_NOOP("Provider", "Apple asks for the whole address as the user name when sending; some mail programs succeed only with the part before \"@\"."), "2024-06" },
    { "aol", "AOL Mail", "aol.com aim.com", "",
        "smtp.aol.com", 465, S::Tls, 587, S::StartTls, U::Address, NoteAppPassword, nullptr, "2024-06" },
    { "gmx-com", "GMX", "gmx.com gmx.us gmx.co.uk gmx.fr gmx.es", "",
        "mail.gmx.com", 587, S::StartTls, 465, S::Tls, U::Address, 0, nullptr, "2024-06" },
    { "gmx-de", "GMX", "gmx.net gmx.de gmx.at gmx.ch", "",
        "mail.gmx.net", 587, S::StartTls, 465, S::Tls, U::Address, NoteEnableAccess, nullptr, "2024-06" },
    { "webde", "WEB.DE", "web.de", "",
        "smtp.web.de", 587, S::StartTls, 465, S::Tls, U::Address, NoteEnableAccess, nullptr, "2024-06" },
    { "zoho", "Zoho Mail", "zoho.com zohomail.com", "",
        "smtp.zoho.com", 465, S::Tls, 587, S::StartTls, U::Address, 0,
        QT_TRANSLATE_NOOP("Provider", "Accounts in Zoho's other regions send through that region's server (for example smtp.zoho.eu or smtp.zoho.jp). With 2-step verification on, an app-specific password is needed."), "2024-06" },
    { "zoho-org", "Zoho Mail", "", "zoho.com",
        "smtppro.zoho.com", 465, S::Tls, 587, S::StartTls, U::Address, 0,
        QT_TRANSLATE_NOOP("Provider", "With 2-step verification on, an app-specific password is needed."), "2024-06" },
    { "zoho-jp", "Zoho Mail", "zoho.jp zohomail.jp", "",
        "smtp.zoho.jp", 465, S::Tls, 587, S::StartTls, U::Address, 0,
        QT_TRANSLATE_NOOP("Provider", "With 2-step verification on, an app-specific password is needed."), "2024-06" },
    { "fastmail", "Fastmail", "fastmail.com fastmail.fm", "messagingengine.com",
        "smtp.fastmail.com", 465, S::Tls, 587, S::StartTls, U::Address, NoteAppPassword, nullptr, "2024-06" },
    { "yandex", "Yandex Mail", "yandex.com yandex.ru ya.ru", "yandex.net",
        "smtp.yandex.com", 465, S::Tls, 0, S::Auto, U::Address, NoteAppPassword | NoteEnableAccess, nullptr, "2024-06" },
    { "proton", "Proton Mail", "proton.me protonmail.com protonmail.ch pm.me", "protonmail.ch",
        "", 0, S::Auto, 0, S::Auto, U::Address, 0,
        QT_TRANSLATE_NOOP("Provider", "Proton Mail sends from other mail programs only through the Proton Mail Bridge application on your computer (paid plans). The Bridge shows the server, port and password to use."), "2024-06" },
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
