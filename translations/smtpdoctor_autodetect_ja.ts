<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Autodetect</name>
    <message>
        <source>This server accepts only OAuth sign-in (through the provider&apos;s own sign-in page), not a password typed into a mail program.</source>
        <translation>このサーバーは OAuth によるログイン（メールの提供元のログイン画面を通す方法）だけを受け付けます。メールソフトに入力したパスワードではログインできません。</translation>
    </message>
    <message>
        <source>The setup file names a connection without encryption. SMTP Doctor will not send your password over it without your consent.</source>
        <translation>設定ファイルには、暗号化しない接続が書かれています。SMTP Doctor は、許可がない限り、この接続ではパスワードを送りません。</translation>
    </message>
    <message>
        <source>%1 is the server that receives mail for %2. Such servers often do not take mail from your mail program, so this is only a guess: your provider&apos;s guide names the server for sending.</source>
        <translation>%1 は、%2 宛てのメールを受け取るためのサーバーです。このようなサーバーは、メールソフトからの送信を受け付けないことがよくあります。あくまで推測なので、送信用のサーバーはメールの提供元の案内で確かめてください。</translation>
    </message>
    <message>
        <source>SMTP Doctor&apos;s list of mail providers</source>
        <translation>SMTP Doctor に登録されたメールサービスの一覧</translation>
    </message>
    <message>
        <source>the setup file your mail domain publishes (autoconfig)</source>
        <translation>メールのドメインが公開している設定ファイル（autoconfig）</translation>
    </message>
    <message>
        <source>your mail domain&apos;s DNS entry for sending (SRV)</source>
        <translation>メールのドメインの、送信用の DNS 情報（SRV）</translation>
    </message>
    <message>
        <source>SMTP Doctor&apos;s list of mail providers, matched by the server that receives your domain&apos;s mail (MX)</source>
        <translation>SMTP Doctor に登録されたメールサービスの一覧（ドメインのメールを受け取るサーバー（MX）から判定）</translation>
    </message>
    <message>
        <source>the server that receives your domain&apos;s mail (MX), only a guess</source>
        <translation>ドメインのメールを受け取るサーバー（MX）からの推測</translation>
    </message>
    <message>
        <source>%1 (port not known), from %2</source>
        <translation>%1（ポートは不明）、調べた先：%2</translation>
    </message>
    <message>
        <source>%1, port %2 (%3), from %4</source>
        <translation>%1、ポート %2（%3）、調べた先：%4</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>SMTP Doctor could not confirm the current server settings of %1. Please compare them with %1&apos;s own guide.</source>
        <translation>SMTP Doctor では、%1 の現在のサーバー設定を確認できていません。%1 の公式の案内と見比べてください。</translation>
    </message>
    <message>
        <source>%1 usually refuses your normal password in mail programs. Turn on 2-step verification and create an app password for the mail program.</source>
        <translation>%1 では、メールソフトでふだんのパスワードを使うと、たいてい受け付けられません。2 段階認証を有効にして、メールソフト用のアプリ パスワードを作成してください。</translation>
    </message>
    <message>
        <source>%1 is turning off sign-in with a plain password for mail programs, or allows it only when it is switched on. If your password is refused although it is right, use a mail program that signs in through %1&apos;s own sign-in page (OAuth), or ask who manages the account.</source>
        <translation>%1 では、メールソフトからパスワードだけでログインする方法が廃止されつつあるか、設定で有効にしたときだけ使えます。パスワードが正しいのに受け付けられない場合は、%1 のログイン画面を通してログインする（OAuth）メールソフトを使うか、アカウントの管理者に相談してください。</translation>
    </message>
    <message>
        <source>Access from mail programs must first be turned on in %1&apos;s web settings.</source>
        <translation>メールソフトから使うには、先に %1 のウェブの設定画面で、メールソフトからのアクセスを有効にしてください。</translation>
    </message>
    <message>
        <source>With your own domain, use the server name %1 gives you, not your domain: the server&apos;s certificate carries %1&apos;s name, so your own domain name would cause a certificate warning.</source>
        <translation>独自ドメインの場合、サーバー名にはご自身のドメインではなく、%1 が指定するサーバー名を使ってください。サーバーの証明書は %1 の名前で発行されているため、ご自身のドメイン名を使うと証明書の警告が出ます。</translation>
    </message>
    <message>
        <source>Your organisation&apos;s administrator decides whether mail programs may sign in with a password at all.</source>
        <translation>メールソフトからパスワードでログインできるかどうかは、組織の管理者の設定しだいです。</translation>
    </message>
    <message>
        <source>Microsoft 365 turns off password sign-in for sending (SMTP AUTH) unless the administrator allows it for your mailbox. Microsoft has announced its end for Exchange Online, so ask your administrator what to use.</source>
        <translation>Microsoft 365 では、管理者がメールボックスごとに許可しない限り、送信時のパスワードによるログイン（SMTP 認証）は使えません。Microsoft は Exchange Online でこの方式を終了すると発表しているため、何を使えばよいか管理者に確認してください。</translation>
    </message>
    <message>
        <source>Apple asks for the whole address as the user name when sending; some mail programs succeed only with the part before &quot;@&quot;.</source>
        <translation>Apple は、送信時のユーザー名にメールアドレス全体を使うよう案内しています。ただし、メールソフトによっては「@」より前の部分でないとログインできないことがあります。</translation>
    </message>
    <message>
        <source>Accounts in Zoho&apos;s other regions send through that region&apos;s server (for example smtp.zoho.eu or smtp.zoho.jp). With 2-step verification on, an app-specific password is needed.</source>
        <translation>Zoho のほかの地域で作ったアカウントは、その地域のサーバー（たとえば smtp.zoho.eu や smtp.zoho.jp）から送信します。2 段階認証を有効にしている場合は、アプリ専用パスワードが必要です。</translation>
    </message>
    <message>
        <source>With 2-step verification on, an app-specific password is needed.</source>
        <translation>2 段階認証を有効にしている場合は、アプリ専用パスワードが必要です。</translation>
    </message>
    <message>
        <source>Proton Mail sends from other mail programs only through the Proton Mail Bridge application on your computer (paid plans). The Bridge shows the server, port and password to use.</source>
        <translation>Proton Mail をほかのメールソフトから送信するには、パソコンで Proton Mail Bridge アプリを使う必要があります（有料プラン）。使うサーバー、ポート、パスワードは Bridge に表示されます。</translation>
    </message>
    <message>
        <source>Sign in with your d ACCOUNT ID and the IMAP password issued in docomo mail&apos;s settings, not your usual password. docomo mail must first be set up for use with your d ACCOUNT on other devices.</source>
        <translation>ユーザー名には d アカウントの ID を、パスワードにはドコモメールの設定で発行した IMAP 専用パスワードを使います（ふだんのパスワードではありません）。先に、ドコモメールをほかの機器から d アカウントで使えるように設定しておく必要があります。</translation>
    </message>
    <message>
        <source>The user name is your Yahoo! JAPAN ID. For an @yahoo.co.jp address it is usually the part before &quot;@&quot;.</source>
        <translation>ユーザー名は Yahoo! JAPAN ID です。@yahoo.co.jp のメールアドレスなら、ふつうは「@」より前の部分です。</translation>
    </message>
    <message>
        <source>Your server&apos;s name (sv followed by a number, .xserver.jp) is shown in Xserver&apos;s server panel.</source>
        <translation>サーバー名（sv のあとに番号が続く .xserver.jp の名前）は、エックスサーバーの「サーバーパネル」に表示されています。</translation>
    </message>
    <message>
        <source>The server name is your initial domain (something.sakura.ne.jp), shown in Sakura&apos;s control panel.</source>
        <translation>サーバー名は初期ドメイン（○○.sakura.ne.jp）です。さくらインターネットの「コントロールパネル」に表示されています。</translation>
    </message>
    <message>
        <source>The mail server&apos;s name (mail followed by a number, .gmoserver.jp) is shown in the お名前.com control panel.</source>
        <translation>メールサーバー名（mail のあとに番号が続く .gmoserver.jp の名前）は、お名前.com の「コントロールパネル」に表示されています。</translation>
    </message>
