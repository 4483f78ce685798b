<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>HtmlReport</name>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法：%1</translation>
    </message>
    <message>
        <source>SMTP Doctor report for %1</source>
        <translation>%1 の SMTP Doctor 診断レポート</translation>
    </message>
    <message>
        <source>SMTP Doctor %1, %2</source>
        <translation>SMTP Doctor %1（%2）</translation>
    </message>
    <message>
        <source>Helpdesk: %1</source>
        <translation>問い合わせ先：%1</translation>
    </message>
    <message>
        <source>The server said:</source>
        <translation>サーバーの応答：</translation>
    </message>
    <message>
        <source>Outgoing mail server</source>
        <translation>送信メールサーバー（SMTP サーバー）</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート番号</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Settings that were checked</source>
        <translation>確認した設定</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>確認の結果</translation>
    </message>
    <message>
        <source>Ports tried</source>
        <translation>試したポート</translation>
    </message>
    <message>
        <source>answers as a mail server</source>
        <translation>メールサーバーとして応答しました</translation>
    </message>
    <message>
        <source>Conversation with the server (passwords hidden)</source>
        <translation>サーバーとのやり取り（パスワードは伏せてあります）</translation>
    </message>
    <message>
        <source>Where the problem is: %1</source>
        <translation>原因の場所：%1</translation>
    </message>
    <message>
        <source>Settings for your mail program</source>
        <translation>メールソフトに設定する値</translation>
    </message>
    <message>
        <source>Where to type them in your mail program:</source>
        <translation>お使いのメールソフトでの入力場所：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>ログイン方法</translation>
    </message>
