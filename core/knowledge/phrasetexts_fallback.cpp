// Topic words of last resort: read only when nothing else in a text was recognised and the text reports
// a failure (FallbackWords). An error message nobody catalogued ("Auth error: bad password", "SSL
// failure") still names its topic, and the explanation says that only the topic is known.
// Patterns: lowercase alternatives separated by '|'; the first entry whose words occur wins.
#include "core/knowledge/textentries.h"

namespace SmtpDoctor {

using K = TextEntry::Kind;
using C = ReplyClass;
using S = Side;
using R = RetryAdvice;

const std::vector<TextEntry>& fallbackPhrases()
{
    static const std::vector<TextEntry> table {
        { .id = "fallback.sign-in", .kind = K::Phrase,
            .patterns = "password|passwd|authenticat|credential|login|log in|logon|username|user name|パスワード|認証|ログイン|ユーザー名|ユーザ名",
            .specificity = 1, .typicalClass = C::Permanent, .side = S::You, .retry = R::AfterFix,
            .finding = FindingId::AuthRejected, .flags = TextEntry::LastResort,
            .reason = Reason::AuthenticationFailed,
            .title = QT_TRANSLATE_NOOP("Knowledge", "An error about signing in"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "This exact message is not in SMTP Doctor's list, but it is about signing in to the outgoing server: the user name, the password or the sign-in method was not accepted."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Check the user name (usually your full email address) and type the password again. If your provider uses 2-step verification, use an app password. \"smtpdoctor check\" tests the sign-in step by step.") },
        { .id = "fallback.encryption", .kind = K::Phrase,
            .patterns = "ssl|tls|certificate|x509|x.509|handshake|証明書|暗号",
            .specificity = 1, .typicalClass = C::Permanent, .side = S::You, .retry = R::AfterFix,
            .finding = FindingId::TlsHandshakeFailed, .flags = TextEntry::LastResort,
            .reason = Reason::TlsError,
            .title = QT_TRANSLATE_NOOP("Knowledge", "An error about the encrypted connection"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "This exact message is not in SMTP Doctor's list, but it is about the encrypted (SSL/TLS) connection: the security setting may not match the port, or the server's certificate was not accepted."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Use port 465 with SSL/TLS or 587 with STARTTLS, and check the computer's date and time. \"smtpdoctor check\" shows which part of the connection fails.") },
        { .id = "fallback.server-name", .kind = K::Phrase,
            .patterns = "dns|resolve|lookup|look up|hostname|host name|unknown host|名前解決|ホスト名",
            .specificity = 1, .typicalClass = C::Permanent, .side = S::You, .retry = R::AfterFix,
            .finding = FindingId::NetworkDnsFailed, .flags = TextEntry::LastResort,
            .reason = Reason::Configuration,
            .title = QT_TRANSLATE_NOOP("Knowledge", "An error about the server's name"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "This exact message is not in SMTP Doctor's list, but it is about finding the server by its name: the name may be mistyped, or the network's name service did not answer."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Compare the outgoing server name letter by letter with your provider's setup page, and check that web pages open.") },
        { .id = "fallback.connection", .kind = K::Phrase,
            .patterns = "connect|socket|network|unreachable|timeout|timed out|接続|ネットワーク|タイムアウト|通信",
            .specificity = 1, .typicalClass = C::Transient, .side = S::Network, .retry = R::Soon,
            .finding = FindingId::ServerRefused, .flags = TextEntry::LastResort,
            .reason = Reason::NetworkError,
            .title = QT_TRANSLATE_NOOP("Knowledge", "An error about the connection"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "This exact message is not in SMTP Doctor's list, but it is about the connection to the outgoing server: it could not be opened or did not last. A wrong server name or port, a firewall, security software or an unstable network are the usual causes."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Check the outgoing server name and port (587 with STARTTLS or 465 with SSL/TLS) and that web pages open. \"smtpdoctor check\" finds which port works.") },
        { .id = "fallback.recipient", .kind = K::Phrase,
            .patterns = "recipient|rcpt|宛先|受信者",
            .specificity = 1, .typicalClass = C::Permanent, .side = S::Recipient, .retry = R::AfterFix,
            .finding = FindingId::SendRecipientUnknown, .flags = TextEntry::LastResort,
            .reason = Reason::RecipientUnknown,
            .title = QT_TRANSLATE_NOOP("Knowledge", "An error about a recipient"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "This exact message is not in SMTP Doctor's list, but it is about a recipient's address: it may be mistyped or not exist, or the server did not accept it for another reason."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Check each recipient's address for typos. If the addresses are right, send the whole message to your mail provider's support.") },
        { .id = "fallback.sender", .kind = K::Phrase,
            .patterns = "sender|from address|mail from|差出人|送信者|送信元",
            .specificity = 1, .typicalClass = C::Permanent, .side = S::You, .retry = R::AfterFix,
            .finding = FindingId::SendSenderRejected, .flags = TextEntry::LastResort,
            .reason = Reason::SenderRejected,
            .title = QT_TRANSLATE_NOOP("Knowledge", "An error about the sender address"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "This exact message is not in SMTP Doctor's list, but it is about the sender (From) address: it may be empty, mistyped, or not one the account may send from."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Check the email address set for the account or the program: it should be the address of the account you sign in with.") },
        { .id = "fallback.failure", .kind = K::Phrase,
            .patterns = "error|fail|could not|couldn't|cannot|can't|unable|not accepted|refused|rejected|denied|invalid|エラー|失敗|できません|できませんでした|拒否|無効",
            .specificity = 1, .typicalClass = C::Permanent, .side = S::You, .retry = R::AfterFix,
            .flags = TextEntry::LastResort,
            .reason = Reason::Unclassified,
            .title = QT_TRANSLATE_NOOP("Knowledge", "An error SMTP Doctor does not know"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "The text reports a failure, but neither its words nor a reply code in it are in SMTP Doctor's list, so its cause cannot be told from the text alone."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Run \"smtpdoctor check\" with your account settings to find the failing step, and give the exact text to your mail provider or helpdesk.") },
    };
    return table;
}

} // namespace SmtpDoctor
