// Apple's Mail (Mac, iPhone and iPad) and the Gmail app: their outgoing server settings in their own
// words. See mailprograms_desktop.cpp for the rules; Apple writes 「サーバ」「ユーザ」 without ー, and the
// quoted labels keep that.
#include "core/report/mailprograms.h"

namespace SmtpDoctor {

namespace {

const MailProgramInfo Programs[] = {
    // Mail on a Mac: support.apple.com (ja) HT204208 (「サーバ設定」「接続設定を自動的に管理」) and Apple's
    // MDM mail payload reference for the field names.
    { .id = MailProgram::AppleMail, .key = "apple-mail", .context = "MailProgramAppleMail",
        .name = QT_TRANSLATE_NOOP("MailProgramAppleMail", "Mail on a Mac"),
        .where = QT_TRANSLATE_NOOP("MailProgramAppleMail", "Choose \"Mail\" → \"Settings\" (\"Preferences\" on older macOS) → \"Accounts\", select the account and open \"Server Settings\". Under \"Outgoing Mail Server (SMTP)\", turn off \"Automatically manage connection settings\"."),
        .serverLabel = QT_TRANSLATE_NOOP("MailProgramAppleMail", "\"Host Name\""),
        .portLabel = QT_TRANSLATE_NOOP("MailProgramAppleMail", "\"Port\""),
        .securityLabel = QT_TRANSLATE_NOOP("MailProgramAppleMail", "\"Use TLS/SSL\""),
        .userLabel = QT_TRANSLATE_NOOP("MailProgramAppleMail", "\"User Name\""),
        .authLabel = QT_TRANSLATE_NOOP("MailProgramAppleMail", "\"Authentication\""),
        .securityTls = QT_TRANSLATE_NOOP("MailProgramAppleMail", "On"),
        .securityStartTls = QT_TRANSLATE_NOOP("MailProgramAppleMail", "On"),
        .securityNone = QT_TRANSLATE_NOOP("MailProgramAppleMail", "Off"),
        .authPassword = QT_TRANSLATE_NOOP("MailProgramAppleMail", "Password"),
        .authEncrypted = QT_TRANSLATE_NOOP("MailProgramAppleMail", "MD5 Challenge-Response"),
        .authOAuth = QT_TRANSLATE_NOOP("MailProgramAppleMail", "Add the account again with its own button (Google, Microsoft Exchange, Yahoo!…), so that Mail signs in on the provider's page"),
        .authNone = QT_TRANSLATE_NOOP("MailProgramAppleMail", "None"),
        .checked = "2026-12" },
    // Mail on iPhone and iPad (iOS 18 moved it under Settings → Apps). Field names as in Apple's setup
    // pages; not compared with a device here.
    { .id = MailProgram::AppleMobile, .key = "apple-mobile", .context = "MailProgramAppleMobile",
        .name = QT_TRANSLATE_NOOP("MailProgramAppleMobile", "Mail on iPhone or iPad"),
        .where = QT_TRANSLATE_NOOP("MailProgramAppleMobile", "Open \"Settings\" → \"Apps\" → \"Mail\" → \"Mail Accounts\" (on iOS 17 and earlier: \"Settings\" → \"Mail\" → \"Accounts\"), tap the account → \"Account\" → \"SMTP\" under \"Outgoing Mail Server\" → \"Primary Server\"."),
        .serverLabel = QT_TRANSLATE_NOOP("MailProgramAppleMobile", "\"Host Name\""),
        .portLabel = QT_TRANSLATE_NOOP("MailProgramAppleMobile", "\"Server Port\""),
        .securityLabel = QT_TRANSLATE_NOOP("MailProgramAppleMobile", "\"Use SSL\""),
        .userLabel = QT_TRANSLATE_NOOP("MailProgramAppleMobile", "\"User Name\""),
        .authLabel = QT_TRANSLATE_NOOP("MailProgramAppleMobile", "\"Authentication\""),
        .securityTls = QT_TRANSLATE_NOOP("MailProgramAppleMobile", "On"),
        .securityStartTls = QT_TRANSLATE_NOOP("MailProgramAppleMobile", "On"),
        .securityNone = QT_TRANSLATE_NOOP("MailProgramAppleMobile", "Off"),
        .authPassword = QT_TRANSLATE_NOOP("MailProgramAppleMobile", "Password"),
        .authEncrypted = QT_TRANSLATE_NOOP("MailProgramAppleMobile", "MD5 Challenge-Response"),
        .authOAuth = QT_TRANSLATE_NOOP("MailProgramAppleMobile", "Add the account again with its own button (Google, Microsoft Exchange, Yahoo!…), so that Mail signs in on the provider's page"),
        .authNone = QT_TRANSLATE_NOOP("MailProgramAppleMobile", "None"),
        .checked = "2026-12" },
    // The Gmail app on Android, for a POP or IMAP account of another provider: the account screens come
    // from Android's Email app (AOSP packages/apps/Email res/values and values-ja: "Outgoing settings",
    // "SMTP server", "Security type", "Require sign-in" / 「送信設定」「セキュリティの種類」「ログインが必要」).
    { .id = MailProgram::GmailApp, .key = "gmail-app", .context = "MailProgramGmailApp",
        .name = QT_TRANSLATE_NOOP("MailProgramGmailApp", "Gmail app"),
        .where = QT_TRANSLATE_NOOP("MailProgramGmailApp", "In the Gmail app, open the ≡ menu → \"Settings\", tap the account → \"Outgoing settings\"."),
        .serverLabel = QT_TRANSLATE_NOOP("MailProgramGmailApp", "\"SMTP server\""),
        .portLabel = QT_TRANSLATE_NOOP("MailProgramGmailApp", "\"Port\""),
        .securityLabel = QT_TRANSLATE_NOOP("MailProgramGmailApp", "\"Security type\""),
        .userLabel = QT_TRANSLATE_NOOP("MailProgramGmailApp", "\"Username\""),
        .authLabel = QT_TRANSLATE_NOOP("MailProgramGmailApp", "\"Require sign-in\""),
        .securityTls = QT_TRANSLATE_NOOP("MailProgramGmailApp", "SSL/TLS"),
        .securityStartTls = QT_TRANSLATE_NOOP("MailProgramGmailApp", "STARTTLS"),
        .securityNone = QT_TRANSLATE_NOOP("MailProgramGmailApp", "None"),
        .authPassword = QT_TRANSLATE_NOOP("MailProgramGmailApp", "On, then your user name and password"),
        .authEncrypted = QT_TRANSLATE_NOOP("MailProgramGmailApp", "On, then your user name and password"),
        .authOAuth = QT_TRANSLATE_NOOP("MailProgramGmailApp", "Add the account again and choose its provider (Outlook, Yahoo…) instead of \"Other\", so that the app signs in on the provider's page"),
        .authNone = QT_TRANSLATE_NOOP("MailProgramGmailApp", "Off"),
        .checked = "2026-12" },
};

} // namespace

QList<const MailProgramInfo*> mobileMailPrograms()
{
    QList<const MailProgramInfo*> out;
    for (const MailProgramInfo& p : Programs)
        out.append(&p);
    return out;
}

} // namespace SmtpDoctor
