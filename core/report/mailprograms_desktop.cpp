// Mail programs on a computer: their outgoing server settings in their own words. Where a label was
// compared with the program's own text, the comment says where; the Japanese translations quote the
// program's Japanese interface (translations/smtpdoctor_report_ja.ts), never a translation of ours.
#include "core/report/mailprograms.h"

namespace SmtpDoctor {

namespace {

const MailProgramInfo Programs[] = {
    // Thunderbird 128: comm-central en-US smtpEditOverlay.dtd / messenger.properties and the Japanese
    // localization (thunderbird-l10n ja: 「接続の保護」「認証方式」「通常のパスワード認証」).
    { .id = MailProgram::Thunderbird, .key = "thunderbird", .context = "MailProgramThunderbird",
        .name = QT_TRANSLATE_NOOP("MailProgramThunderbird", "Thunderbird"),
        .where = QT_TRANSLATE_NOOP("MailProgramThunderbird", "Open the ≡ menu → \"Account Settings\" → \"Outgoing Server\" at the bottom of the list, select the server and click \"Edit…\"."),
        .serverLabel = QT_TRANSLATE_NOOP("MailProgramThunderbird", "\"Server Name\""),
        .portLabel = QT_TRANSLATE_NOOP("MailProgramThunderbird", "\"Port\""),
        .securityLabel = QT_TRANSLATE_NOOP("MailProgramThunderbird", "\"Connection security\""),
        .userLabel = QT_TRANSLATE_NOOP("MailProgramThunderbird", "\"User Name\""),
        .authLabel = QT_TRANSLATE_NOOP("MailProgramThunderbird", "\"Authentication method\""),
        .securityTls = QT_TRANSLATE_NOOP("MailProgramThunderbird", "SSL/TLS"),
        .securityStartTls = QT_TRANSLATE_NOOP("MailProgramThunderbird", "STARTTLS"),
        .securityNone = QT_TRANSLATE_NOOP("MailProgramThunderbird", "None"),
        .authPassword = QT_TRANSLATE_NOOP("MailProgramThunderbird", "Normal password"),
        .authEncrypted = QT_TRANSLATE_NOOP("MailProgramThunderbird", "Encrypted password"),
        .authOAuth = QT_TRANSLATE_NOOP("MailProgramThunderbird", "OAuth2"),
        .authNone = QT_TRANSLATE_NOOP("MailProgramThunderbird", "No authentication"),
        .checked = "2026-12" },
    // Outlook (classic) for Windows, Microsoft 365: the "Internet E-mail Settings" dialog, as quoted by
    // providers' setup guides in English and Japanese (「送信サーバー (SMTP) は認証が必要」).
    { .id = MailProgram::OutlookClassic, .key = "outlook-classic", .context = "MailProgramOutlookClassic",
        .name = QT_TRANSLATE_NOOP("MailProgramOutlookClassic", "Outlook (classic)"),
        .where = QT_TRANSLATE_NOOP("MailProgramOutlookClassic", "Click \"File\" → \"Account Settings\" → \"Account Settings…\", select the account and click \"Change…\". The port, encryption and sign-in are under \"More Settings…\"."),
        .serverLabel = QT_TRANSLATE_NOOP("MailProgramOutlookClassic", "\"Outgoing mail server (SMTP)\""),
        .portLabel = QT_TRANSLATE_NOOP("MailProgramOutlookClassic", "\"Advanced\" tab: \"Outgoing server (SMTP)\""),
        .securityLabel = QT_TRANSLATE_NOOP("MailProgramOutlookClassic", "\"Advanced\" tab: \"Use the following type of encrypted connection\""),
        .userLabel = QT_TRANSLATE_NOOP("MailProgramOutlookClassic", "\"User Name\""),
        .authLabel = QT_TRANSLATE_NOOP("MailProgramOutlookClassic", "\"Outgoing Server\" tab: \"My outgoing server (SMTP) requires authentication\""),
        .securityTls = QT_TRANSLATE_NOOP("MailProgramOutlookClassic", "SSL/TLS"),
        .securityStartTls = QT_TRANSLATE_NOOP("MailProgramOutlookClassic", "STARTTLS"),
        .securityNone = QT_TRANSLATE_NOOP("MailProgramOutlookClassic", "None"),
        .authPassword = QT_TRANSLATE_NOOP("MailProgramOutlookClassic", "On, with \"Use same settings as my incoming mail server\""),
        .authEncrypted = QT_TRANSLATE_NOOP("MailProgramOutlookClassic", "On, with \"Use same settings as my incoming mail server\""),
        .authOAuth = QT_TRANSLATE_NOOP("MailProgramOutlookClassic", "Outlook signs in on the provider's page only for Microsoft and Google accounts: remove this account and add it again with its address, letting Outlook choose the account type"),
        .authNone = QT_TRANSLATE_NOOP("MailProgramOutlookClassic", "Off"),
        .checked = "2026-12" },
    // The new Outlook for Windows: POP/IMAP settings are entered only when an account is added. Labels
    // from Microsoft's help as remembered; not compared with the program here (no copy to look at).
    { .id = MailProgram::OutlookNew, .key = "outlook-new", .context = "MailProgramOutlookNew",
        .name = QT_TRANSLATE_NOOP("MailProgramOutlookNew", "New Outlook"),
        .where = QT_TRANSLATE_NOOP("MailProgramOutlookNew", "Open \"Settings\" (the gear) → \"Accounts\" → \"Email accounts\". The server settings of a POP or IMAP account can only be typed in when the account is added: remove it, add it again and choose IMAP (or POP) to enter them by hand."),
        .serverLabel = QT_TRANSLATE_NOOP("MailProgramOutlookNew", "\"SMTP outgoing server\""),
        .portLabel = QT_TRANSLATE_NOOP("MailProgramOutlookNew", "\"Port\" (beside the SMTP server)"),
        .securityLabel = QT_TRANSLATE_NOOP("MailProgramOutlookNew", "\"Secure connection type\" (beside the SMTP server)"),
        .userLabel = QT_TRANSLATE_NOOP("MailProgramOutlookNew", "\"SMTP username\""),
        .authLabel = QT_TRANSLATE_NOOP("MailProgramOutlookNew", "\"SMTP password\""),
        .securityTls = QT_TRANSLATE_NOOP("MailProgramOutlookNew", "SSL/TLS"),
        .securityStartTls = QT_TRANSLATE_NOOP("MailProgramOutlookNew", "STARTTLS"),
        .securityNone = QT_TRANSLATE_NOOP("MailProgramOutlookNew", "None"),
        .authPassword = QT_TRANSLATE_NOOP("MailProgramOutlookNew", "Your password (new Outlook signs in with a normal password)"),
        .authEncrypted = QT_TRANSLATE_NOOP("MailProgramOutlookNew", "Your password (new Outlook signs in with a normal password)"),
        .authOAuth = QT_TRANSLATE_NOOP("MailProgramOutlookNew", "New Outlook signs in on the provider's page for Microsoft, Google, Yahoo and iCloud accounts: add the account with its address and choose that kind of account"),
        .authNone = QT_TRANSLATE_NOOP("MailProgramOutlookNew", "Leave it empty"),
        .checked = "2026-12" },
    // Mail and Calendar for Windows 10/11: retired by Microsoft at the end of 2024. The port is typed
    // after the server name. Labels as remembered, not compared with the program here.
    { .id = MailProgram::WindowsMail, .key = "windows-mail", .context = "MailProgramWindowsMail",
        .name = QT_TRANSLATE_NOOP("MailProgramWindowsMail", "Windows Mail"),
        .where = QT_TRANSLATE_NOOP("MailProgramWindowsMail", "Open \"Settings\" (the gear) → \"Manage accounts\" → the account → \"Change mailbox sync settings\" → \"Advanced mailbox settings\"."),
        .serverLabel = QT_TRANSLATE_NOOP("MailProgramWindowsMail", "\"Outgoing (SMTP) email server\""),
        .securityLabel = QT_TRANSLATE_NOOP("MailProgramWindowsMail", "\"Require SSL for outgoing email\""),
        .userLabel = QT_TRANSLATE_NOOP("MailProgramWindowsMail", "\"User name\""),
        .authLabel = QT_TRANSLATE_NOOP("MailProgramWindowsMail", "\"Outgoing server requires authentication\""),
        .securityTls = QT_TRANSLATE_NOOP("MailProgramWindowsMail", "On"),
        .securityStartTls = QT_TRANSLATE_NOOP("MailProgramWindowsMail", "On"),
        .securityNone = QT_TRANSLATE_NOOP("MailProgramWindowsMail", "Off"),
        .authPassword = QT_TRANSLATE_NOOP("MailProgramWindowsMail", "On, and also \"Use the same user name and password for sending email\""),
        .authEncrypted = QT_TRANSLATE_NOOP("MailProgramWindowsMail", "On, and also \"Use the same user name and password for sending email\""),
        .authOAuth = QT_TRANSLATE_NOOP("MailProgramWindowsMail", "Windows Mail cannot sign in this way: use the new Outlook"),
        .authNone = QT_TRANSLATE_NOOP("MailProgramWindowsMail", "Off"),
        .note = QT_TRANSLATE_NOOP("MailProgramWindowsMail", "Type the port after the server name, with a colon, as shown. Microsoft ended the Mail and Calendar apps on 31 December 2024 and they can no longer send mail: move to the new Outlook (you can choose it above)."),
        .checked = "2026-12" },
    // Becky! Internet Mail 2 (RimArts): "Mailbox Setup", as described in providers' Japanese setup
    // guides; not compared with the program here.
    { .id = MailProgram::Becky, .key = "becky", .context = "MailProgramBecky",
        .name = QT_TRANSLATE_NOOP("MailProgramBecky", "Becky! Internet Mail"),
        .where = QT_TRANSLATE_NOOP("MailProgramBecky", "Click \"Tools\" → \"Mailbox Setup…\". The server is on the \"Basic\" tab; the port and SMTP authentication are on the \"Advanced\" tab."),
        .serverLabel = QT_TRANSLATE_NOOP("MailProgramBecky", "\"Basic\" tab: \"SMTP server (Outgoing)\""),
        .portLabel = QT_TRANSLATE_NOOP("MailProgramBecky", "\"Advanced\" tab: the \"SMTP\" port"),
        .securityLabel = QT_TRANSLATE_NOOP("MailProgramBecky", "\"Basic\" tab: the encryption beside the SMTP server"),
        .userLabel = QT_TRANSLATE_NOOP("MailProgramBecky", "\"Advanced\" tab: \"User ID\" under \"SMTP Authentication\""),
        .authLabel = QT_TRANSLATE_NOOP("MailProgramBecky", "\"Advanced\" tab: \"SMTP Authentication\""),
        .securityTls = QT_TRANSLATE_NOOP("MailProgramBecky", "SSL/TLS"),
        .securityStartTls = QT_TRANSLATE_NOOP("MailProgramBecky", "STARTTLS"),
        .securityNone = QT_TRANSLATE_NOOP("MailProgramBecky", "Off"),
        .authPassword = QT_TRANSLATE_NOOP("MailProgramBecky", "On, with \"PLAIN\" and \"LOGIN\""),
        .authEncrypted = QT_TRANSLATE_NOOP("MailProgramBecky", "On, with \"CRAM-MD5\""),
        .authOAuth = QT_TRANSLATE_NOOP("MailProgramBecky", "Choose \"OAuth2\" if your version of Becky! offers it; otherwise use another mail program for this account"),
        .authNone = QT_TRANSLATE_NOOP("MailProgramBecky", "Off"),
        .checked = "2026-12" },
};

} // namespace

QList<const MailProgramInfo*> desktopMailPrograms()
{
    QList<const MailProgramInfo*> out;
    for (const MailProgramInfo& p : Programs)
        out.append(&p);
    return out;
}

} // namespace SmtpDoctor
