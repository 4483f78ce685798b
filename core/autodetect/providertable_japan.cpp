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
    { "docomo", "docomo", "docomo.ne.jp", "",
        "smtp.spmode.ne.jp", 465, S::Tls, 0, S::Auto, U::Other, 0,
        QT_TRANSLATE_NOOP("Provider", "Sign in with your d ACCOUNT ID and the IMAP password issued in docomo mail's settings, not your usual password. docomo mail must first be set up for use with your d ACCOUNT on other devices."), "2024-06" },
    { "au", "au", "au.com ezweb.ne.jp", "",
        "", 0, S::Auto, 0, S::Auto, U::Address, NoteUnverified, nullptr, "2024-06" },
    { "softbank", "SoftBank", "i.softbank.jp softbank.ne.jp", "",
        "", 0, S::Auto, 0, S::Auto, U::Unknown, NoteUnverified, nullptr, "2024-06" },
    { "ymobile", "Y!mobile", "ymobile.ne.jp", "",
        "", 0, S::Auto, 0, S::Auto, U::Unknown, NoteUnverified, nullptr, "2024-06" },
    { "rakuten", "Rakuten Mobile", "rakumail.jp", "",
        "", 0, S::Auto, 0, S::Auto, U::Unknown, NoteUnverified, nullptr, "2024-06" },

    // Internet providers.
    { "ocn", "OCN", "ocn.ne.jp ocn.ad.jp", "",
        "smtp.ocn.ne.jp", 465, S::Tls, 587, S::StartTls, U::Address, 0, nullptr, "2024-06" },
    { "biglobe", "BIGLOBE", "biglobe.ne.jp", "biglobe.ne.jp",
        "mail.biglobe.ne.jp", 465, S::Tls, 0, S::Auto, U::Address, 0, nullptr, "2024-06" },
    { "nifty", "@nifty", "nifty.com", "",
        "smtp.nifty.com", 465, S::Tls, 587, S::StartTls, U::Address, 0, nullptr, "2024-06" },
    { "so-net", "So-net", "so-net.ne.jp", "",
        "", 0, S::Auto, 0, S::Auto, U::Unknown, NoteUnverified, nullptr, "2024-06" },
    { "yahoo-jp", "Yahoo! JAPAN", "yahoo.co.jp ymail.ne.jp", "",
        "smtp.mail.yahoo.co.jp", 465, S::Tls, 0, S::Auto, U::LocalPart, NoteEnableAccess,
        QT_TRANSLATE_NOOP("Provider", "The user name is your Yahoo! JAPAN ID. For an @yahoo.co.jp address it is usually the part before \"@\"."), "2024-06" },
    { "iijmio", "IIJmio", "iijmio-mail.jp", "",
        "", 0, S::Auto, 0, S::Auto, U::Unknown, NoteUnverified, nullptr, "2024-06" },
    { "eo", "eo", "eonet.ne.jp", "",
        "", 0, S::Auto, 0, S::Auto, U::Unknown, NoteUnverified, nullptr, "2024-06" },
    { "jcom", "J:COM", "jcom.home.ne.jp jcom.zaq.ne.jp", "",
        "smtpa.jcom.zaq.ne.jp", 465, S::Tls, 587, S::StartTls, U::Address, 0, nullptr, "2024-06" },

    // Hosting companies: found through the MX of your own domain; the server is named per customer.
    { "xserver", "Xserver", "", "xserver.jp",
        "%MXHOST%", 465, S::Tls, 587, S::StartTls, U::Address, NoteCertificateName,
        QT_TRANSLATE_NOOP("Provider", "Your server's name (sv followed by a number, .xserver.jp) is shown in Xserver's server panel."), "2024-06" },
    { "sakura", "Sakura Internet", "sakura.ne.jp", "",
        "%EMAILDOMAIN%", 587, S::StartTls, 465, S::Tls, U::Address, 0, nullptr, "2024-06" },
    { "sakura-own", "Sakura Internet", "", "sakura.ne.jp",
        "%MXHOST%", 587, S::StartTls, 465, S::Tls, U::Address, NoteCertificateName,
        QT_TRANSLATE_NOOP("Provider", "The server name is your initial domain (something.sakura.ne.jp), shown in Sakura's control panel."), "2024-06" },
    { "lolipop", "Lolipop!", "", "lolipop.jp",
        "smtp.lolipop.jp", 465, S::Tls, 587, S::StartTls, U::Address, NoteCertificateName, nullptr, "2024-06" },
    { "onamae", "お名前.com", "", "gmoserver.jp",
        "%MXHOST%", 465, S::Tls, 587, S::StartTls, U::Address, NoteCertificateName | NoteUnverified,
        QT_TRANSLATE_NOOP("Provider", "The mail server's name (mail followed by a number, .gmoserver.jp) is shown in the お名前.com control panel."), "2024-06" },
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