</context>
<context>
    <name>MailProgramAppleMail</name>
    <message>
        <source>Mail on a Mac</source>
        <translation>Mac のメール</translation>
    </message>
    <message>
        <source>Choose "Mail" → "Settings" ("Preferences" on older macOS) → "Accounts", select the account and open "Server Settings". Under "Outgoing Mail Server (SMTP)", turn off "Automatically manage connection settings".</source>
        <translation>「メール」→「設定」（古い macOS では「環境設定」）→「アカウント」でアカウントを選び、「サーバ設定」を開きます。「送信用メールサーバ(SMTP)」の「接続設定を自動的に管理」のチェックを外します。</translation>
    </message>
    <message>
        <source>"Host Name"</source>
        <translation>「ホスト名」</translation>
    </message>
    <message>
        <source>"Port"</source>
        <translation>「ポート」</translation>
    </message>
    <message>
        <source>"Use TLS/SSL"</source>
        <translation>「TLS/SSLを使用」</translation>
    </message>
    <message>
        <source>"User Name"</source>
        <translation>「ユーザ名」</translation>
    </message>
    <message>
        <source>"Authentication"</source>
        <translation>「認証」</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>MD5 Challenge-Response</source>
        <translation>MD5 チャレンジレスポンス</translation>
    </message>
    <message>
        <source>Add the account again with its own button (Google, Microsoft Exchange, Yahoo!…), so that Mail signs in on the provider's page</source>
        <translation>Google などの専用のボタンからアカウントを追加し直すと、メールの提供元のページでログインします</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>MailProgramAppleMobile</name>
    <message>
        <source>Mail on iPhone or iPad</source>
        <translation>iPhone・iPad のメール</translation>
    </message>
    <message>
        <source>Open "Settings" → "Apps" → "Mail" → "Mail Accounts" (on iOS 17 and earlier: "Settings" → "Mail" → "Accounts"), tap the account → "Account" → "SMTP" under "Outgoing Mail Server" → "Primary Server".</source>
        <translation>「設定」→「アプリ」→「メール」→「メールアカウント」（iOS 17 以前は「設定」→「メール」→「アカウント」）でアカウントをタップし、「アカウント」→「送信用メールサーバ」の「SMTP」→「プライマリサーバ」を開きます。</translation>
    </message>
    <message>
        <source>"Host Name"</source>
        <translation>「ホスト名」</translation>
    </message>
    <message>
        <source>"Server Port"</source>
        <translation>「サーバポート」</translation>
    </message>
    <message>
        <source>"Use SSL"</source>
        <translation>「SSLを使用」</translation>
    </message>
    <message>
        <source>"User Name"</source>
        <translation>「ユーザ名」</translation>
    </message>
    <message>
        <source>"Authentication"</source>
        <translation>「認証」</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>MD5 Challenge-Response</source>
        <translation>MD5 チャレンジレスポンス</translation>
    </message>
    <message>
        <source>Add the account again with its own button (Google, Microsoft Exchange, Yahoo!…), so that Mail signs in on the provider's page</source>
        <translation>Google などの専用のボタンからアカウントを追加し直すと、メールの提供元のページでログインします</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>MailProgramBecky</name>
    <message>
        <source>Becky! Internet Mail</source>
        <translation>Becky! Internet Mail</translation>
    </message>
    <message>
        <source>Click "Tools" → "Mailbox Setup…". The server is on the "Basic" tab; the port and SMTP authentication are on the "Advanced" tab.</source>
        <translation>「ツール」→「メールボックスの設定」を開きます。サーバー名は「基本設定」タブ、ポート番号と SMTP 認証は「詳細」タブにあります。</translation>
    </message>
    <message>
        <source>"Basic" tab: "SMTP server (Outgoing)"</source>
        <translation>「基本設定」タブの「SMTPサーバー（送信）」</translation>
    </message>
    <message>
        <source>"Advanced" tab: the "SMTP" port</source>
        <translation>「詳細」タブの「SMTP」のポート番号</translation>
    </message>
    <message>
        <source>"Basic" tab: the encryption beside the SMTP server</source>
        <translation>「基本設定」タブの SMTP サーバーの横の暗号化の設定</translation>
    </message>
    <message>
        <source>"Advanced" tab: "User ID" under "SMTP Authentication"</source>
        <translation>「詳細」タブの「SMTP認証」の「ユーザーID」</translation>
    </message>
    <message>
        <source>"Advanced" tab: "SMTP Authentication"</source>
        <translation>「詳細」タブの「SMTP認証」</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>On, with "PLAIN" and "LOGIN"</source>
        <translation>オン（「PLAIN」と「LOGIN」を選択）</translation>
    </message>
    <message>
        <source>On, with "CRAM-MD5"</source>
        <translation>オン（「CRAM-MD5」を選択）</translation>
    </message>
    <message>
        <source>Choose "OAuth2" if your version of Becky! offers it; otherwise use another mail program for this account</source>
        <translation>お使いの Becky! で「OAuth2」を選べる場合は選択してください。選べない場合は、このアカウントには別のメールソフトを使ってください</translation>
    </message>
</context>
<context>
    <name>MailProgramGmailApp</name>
    <message>
        <source>Gmail app</source>
        <translation>Gmail アプリ</translation>
    </message>
    <message>
        <source>In the Gmail app, open the ≡ menu → "Settings", tap the account → "Outgoing settings".</source>
        <translation>Gmail アプリで「≡」メニュー →「設定」を開き、アカウントをタップして「送信設定」を開きます。</translation>
    </message>
    <message>
        <source>"SMTP server"</source>
        <translation>「SMTPサーバー」</translation>
    </message>
    <message>
        <source>"Port"</source>
        <translation>「ポート」</translation>
    </message>
    <message>
        <source>"Security type"</source>
        <translation>「セキュリティの種類」</translation>
    </message>
    <message>
        <source>"Username"</source>
        <translation>「ユーザー名」</translation>
    </message>
    <message>
        <source>"Require sign-in"</source>
        <translation>「ログインが必要」</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>On, then your user name and password</source>
        <translation>オン（続けてユーザー名とパスワードを入力）</translation>
    </message>
    <message>
        <source>Add the account again and choose its provider (Outlook, Yahoo…) instead of "Other", so that the app signs in on the provider's page</source>
        <translation>アカウントを追加し直し、「その他」ではなくメールの提供元（Outlook、Yahoo Mail など）を選ぶと、提供元のページでログインします</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