</context>
<context>
    <name>ProviderName</name>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Google Workspace</source>
        <translation>Google Workspace</translation>
    </message>
    <message>
        <source>Outlook.com</source>
        <translation>Outlook.com</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>Yahoo Mail</source>
        <translation>Yahoo Mail</translation>
    </message>
    <message>
        <source>iCloud Mail</source>
        <translation>iCloud メール</translation>
    </message>
    <message>
        <source>AOL Mail</source>
        <translation>AOL Mail</translation>
    </message>
    <message>
        <source>GMX</source>
        <translation>GMX</translation>
    </message>
    <message>
        <source>WEB.DE</source>
        <translation>WEB.DE</translation>
    </message>
    <message>
        <source>Zoho Mail</source>
        <translation>Zoho Mail</translation>
    </message>
    <message>
        <source>Fastmail</source>
        <translation>Fastmail</translation>
    </message>
    <message>
        <source>Yandex Mail</source>
        <translation>Yandex Mail</translation>
    </message>
    <message>
        <source>Proton Mail</source>
        <translation>Proton Mail</translation>
    </message>
    <message>
        <source>docomo</source>
        <translation>ドコモ</translation>
    </message>
    <message>
        <source>au</source>
        <translation>au</translation>
    </message>
    <message>
        <source>SoftBank</source>
        <translation>ソフトバンク</translation>
    </message>
    <message>
        <source>Y!mobile</source>
        <translation>ワイモバイル</translation>
    </message>
    <message>
        <source>Rakuten Mobile</source>
        <translation>楽天モバイル</translation>
    </message>
    <message>
        <source>OCN</source>
        <translation>OCN</translation>
    </message>
    <message>
        <source>BIGLOBE</source>
        <translation>BIGLOBE</translation>
    </message>
    <message>
        <source>@nifty</source>
        <translation>@nifty</translation>
    </message>
    <message>
        <source>So-net</source>
        <translation>So-net</translation>
    </message>
    <message>
        <source>Yahoo! JAPAN</source>
        <translation>Yahoo! JAPAN</translation>
    </message>
    <message>
        <source>IIJmio</source>
        <translation>IIJmio</translation>
    </message>
    <message>
        <source>eo</source>
        <translation>eo</translation>
    </message>
    <message>
        <source>J:COM</source>
        <translation>J:COM</translation>
    </message>
    <message>
        <source>Xserver</source>
        <translation>エックスサーバー</translation>
    </message>
    <message>
        <source>Sakura Internet</source>
        <translation>さくらインターネット</translation>
    </message>
    <message>
        <source>Lolipop!</source>
        <translation>ロリポップ！</translation>
    </message>
    <message>
        <source>お名前.com</source>
        <translation>お名前.com</translation>
    </message>
</context>
</TS>
