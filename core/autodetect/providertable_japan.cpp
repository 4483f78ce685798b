// Japanese mail providers, mobile carriers and common hosting companies of the built-in table. Same
// rules as providertable_global.cpp: the provider's own guide decides; what could not be confirmed is
// marked NoteUnverified (and has no host) rather than guessed.
#include "core/autodetect/providertable.h"

namespace SmtpDoctor {

namespace {

using S = Security;
using U = UserNameForm;

const ProviderInfo Providers[] = {
    // Mobile carriers.
    { .id = "docomo", .name = QT_TRANSLATE_NOOP("ProviderName", "docomo"), .domains = "docomo.ne.jp", .host = "smtp.spmode.ne.jp", .port = 465,
        .security = S::Tls, .userForm = U::Other, .checked = "2024-06",
        .note = QT_TRANSLATE_NOOP("Provider", "Sign in with your d ACCOUNT ID and the IMAP password issued in docomo mail's settings, not your usual password. docomo mail must first be set up for use with your d ACCOUNT on other devices.") },
    { .id = "au", .name = QT_TRANSLATE_NOOP("ProviderName", "au"), .domains = "au.com ezweb.ne.jp", .host = "", .port = 0, .security = S::Auto,
        .userForm = U::Address, .notes = NoteUnverified, .checked = "2024-06" },
    { .id = "softbank", .name = QT_TRANSLATE_NOOP("ProviderName", "SoftBank"), .domains = "i.softbank.jp softbank.ne.jp", .host = "", .port = 0,
        .security = S::Auto, .userForm = U::Unknown, .notes = NoteUnverified, .checked = "2024-06" },
    { .id = "ymobile", .name = QT_TRANSLATE_NOOP("ProviderName", "Y!mobile"), .domains = "ymobile.ne.jp", .host = "", .port = 0,
        .security = S::Auto, .userForm = U::Unknown, .notes = NoteUnverified, .checked = "2024-06" },
    { .id = "rakuten", .name = QT_TRANSLATE_NOOP("ProviderName", "Rakuten Mobile"), .domains = "rakumail.jp", .host = "", .port = 0,
        .security = S::Auto, .userForm = U::Unknown, .notes = NoteUnverified, .checked = "2024-06" },

    // Internet providers.
    { .id = "ocn", .name = QT_TRANSLATE_NOOP("ProviderName", "OCN"), .domains = "ocn.ne.jp ocn.ad.jp", .host = "smtp.ocn.ne.jp", .port = 465,
        .security = S::Tls, .altPort = 587, .altSecurity = S::StartTls, .userForm = U::Address,
        .checked = "2024-06" },
    { .id = "biglobe", .name = QT_TRANSLATE_NOOP("ProviderName", "BIGLOBE"), .domains = "biglobe.ne.jp", .mxSuffixes = "biglobe.ne.jp",
        .host = "mail.biglobe.ne.jp", .port = 465, .security = S::Tls, .userForm = U::Address,
        .checked = "2024-06" },
    { .id = "nifty", .name = QT_TRANSLATE_NOOP("ProviderName", "@nifty"), .domains = "nifty.com", .host = "smtp.nifty.com", .port = 465,
        .security = S::Tls, .altPort = 587, .altSecurity = S::StartTls, .userForm = U::Address,
        .checked = "2024-06" },
    { .id = "so-net", .name = QT_TRANSLATE_NOOP("ProviderName", "So-net"), .domains = "so-net.ne.jp", .host = "", .port = 0, .security = S::Auto,
        .userForm = U::Unknown, .notes = NoteUnverified, .checked = "2024-06" },
    { .id = "yahoo-jp", .name = QT_TRANSLATE_NOOP("ProviderName", "Yahoo! JAPAN"), .domains = "yahoo.co.jp ymail.ne.jp",
        .host = "smtp.mail.yahoo.co.jp", .port = 465, .security = S::Tls, .userForm = U::LocalPart,
        .notes = NoteEnableAccess, .checked = "2024-06",
        .note = QT_TRANSLATE_NOOP("Provider", "The user name is your Yahoo! JAPAN ID. For an @yahoo.co.jp address it is usually the part before \"@\".") },
    { .id = "iijmio", .name = QT_TRANSLATE_NOOP("ProviderName", "IIJmio"), .domains = "iijmio-mail.jp", .host = "", .port = 0,
        .security = S::Auto, .userForm = U::Unknown, .notes = NoteUnverified, .checked = "2024-06" },
    { .id = "eo", .name = QT_TRANSLATE_NOOP("ProviderName", "eo"), .domains = "eonet.ne.jp", .host = "", .port = 0, .security = S::Auto,
        .userForm = U::Unknown, .notes = NoteUnverified, .checked = "2024-06" },
    { .id = "jcom", .name = QT_TRANSLATE_NOOP("ProviderName", "J:COM"), .domains = "jcom.home.ne.jp jcom.zaq.ne.jp",
        .host = "smtpa.jcom.zaq.ne.jp", .port = 465, .security = S::Tls, .altPort = 587,
        .altSecurity = S::StartTls, .userForm = U::Address, .checked = "2024-06" },

    // Hosting companies: found through the MX of your own domain; the server is named per customer.
    { .id = "xserver", .name = QT_TRANSLATE_NOOP("ProviderName", "Xserver"), .mxSuffixes = "xserver.jp", .host = "%MXHOST%", .port = 465,
        .security = S::Tls, .altPort = 587, .altSecurity = S::StartTls, .userForm = U::Address,
        .notes = NoteCertificateName, .checked = "2024-06",
        .note = QT_TRANSLATE_NOOP("Provider", "Your server's name (sv followed by a number, .xserver.jp) is shown in Xserver's server panel.") },
    { .id = "sakura", .name = QT_TRANSLATE_NOOP("ProviderName", "Sakura Internet"), .domains = "sakura.ne.jp", .host = "%EMAILDOMAIN%",
        .port = 587, .security = S::StartTls, .altPort = 465, .altSecurity = S::Tls, .userForm = U::Address,
        .checked = "2024-06" },
    { .id = "sakura-own", .name = QT_TRANSLATE_NOOP("ProviderName", "Sakura Internet"), .mxSuffixes = "sakura.ne.jp", .host = "%MXHOST%",
        .port = 587, .security = S::StartTls, .altPort = 465, .altSecurity = S::Tls, .userForm = U::Address,
        .notes = NoteCertificateName, .checked = "2024-06",
        .note = QT_TRANSLATE_NOOP("Provider", "The server name is your initial domain (something.sakura.ne.jp), shown in Sakura's control panel.") },
    { .id = "lolipop", .name = QT_TRANSLATE_NOOP("ProviderName", "Lolipop!"), .mxSuffixes = "lolipop.jp", .host = "smtp.lolipop.jp", .port = 465,
        .security = S::Tls, .altPort = 587, .altSecurity = S::StartTls, .userForm = U::Address,
        .notes = NoteCertificateName, .checked = "2024-06" },
    { .id = "onamae", .name = QT_TRANSLATE_NOOP("ProviderName", "お名前.com"), .mxSuffixes = "gmoserver.jp", .host = "%MXHOST%", .port = 465,
        .security = S::Tls, .altPort = 587, .altSecurity = S::StartTls, .userForm = U::Address,
        .notes = NoteCertificateName | NoteUnverified, .checked = "2024-06",
        .note = QT_TRANSLATE_NOOP("Provider", "The mail server's name (mail followed by a number, .gmoserver.jp) is shown in the お名前.com control panel.") },
};

} // namespace

QList<const ProviderInfo*> japaneseProviders()
{
    QList<const ProviderInfo*> out;
    for (const ProviderInfo& p : Providers)
        out.append(&p);
    return out;
}

} // namespace SmtpDoctor