</context>
<context>
    <name>MailProgramOutlookClassic</name>
    <message>
        <source>Outlook (classic)</source>
        <translation>従来の Outlook</translation>
    </message>
    <message>
        <source>Click "File" → "Account Settings" → "Account Settings…", select the account and click "Change…". The port, encryption and sign-in are under "More Settings…".</source>
        <translation>「ファイル」→「アカウント設定」→「アカウント設定」でアカウントを選び、「変更」をクリックします。ポート番号、暗号化、認証は「詳細設定」で設定します。</translation>
    </message>
    <message>
        <source>"Outgoing mail server (SMTP)"</source>
        <translation>「送信メール サーバー (SMTP)」</translation>
    </message>
    <message>
        <source>"Advanced" tab: "Outgoing server (SMTP)"</source>
        <translation>「詳細設定」タブの「送信サーバー (SMTP)」</translation>
    </message>
    <message>
        <source>"Advanced" tab: "Use the following type of encrypted connection"</source>
        <translation>「詳細設定」タブの「使用する暗号化接続の種類」</translation>
    </message>
    <message>
        <source>"User Name"</source>
        <translation>「アカウント名」</translation>
    </message>
    <message>
        <source>"Outgoing Server" tab: "My outgoing server (SMTP) requires authentication"</source>
        <translation>「送信サーバー」タブの「送信サーバー (SMTP) は認証が必要」</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>On, with "Use same settings as my incoming mail server"</source>
        <translation>オン（「受信メール サーバーと同じ設定を使用する」を選択）</translation>
    </message>
    <message>
        <source>Outlook signs in on the provider's page only for Microsoft and Google accounts: remove this account and add it again with its address, letting Outlook choose the account type</source>
        <translation>Outlook がメールの提供元のページでログインするのは、Microsoft と Google のアカウントだけです。このアカウントを削除し、メールアドレスで追加し直して、アカウントの種類は Outlook に任せてください</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
</context>
<context>
    <name>MailProgramOutlookNew</name>
    <message>
        <source>New Outlook</source>
        <translation>新しい Outlook</translation>
    </message>
    <message>
        <source>Open "Settings" (the gear) → "Accounts" → "Email accounts". The server settings of a POP or IMAP account can only be typed in when the account is added: remove it, add it again and choose IMAP (or POP) to enter them by hand.</source>
        <translation>「設定」（歯車のアイコン）→「アカウント」→「メール アカウント」を開きます。POP や IMAP のアカウントのサーバー設定は、追加するときにしか入力できません。アカウントを削除して追加し直し、種類に IMAP（または POP）を選んで手動で入力します。</translation>
    </message>
    <message>
        <source>"SMTP outgoing server"</source>
        <translation>「SMTP 送信サーバー」</translation>
    </message>
    <message>
        <source>"Port" (beside the SMTP server)</source>
        <translation>「ポート」（SMTP 送信サーバーの横）</translation>
    </message>
    <message>
        <source>"Secure connection type" (beside the SMTP server)</source>
        <translation>「セキュリティで保護された接続の種類」（SMTP 送信サーバーの横）</translation>
    </message>
    <message>
        <source>"SMTP username"</source>
        <translation>「SMTP ユーザー名」</translation>
    </message>
    <message>
        <source>"SMTP password"</source>
        <translation>「SMTP パスワード」</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Your password (new Outlook signs in with a normal password)</source>
        <translation>パスワードを入力（新しい Outlook は通常のパスワードでログインします）</translation>
    </message>
    <message>
        <source>New Outlook signs in on the provider's page for Microsoft, Google, Yahoo and iCloud accounts: add the account with its address and choose that kind of account</source>
        <translation>新しい Outlook がメールの提供元のページでログインするのは、Microsoft、Google、Yahoo Mail、iCloud のアカウントです。メールアドレスでアカウントを追加し、その種類を選んでください</translation>
    </message>
    <message>
        <source>Leave it empty</source>
        <translation>空欄のまま</translation>
    </message>
