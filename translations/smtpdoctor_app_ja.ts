<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CheckDomainCommand</name>
    <message>
        <source>Checks a sender domain's SPF, DKIM and DMARC records, its MX records and the reverse DNS of a sending server, as receiving mail servers see them.</source>
        <translation>送信者のドメインの SPF・DKIM・DMARC レコード、MX レコード、送信サーバーの逆引きを、受信側のメールサーバーから見えるとおりに確認します。</translation>
    </message>
    <message>
        <source>Check a sender domain.</source>
        <translation>送信者のドメインを確認します。</translation>
    </message>
    <message>
        <source>The domain of your address (example.com), or the address itself.</source>
        <translation>メールアドレスのドメイン（example.com）、またはメールアドレスそのもの。</translation>
    </message>
    <message>
        <source>The outgoing mail server you send through: SPF must allow it.</source>
        <translation>メールを送るときに使う送信メールサーバー（SMTP サーバー）。SPF で許可されている必要があります。</translation>
    </message>
    <message>
        <source>A DKIM selector to check (may be given several times).</source>
        <translation>確認する DKIM のセレクター（複数回指定できます）。</translation>
    </message>
    <message>
        <source>A sent message, its headers or a bounce (- for standard input): its DKIM-Signature and the server address of a 5.7.25 reply are checked.</source>
        <translation>送信したメール、そのヘッダー、またはエラーメール（- で標準入力）。DKIM-Signature と、5.7.25 の応答に書かれたサーバーのアドレスを確認します。</translation>
    </message>
    <message>
        <source>The address of a sending server whose reverse DNS to check.</source>
        <translation>逆引きを確認する送信サーバーの IP アドレス。</translation>
    </message>
    <message>
        <source>Longest wait for any DNS answer, in seconds.</source>
        <translation>DNS の応答を待つ最長時間（秒）。</translation>
    </message>
    <message>
        <source>Report format: text or json.</source>
        <translation>レポートの形式：text または json。</translation>
    </message>
    <message>
        <source>Language of the report: ja or en.</source>
        <translation>レポートの言語：ja または en。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Name the domain to check, for example: smtpdoctor check-domain example.com</source>
        <translation>確認するドメインを指定してください。例：smtpdoctor check-domain example.com</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>余分な引数があります：%1</translation>
    </message>
    <message>
        <source>"%1" is not a domain name. A domain looks like example.com.</source>
        <translation>「%1」はドメイン名ではありません。ドメインは example.com のような形です。</translation>
    </message>
    <message>
        <source>Unknown format "%1": use text or json.</source>
        <translation>「%1」という形式はありません。text か json を指定してください。</translation>
    </message>
    <message>
        <source>The timeout must be a number of seconds from 1 to 600.</source>
        <translation>タイムアウトは 1〜600 の秒数で指定してください。</translation>
    </message>
    <message>
        <source>"%1" is not a DKIM selector (a name such as google or selector1).</source>
        <translation>「%1」は DKIM のセレクターではありません（google や selector1 のような名前です）。</translation>
    </message>
    <message>
        <source>"%1" is not an IP address.</source>
        <translation>「%1」は IP アドレスではありません。</translation>
    </message>
    <message>
        <source>Cannot read the message file %1.</source>
        <translation>メールのファイル %1 を読み込めません。</translation>
    </message>
