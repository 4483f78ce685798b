// Japanese wording of bounces and mail programs' error dialogs (Outlook, Thunderbird, providers'
// reports in Japanese). The explanations reuse the English sentences of the same meaning, so they are
// translated once.
#include "core/knowledge/textentries.h"

namespace SmtpDoctor {

using K = TextEntry::Kind;
using St = ReplyStage;
using C = ReplyClass;
using S = Side;
using R = RetryAdvice;

const std::vector<TextEntry>& japanesePhrases()
{
    static const std::vector<TextEntry> table {
        { "ja.host-unknown", K::Phrase, "ドメインが存在しません|ドメインが見つかりません|存在しないドメイン|ホストが見つかりません|ホスト名が見つかりません", St::Any, 2, C::Permanent, S::Recipient, R::AfterFix, "send.recipient-unknown",
            QT_TRANSLATE_NOOP("Knowledge", "The recipient's domain does not exist"),
            QT_TRANSLATE_NOOP("Knowledge", "The part after \"@\" in the recipient's address is not a domain that receives mail, usually because of a typo."),
            QT_TRANSLATE_NOOP("Knowledge", "Check the part after \"@\" in the recipient's address, for example \"gmail.com\" and not \"gmial.com\".") },
        { "ja.user-unknown", K::Phrase, "宛先不明|あて先不明|ユーザーが存在しません|ユーザが存在しません|ユーザーは存在しません|存在しないユーザー|存在しないメールアドレス|宛先のメールアドレスが見つかりません|宛先が見つかりません|ユーザーが見つかりません|ユーザーは登録されていません|アカウントが存在しません|メールアドレスが存在しません", St::Any, 2, C::Permanent, S::Recipient, R::AfterFix, "send.recipient-unknown",
            QT_TRANSLATE_NOOP("Knowledge", "The recipient's address does not exist"),
            QT_TRANSLATE_NOOP("Knowledge", "The receiving server has no mailbox with the name before \"@\". The address is mistyped, or the person no longer uses it. Your own settings are fine."),
            QT_TRANSLATE_NOOP("Knowledge", "Check the recipient's address for typos, or ask them for their correct address.") },
        { "ja.mailbox-full", K::Phrase, "容量を超え|容量オーバー|容量が一杯|容量がいっぱい|メールボックスがいっぱい|メールボックスが一杯|メールボックスの容量|保存容量", St::Any, 2, C::Permanent, S::Recipient, R::Later, "send.rate-limited",
            QT_TRANSLATE_NOOP("Knowledge", "The recipient's mailbox is full"),
            QT_TRANSLATE_NOOP("Knowledge", "The recipient has used up their storage space, so no new mail fits in. Your settings are fine."),
            QT_TRANSLATE_NOOP("Knowledge", "Tell the recipient in another way that their mailbox is full, and send again after they have made room.") },
        { "ja.too-large", K::Phrase, "サイズが大きすぎ|サイズが上限|サイズ制限|サイズの上限|大きすぎるため", St::Any, 3, C::Permanent, S::You, R::AfterFix, "send.message-too-large",
            QT_TRANSLATE_NOOP("Knowledge", "The message is too large"),
            QT_TRANSLATE_NOOP("Knowledge", "The message is bigger than the server accepts (attachments count too, and they grow by about a third when sent)."),
            QT_TRANSLATE_NOOP("Knowledge", "Send smaller attachments, or share large files through a link instead.") },
        { "ja.relay-denied", K::Phrase, "中継が拒否|中継を拒否|リレーが拒否|リレーを拒否|中継は許可されていません|リレーは許可されていません|中継できません", St::Any, 3, C::Permanent, S::You, R::AfterFix, "send.relay-denied",
            QT_TRANSLATE_NOOP("Knowledge", "The server will not pass your mail on (relay denied)"),
            QT_TRANSLATE_NOOP("Knowledge", "The server only delivers mail to outside addresses for users who have signed in. Your mail program probably does not sign in, or uses a server that is not your provider's."),
            QT_TRANSLATE_NOOP("Knowledge", "Turn on \"My outgoing server requires authentication\" (SMTP authentication) with your user name and password, and use your provider's sending port (587 or 465).") },
        { "ja.auth-failed", K::Phrase, "認証に失敗|ユーザー名またはパスワードが正しくありません|ユーザー名またはパスワードが間違|パスワードが正しくありません|パスワードが間違って|ログインに失敗", St::Any, 3, C::Permanent, S::You, R::AfterFix, "auth.rejected",
            QT_TRANSLATE_NOOP("Knowledge", "User name or password not accepted"),
            QT_TRANSLATE_NOOP("Knowledge", "The server refused the sign-in: the password is wrong, the user name is not in the form the provider wants, or the account may not sign in from mail programs."),
            QT_TRANSLATE_NOOP("Knowledge", "Type the password again carefully (watch Caps Lock). Use your full email address as the user name. If your provider uses 2-step verification, create an app password and use that.") },
        { "ja.auth-required", K::Phrase, "smtp認証が必要|smtp 認証が必要|認証が必要です|認証されていません", St::Any, 3, C::Permanent, S::You, R::AfterFix, "send.relay-denied",
            QT_TRANSLATE_NOOP("Knowledge", "The server wants you to sign in before sending"),
            QT_TRANSLATE_NOOP("Knowledge", "The server only accepts mail from users who have signed in (SMTP authentication), and your mail program sent without signing in."),
            QT_TRANSLATE_NOOP("Knowledge", "Turn on \"My outgoing server requires authentication\" (SMTP authentication) with your user name and password, and use your provider's sending port (587 or 465).") },
        { "ja.cannot-connect", K::Phrase, "サーバーに接続できません|サーバに接続できません|サーバーへの接続に失敗|サーバへの接続に失敗|接続できませんでした|接続を拒否", St::Any, 3, C::Permanent, S::You, R::AfterFix, "server.refused",
            QT_TRANSLATE_NOOP("Knowledge", "The mail program cannot connect to the outgoing server"),
            QT_TRANSLATE_NOOP("Knowledge", "The mail program could not open a connection to the outgoing (SMTP) server at all: the server name or port is wrong, port 25 is blocked by the internet provider, or a firewall or security program blocks the connection."),
            QT_TRANSLATE_NOOP("Knowledge", "Open your mail program's account settings and check the outgoing server name, then set the port to 587 with STARTTLS (or 465 with SSL/TLS). Run \"smtpdoctor check\" to find which port works.") },
        { "ja.timeout", K::Phrase, "タイムアウト|応答がありません|応答しませんでした", St::Any, 3, C::Transient, S::Network, R::Soon, "server.timeout",
            QT_TRANSLATE_NOOP("Knowledge", "The outgoing server did not answer in time"),
            QT_TRANSLATE_NOOP("Knowledge", "The mail program waited for the outgoing server and gave up. A blocked port (often 25), a security setting that does not match the port, security software or a slow connection with a large attachment cause this."),
            QT_TRANSLATE_NOOP("Knowledge", "Set the port to 587 with STARTTLS (or 465 with SSL/TLS), and raise the server timeout in the mail program's advanced settings if you send large attachments.") },
        { "ja.connection-interrupted", K::Phrase, "接続が中断|接続が切断|予期せず切断|接続が予期せず|接続が失われ", St::Any, 3, C::Transient, S::Network, R::Soon, "server.reset",
            QT_TRANSLATE_NOOP("Knowledge", "The connection was interrupted while sending"),
            QT_TRANSLATE_NOOP("Knowledge", "The connection to the outgoing server broke off in the middle. Common causes: security software that scans outgoing mail, a security setting that does not match the port, a very large attachment on a slow line, or an unstable network."),
            QT_TRANSLATE_NOOP("Knowledge", "Check that security matches the port (465 = SSL/TLS, 587 = STARTTLS). Turn off \"email scanning\" in your security software for a test, then send again.") },
        { "ja.internal-error", K::Phrase, "内部エラー", St::Any, 2, C::Transient, S::Server, R::Soon, nullptr,
            QT_TRANSLATE_NOOP("Knowledge", "The outgoing server reported an error (Outlook)"),
            QT_TRANSLATE_NOOP("Knowledge", "Outlook shows this for any error reply of the outgoing server; the server's own words (\"The server responded: ...\") tell the real reason. Often it is a sending limit, a temporary problem or missing sign-in."),
            QT_TRANSLATE_NOOP("Knowledge", "Read the reply quoted after \"The server responded\" and its explanation here. If none is quoted, wait a few minutes and try again, then check that sign-in is turned on for the outgoing server.") , TextEntry::Wrapper },
        { "ja.refused", K::Phrase, "受信拒否|受信を拒否|迷惑メールと判定|迷惑メールとして|スパムと判定|スパムとして", St::Any, 3, C::Permanent, S::Recipient, R::AfterFix, "send.rejected-as-spam",
            QT_TRANSLATE_NOOP("Knowledge", "The receiving side refused your mail"),
            QT_TRANSLATE_NOOP("Knowledge", "The recipient's server or the recipient's own settings refuse mail from you: a spam filter, or a rule that blocks your address or domain."),
            QT_TRANSLATE_NOOP("Knowledge", "Ask the recipient in another way to allow your address or domain in their mail settings, then send again.") },
        { "ja.certificate", K::Phrase, "証明書に問題|証明書が信頼|証明書の有効期限|証明書が無効|セキュリティで保護された接続", St::Any, 3, C::Permanent, S::You, R::AfterFix, "tls.handshake-failed",
            QT_TRANSLATE_NOOP("Knowledge", "The encrypted connection failed"),
            QT_TRANSLATE_NOOP("Knowledge", "The secure (SSL/TLS) connection could not be set up: the security setting does not match the port, the server's certificate is not trusted or expired, or security software interferes."),
            QT_TRANSLATE_NOOP("Knowledge", "Use port 465 with SSL/TLS or 587 with STARTTLS (not mixed). Check the computer's date and time. Run \"smtpdoctor check\" to see which part of the connection fails.") },
        { "ja.port25", K::Phrase, "op25b|outbound port 25 blocking|25番ポート|ポート25番|ポート 25 番", St::Any, 3, C::Permanent, S::Network, R::AfterFix, "interference.port25-blocked",
            QT_TRANSLATE_NOOP("Knowledge", "Your internet provider blocks port 25"),
            QT_TRANSLATE_NOOP("Knowledge", "Port 25 does not get through, while the sending ports 465 and 587 do. Many providers block port 25 for home connections to stop spam (\"Outbound Port 25 Blocking\", OP25B)."),
            QT_TRANSLATE_NOOP("Knowledge", "Use port 587 with STARTTLS or 465 with SSL/TLS, with your user name and password.") },
        { "ja.delay", K::Phrase, "配信が遅延|配送が遅延|遅延しています|まだ配信されていません|再送を試みて|配送を再試行", St::Any, 3, C::Transient, S::Recipient, R::Automatic, nullptr,
            QT_TRANSLATE_NOOP("Knowledge", "Only a warning: delivery is delayed and still being tried"),
            QT_TRANSLATE_NOOP("Knowledge", "Your mail server could not hand the message to the recipient's server yet, usually because that server is busy or unreachable for a while. The message is not lost: your server keeps trying for a few days."),
            QT_TRANSLATE_NOOP("Knowledge", "Do not send it again yet. If a final failure report arrives, check the recipient's address and tell them in another way.") },
        { "ja.send-failed", K::Phrase, "メッセージの送信に失敗|送信に失敗しました|送信できませんでした|メールを送信できません|メッセージを送信できません|送信中にエラー|送信エラー", St::Any, 1, C::Permanent, S::You, R::AfterFix, nullptr,
            QT_TRANSLATE_NOOP("Knowledge", "The mail program could not send the message"),
            QT_TRANSLATE_NOOP("Knowledge", "This is the mail program's general message that sending failed. The server's reply quoted with it (\"The mail server responded: ...\") tells why and is explained here when recognised."),
            QT_TRANSLATE_NOOP("Knowledge", "Look at the other explanations in this list. If there are none, run \"smtpdoctor check\" with your account settings.") , TextEntry::Wrapper },
        { "ja.undeliverable", K::Phrase, "配信できませんでした|配送できませんでした|配信に失敗|配送に失敗|届けることが出来ませんでした|届けることができませんでした|送信できなかった宛先|エラーメール", St::Any, 1, C::Permanent, S::Recipient, R::AfterFix, nullptr,
            QT_TRANSLATE_NOOP("Knowledge", "This is a delivery failure report (bounce)"),
            QT_TRANSLATE_NOOP("Knowledge", "A mail server sent your message back because it could not be delivered. The reason is in the server's reply quoted in the report, explained above."),
            QT_TRANSLATE_NOOP("Knowledge", "Look at the first explanation in this list: it is the reason. Do not reply to the report itself; nobody reads it.") },
    };
    return table;
}

} // namespace SmtpDoctor