</context>
<context>
    <name>MailProgramThunderbird</name>
    <message>
        <source>Thunderbird</source>
        <translation>Thunderbird</translation>
    </message>
    <message>
        <source>Open the ≡ menu → "Account Settings" → "Outgoing Server" at the bottom of the list, select the server and click "Edit…".</source>
        <translation>「≡」メニューから「アカウント設定」を開き、一覧のいちばん下にある「送信サーバー」でサーバーを選んで「編集...」をクリックします。</translation>
    </message>
    <message>
        <source>"Server Name"</source>
        <translation>「サーバー名」</translation>
    </message>
    <message>
        <source>"Port"</source>
        <translation>「ポート番号」</translation>
    </message>
    <message>
        <source>"Connection security"</source>
        <translation>「接続の保護」</translation>
    </message>
    <message>
        <source>"User Name"</source>
        <translation>「ユーザー名」</translation>
    </message>
    <message>
        <source>"Authentication method"</source>
        <translation>「認証方式」</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Normal password</source>
        <translation>通常のパスワード認証</translation>
    </message>
    <message>
        <source>Encrypted password</source>
        <translation>暗号化されたパスワード認証</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>認証なし</translation>
    </message>
</context>
<context>
    <name>MailProgramWindowsMail</name>
    <message>
        <source>Windows Mail</source>
        <translation>Windows のメールアプリ</translation>
    </message>
    <message>
        <source>Open "Settings" (the gear) → "Manage accounts" → the account → "Change mailbox sync settings" → "Advanced mailbox settings".</source>
        <translation>「設定」（歯車のアイコン）→「アカウントの管理」→ アカウント →「メールボックスの同期設定を変更」→「メールボックスの詳細設定」を開きます。</translation>
    </message>
    <message>
        <source>"Outgoing (SMTP) email server"</source>
        <translation>「送信メール サーバー (SMTP)」</translation>
    </message>
    <message>
        <source>"Require SSL for outgoing email"</source>
        <translation>「送信メールには SSL が必要」</translation>
    </message>
    <message>
        <source>"User name"</source>
        <translation>「ユーザー名」</translation>
    </message>
    <message>
        <source>"Outgoing server requires authentication"</source>
        <translation>「送信サーバーには認証が必要」</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>On, and also "Use the same user name and password for sending email"</source>
        <translation>オン（「メールの送信に同じユーザー名とパスワードを使う」もオン）</translation>
    </message>
    <message>
        <source>Windows Mail cannot sign in this way: use the new Outlook</source>
        <translation>このアプリはこの方法でログインできません。新しい Outlook を使ってください</translation>
    </message>
    <message>
        <source>Type the port after the server name, with a colon, as shown. Microsoft ended the Mail and Calendar apps on 31 December 2024 and they can no longer send mail: move to the new Outlook (you can choose it above).</source>
        <translation>ポート番号は、表示のとおりサーバー名の後ろに「:」を付けて入力します。Microsoft は 2024 年 12 月 31 日に「メールとカレンダー」アプリの提供を終了しており、このアプリではもうメールを送信できません。新しい Outlook に移行してください（上の一覧で選べます）。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Everything works: use %1, port %2 with %3.</source>
        <translation>すべて正常です。サーバー %1、ポート %2（%3）で送信できます。</translation>
    </message>
    <message>
        <source>The server works: use %1, port %2 with %3. Sign-in was not tested.</source>
        <translation>サーバーは正常に応答しています。サーバー %1、ポート %2（%3）で接続できます。ログイン（SMTP 認証）は確認していません。</translation>
    </message>
    <message>
        <source>No problem was found, but no working settings could be confirmed either.</source>
        <translation>問題は見つかりませんでしたが、使える設定も確認できませんでした。</translation>
    </message>
    <message>
        <source>in your settings or on this computer</source>
        <translation>お使いの設定かこのパソコン</translation>
    </message>
    <message>
        <source>in the network (internet provider, firewall or antivirus)</source>
        <translation>ネットワーク（インターネットのプロバイダー、ファイアウォール、ウイルス対策ソフトなど）</translation>
    </message>
    <message>
        <source>on your mail provider's server</source>
        <translation>メールの提供元のサーバー</translation>
    </message>
    <message>
        <source>on the receiving side</source>
        <translation>受信側</translation>
    </message>
    <message>
        <source>%1 — the cause is %2.</source>
        <translation>%1。原因は%2にあります。</translation>
    </message>
    <message>
        <source>Mail can be sent: use %1, port %2 with %3. One thing needs attention: %4.</source>
        <translation>送信はできます。%1、ポート %2（%3）を使ってください。ただし、次の点に注意が必要です：%4。</translation>
    </message>
    <message>
        <source>Everything works: use %1, port %2 with %3, and sign in through the browser (OAuth 2.0).</source>
        <translation>すべて正常です。サーバー %1、ポート %2（%3）で、ブラウザーでのログイン（OAuth 2.0）を使って送信できます。</translation>
    </message>
    <message>
        <source>This is fixed in the DNS settings of the domain, by whoever manages it (often in the control panel of your web host or domain registrar).</source>
        <translation>直すのは、このドメインの DNS 設定を管理している人です（多くの場合、レンタルサーバーやドメイン登録事業者のコントロールパネルで設定します）。</translation>
    </message>
    <message>
        <source>Mail can be sent (use %1, port %2 with %3), but receiving servers may refuse it because of the settings of your domain %4: %5. %6</source>
        <translation>送信はできます（%1、ポート %2（%3）を使ってください）。ただし、お使いのドメイン %4 の設定が原因で、受信側のサーバーにメールを拒否されるおそれがあります：%5。%6</translation>
    </message>
    <message>
        <source>Receiving servers may refuse mail from your domain %1 because of its settings: %2. %3</source>
        <translation>お使いのドメイン %1 の設定が原因で、受信側のサーバーにメールを拒否されるおそれがあります：%2。%3</translation>
    </message>