</context>
<context>
    <name>DomainReportOutput</name>
    <message>
        <source>SMTP Doctor %1: the sender domain %2</source>
        <translation>SMTP Doctor %1：送信者のドメイン %2</translation>
    </message>
    <message>
        <source>Sending server: %1</source>
        <translation>送信サーバー：%1</translation>
    </message>
    <message>
        <source>Mail provider: %1 (from the domain's MX records)</source>
        <translation>メールの提供元：%1（ドメインの MX レコードから判断）</translation>
    </message>
    <message>
        <source>Mail provider: %1</source>
        <translation>メールの提供元：%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>結果：%1</translation>
    </message>
    <message>
        <source>DNS: %1 lookups in %2 ms</source>
        <translation>DNS：%1 回の問い合わせ（%2 ミリ秒）</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>問題あり</translation>
    </message>
    <message>
        <source>Some things to improve</source>
        <translation>改善したほうがよい点があります</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>問題は見つかりませんでした</translation>
    </message>
    <message>
        <source>Records seen:</source>
        <translation>確認したレコード：</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Explains a mail server reply, an error message from a mail program, or a whole bounce.</source>
        <translation>メールサーバーの応答、メールソフトのエラーメッセージ、送信できずに戻ってきたメール（エラーメール）の意味を説明します。</translation>
    </message>
    <message>
        <source>Explain a reply or an error.</source>
        <translation>応答やエラーの意味を説明します。</translation>
    </message>
    <message>
        <source>The text to explain; without it, or with -, standard input is read.</source>
        <translation>説明するテキスト。省略するか - を指定すると、標準入力から読み取ります。</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>出力の形式：text または json。</translation>
    </message>
    <message>
        <source>Language of the explanations: ja or en.</source>
        <translation>説明の言語：ja または en。</translation>
    </message>
    <message>
        <source>Unknown format "%1": use text or json.</source>
        <translation>形式「%1」は使えません。text か json を指定してください。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::CheckCommand</name>
    <message>
        <source>Checks why mail cannot be sent and prints a report.</source>
        <translation>メールを送信できない原因を調べて、レポートを表示します。</translation>
    </message>
    <message>
        <source>Run the checklist.</source>
        <translation>確認項目を順番に調べます。</translation>
    </message>
    <message>
        <source>SMTP server name or IP address.</source>
        <translation>SMTP サーバーの名前または IP アドレス。</translation>
    </message>
    <message>
        <source>Port 1-65535, or auto.</source>
        <translation>ポート番号（1〜65535）、または auto。</translation>
    </message>
    <message>
        <source>auto, tls, starttls or none.</source>
        <translation>暗号化の方式：auto、tls（SSL/TLS）、starttls、none のいずれか。</translation>
    </message>
    <message>
        <source>Your email address.</source>
        <translation>お使いのメールアドレス。</translation>
    </message>
    <message>
        <source>User name for signing in.</source>
        <translation>ログイン（SMTP 認証）に使うユーザー名。</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>パスワードを標準入力の 1 行目から読み取ります。</translation>
    </message>
    <message>
        <source>Also send a short test message to this address.</source>
        <translation>このアドレスに短いテストメールも送信します。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>この PEM ファイルにある CA 証明書も信頼します。</translation>
    </message>
    <message>
        <source>Allow signing in over an unencrypted or unverified connection.</source>
        <translation>暗号化されていない接続や、証明書を確認できない接続でもログインを許可します。</translation>
    </message>
    <message>
        <source>Longest wait for any answer, in seconds.</source>
        <translation>応答を待つ最長の時間（秒）。</translation>
    </message>
    <message>
        <source>Report format: text or json.</source>
        <translation>レポートの形式：text または json。</translation>
    </message>
    <message>
        <source>Language of the report: ja or en.</source>
        <translation>レポートの言語：ja または en。</translation>
    </message>
    <message>
        <source>Organisation preset file.</source>
        <translation>組織で用意した設定ファイル（プリセット）。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>不要な引数があります：%1</translation>
    </message>
    <message>
        <source>Unknown format "%1": use text or json.</source>
        <translation>形式「%1」は使えません。text か json を指定してください。</translation>
    </message>
    <message>
        <source>Unknown security "%1": use auto, tls, starttls or none.</source>
        <translation>暗号化の指定「%1」は使えません。auto、tls、starttls、none のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>The timeout must be a number of seconds from 1 to 600.</source>
        <translation>タイムアウトは 1〜600 の秒数で指定してください。</translation>
    </message>
    <message>
        <source>Please give the outgoing mail server with --host NAME, or your address with --email ADDR so that SMTP Doctor can look the server up.</source>
        <translation>送信メールサーバーを --host NAME で指定してください。または、SMTP Doctor がサーバーを調べられるように、メールアドレスを --email ADDR で指定してください。</translation>
    </message>
    <message>
        <source>Use either --password-stdin or --keychain, not both.</source>
        <translation>--password-stdin と --keychain は同時に使えません。どちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>--remember saves the password given with --password-stdin: please add that option.</source>
        <translation>--remember は --password-stdin で渡したパスワードを保存するオプションです。--password-stdin も指定してください。</translation>
    </message>
    <message>
        <source>No outgoing mail server could be found for %1. Please give it with --host NAME.</source>
        <translation>%1 の送信メールサーバーが見つかりませんでした。--host NAME で指定してください。</translation>
    </message>
    <message>
        <source>Your provider signs in with an account ID rather than your email address: please give it with --user NAME.</source>
        <translation>お使いのメールサービスでは、メールアドレスではなくアカウント ID でログインします。--user NAME で指定してください。</translation>
    </message>
    <message>
        <source>--keychain needs a user name: please give --user NAME or --email ADDR.</source>
        <translation>--keychain を使うにはユーザー名が必要です。--user NAME または --email ADDR を指定してください。</translation>
    </message>
    <message>
        <source>Save it once with --password-stdin --remember.</source>
        <translation>一度 --password-stdin --remember を付けて実行し、パスワードを保存してください。</translation>
    </message>
    <message>
        <source>Server found from your email address: %1</source>
        <translation>メールアドレスから見つけたサーバー：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>補足：%1</translation>
    </message>
    <message>
        <source>Settings prepared by: %1</source>
        <translation>この設定を用意した組織：%1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Use the password stored in this computer's password store.</source>
        <translation>システムのパスワード保管庫に保存したパスワードを使います。</translation>
    </message>
    <message>
        <source>Store the password (with --oauth: the sign-in) in this computer's password store after a successful sign-in.</source>
        <translation>ログインできたら、パスワード（--oauth の場合はログイン情報）をこのパソコンのパスワード保管庫に保存します。</translation>
    </message>
    <message>
        <source>Sign in through the browser (OAuth 2.0) instead of with a password.</source>
        <translation>パスワードの代わりに、ブラウザーでログインします（OAuth 2.0）。</translation>
    </message>
    <message>
        <source>With --oauth: do not open the browser, only print the address to open.</source>
        <translation>--oauth と一緒に使います。ブラウザーを開かず、開くアドレスだけを表示します。</translation>
    </message>
    <message>
        <source>Use either --oauth or --password-stdin, not both: --oauth signs in through the browser, without a password.</source>
        <translation>--oauth と --password-stdin は同時に使えません。--oauth はパスワードを使わず、ブラウザーでログインします。</translation>
    </message>
    <message>
        <source>--no-browser goes with --oauth: please add that option.</source>
        <translation>--no-browser は --oauth と一緒に使います。--oauth も付けてください。</translation>
    </message>
    <message>
        <source>--oauth needs the account to sign in with: please give --email ADDR or --user NAME.</source>
        <translation>--oauth にはログインするアカウントが必要です。--email ADDR か --user NAME を指定してください。</translation>
    </message>
    <message>
        <source>Save it once with --oauth --remember.</source>
        <translation>一度 --oauth --remember を付けて実行し、ログイン情報を保存してください。</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened (SMTP Doctor waits up to %1; Ctrl+C cancels). If none opened, open this address: %2</source>
        <translation>開いたブラウザーの画面でログインしてください（最大 %1待ちます。Ctrl+C で中止できます）。画面が開かない場合は、次のアドレスを開いてください。 %2</translation>
    </message>
    <message>
        <source>To sign in, open this address in a browser (SMTP Doctor waits up to %1; Ctrl+C cancels): %2</source>
        <translation>ログインするには、次のアドレスをブラウザーで開いてください（最大 %1待ちます。Ctrl+C で中止できます）。 %2</translation>
    </message>
    <message>
        <source>The sign-in was not saved in this computer's password store, because the provider gave no refresh token for it.</source>
        <translation>提供元がログインを続けるための情報（リフレッシュ トークン）を出さなかったため、ログイン情報はこのパソコンのパスワード保管庫に保存しませんでした。</translation>
    </message>
    <message>
        <source>The sign-in was not saved in this computer's password store, because signing in did not work.</source>
        <translation>ログインできなかったため、ログイン情報はこのパソコンのパスワード保管庫に保存しませんでした。</translation>
    </message>
    <message>
        <source>The password was not saved in this computer's password store, because signing in did not work.</source>
        <translation>ログインできなかったため、パスワードはこのパソコンのパスワード保管庫に保存していません。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown language "%1": use ja or en.</source>
        <translation>言語「%1」には対応していません。ja か en を指定してください。</translation>
    </message>
    <message>
        <source>SMTP Doctor finds out why a mail program cannot send mail.

Usage:
  smtpdoctor [--lang ja|en] [--preset FILE]   open the troubleshooting window
  smtpdoctor check [options]                 check the outgoing mail server and print a report
  smtpdoctor explain [options] [TEXT]        explain an error message or a returned mail
  smtpdoctor check --help                    the options of check
  smtpdoctor explain --help                  the options of explain
  smtpdoctor --version                       the version
</source>
        <translation>SMTP Doctor は、メールソフトからメールを送信できない原因を調べるツールです。

使い方：
  smtpdoctor [--lang ja|en] [--preset ファイル]  診断の画面を開きます
  smtpdoctor check [オプション]                  送信メールサーバーを調べて、結果を表示します
  smtpdoctor explain [オプション] [テキスト]     エラーメッセージや戻ってきたメールの意味を説明します
  smtpdoctor check --help                        check のオプションの一覧
  smtpdoctor explain --help                      explain のオプションの一覧
  smtpdoctor --version                           バージョンの表示
</translation>
    </message>
    <message>
        <source>  smtpdoctor check-domain DOMAIN [options]   check the sender domain's SPF, DKIM, DMARC and MX records
  smtpdoctor check-domain --help             the options of check-domain
</source>
        <translation>  smtpdoctor check-domain ドメイン [オプション]  送信者のドメインの SPF・DKIM・DMARC・MX レコードを確認します
  smtpdoctor check-domain --help                 check-domain のオプションの一覧
</translation>
    </message>
    <message>
        <source>Unknown command "%1". Did you mean "%2"? (smtpdoctor --help lists the commands.)</source>
        <translation>「%1」というコマンドはありません。「%2」のことですか？（コマンドの一覧は smtpdoctor --help で表示できます。）</translation>
    </message>
    <message>
        <source>Unknown command "%1". smtpdoctor --help lists the commands.</source>
        <translation>「%1」というコマンドはありません。コマンドの一覧は smtpdoctor --help で表示できます。</translation>
    </message>
</context>
</TS>