</context>
<context>
    <name>SettingsCard</name>
    <message>
        <source>Outgoing mail server</source>
        <translation>送信メールサーバー</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート番号</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>認証方式</translation>
    </message>
    <message>
        <source>Normal password</source>
        <translation>通常のパスワード</translation>
    </message>
    <message>
        <source>Encrypted password (CRAM-MD5)</source>
        <translation>暗号化されたパスワード（CRAM-MD5）</translation>
    </message>
    <message>
        <source>OAuth 2.0 (sign in on the provider's own page)</source>
        <translation>OAuth 2.0（メールの提供元のページでログイン）</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>認証なし</translation>
    </message>
    <message>
        <source>Not found out</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>(not tested)</source>
        <translation>（未確認）</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>The server said: %1</source>
        <translation>サーバーの応答：%1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法：%1</translation>
    </message>
    <message>
        <source>SMTP Doctor %1 report, %2</source>
        <translation>SMTP Doctor %1 診断レポート（%2）</translation>
    </message>
    <message>
        <source>Server: %1  Port: %2  Security: %3  User: %4</source>
        <translation>サーバー：%1  ポート：%2  暗号化：%3  ユーザー名：%4</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Helpdesk: %1</source>
        <translation>問い合わせ先：%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>結果：%1</translation>
    </message>
    <message>
        <source>Ports tried:</source>
        <translation>試したポート：</translation>
    </message>
    <message>
        <source>Conversation with the server (passwords hidden):</source>
        <translation>サーバーとのやり取り（パスワードは伏せてあります）：</translation>
    </message>
    <message>
        <source>Where the problem is: %1</source>
        <translation>原因の場所：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Settings for your mail program:</source>
        <translation>メールソフトに設定する値：</translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation>%1 の場合：%2</translation>
    </message>
    <message>
        <source>Sign-in method: %1</source>
        <translation>ログイン方法：%1</translation>
    </message>
</context>
</TS>