<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AuthStep</name>
    <message>
        <source>Sign-in was not tested: no user name was given.</source>
        <translation>ユーザー名が入力されていないため、ログイン（SMTP 認証）は確認していません。</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>%1 としてログインしています…</translation>
    </message>
    <message>
        <source>The server accepted the user name %1 and the password (method %2).</source>
        <translation>サーバーがユーザー名 %1 とパスワードを受け付けました（方式：%2）。</translation>
    </message>
    <message>
        <source>Signing in did not work.</source>
        <translation>ログインできませんでした。</translation>
    </message>
    <message>
        <source>Your password was not sent, because the connection is not safe.</source>
        <translation>接続が安全ではないため、パスワードは送信していません。</translation>
    </message>
    <message>
        <source>The server offered sign-in before encryption started, but not after. A device in between may be changing the conversation.</source>
        <translation>サーバーは、暗号化を始める前はログインできると案内していましたが、暗号化を始めた後は案内しませんでした。途中にある機器が通信の内容を書き換えている可能性があります。</translation>
    </message>
    <message>
        <source>The server accepted the password with the user name %1, but not with %2.</source>
        <translation>ユーザー名 %2 ではパスワードを受け付けられませんでしたが、ユーザー名 %1 なら受け付けられました。</translation>
    </message>
    <message>
        <source>The user name %1 was refused. Trying %2 once…</source>
        <translation>ユーザー名 %1 は受け付けられませんでした。%2 で 1 回だけ試しています…</translation>
    </message>
    <message>
        <source>Signing in worked with the user name %1. Type %1 as the user name in your mail program.</source>
        <translation>ユーザー名 %1 ではログインできました。メールソフトのユーザー名には %1 と入力してください。</translation>
    </message>
    <message>
        <source>SMTP Doctor also tried the user name %1, and the server refused it too.</source>
        <translation>SMTP Doctor はユーザー名 %1 でも試しましたが、こちらも受け付けられませんでした。</translation>
    </message>
    <message>
        <source>The server refused the user name %1. SMTP Doctor then tried %2, and this is the server&apos;s answer to it.</source>
        <translation>サーバーはユーザー名「%1」を受け付けませんでした。そこで SMTP Doctor が「%2」で試したところ、サーバーから次の応答がありました。</translation>
    </message>
    <message>
        <source>The server answered %1 (&quot;signed in&quot;) before SMTP Doctor had sent the password, so it checked nothing. A real mail server never does that: this server, or a device in between, cannot be trusted with your password.</source>
        <translation>SMTP Doctor がまだパスワードを送っていないうちに、サーバーは %1（「ログインできました」）と答えました。つまり何も確かめていません。本物のメールサーバーはこのような答え方をしません。このサーバー、または途中にある機器に、パスワードを預けるのは危険です。</translation>
    </message>
    <message>
        <source>The server answered %1, which is no answer to a sign-in. Signing in was stopped; nothing was confirmed.</source>
        <translation>サーバーは %1 と答えましたが、これはログインへの答えではありません。ログインは中止しました。何も確認できていません。</translation>
    </message>
    <message>
        <source>Signing in was not confirmed: the server&apos;s answers do not fit a sign-in.</source>
        <translation>ログインは確認できませんでした。サーバーの答えがログインの手順に合っていません。</translation>
    </message>
    <message>
        <source>SMTP Doctor did not sign in through the browser, because the connection to the mail server is not safe for the sign-in token.</source>
        <translation>メールサーバーへの接続がログイン用のトークンを送るには安全ではないため、ブラウザーでのログインは行っていません。</translation>
    </message>
</context>
<context>
    <name>CheckStep</name>
    <message>
        <source>Not checked, because &quot;%1&quot; did not work.</source>
        <translation>「%1」がうまくいかなかったため、確認していません。</translation>
    </message>
</context>
<context>
    <name>DomainStep</name>
    <message>
        <source>Not checked: %1 is a name reserved for tests and examples.</source>
        <translation>未確認：%1 はテストや説明のために予約された名前です。</translation>
    </message>
    <message>
        <source>Not checked: the DNS records of %1 could not be read, because DNS did not answer.</source>
        <translation>未確認：DNS が応答しなかったため、%1 の DNS レコードを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Not checked: the address has no domain to check.</source>
        <translation>未確認：このアドレスには確認できるドメインがありません。</translation>
    </message>
    <message>
        <source>Reading the DNS records of %1 (SPF, DKIM, DMARC, MX)…</source>
        <translation>%1 の DNS レコード（SPF、DKIM、DMARC、MX）を読み取っています…</translation>
    </message>
    <message>
        <source>Check the e-mail address for a typing mistake. If it is right, the DNS this computer uses cannot see %1 (for example on a network without internet access).</source>
        <translation>メールアドレスに入力の誤りがないか確かめてください。アドレスが正しい場合は、このパソコンが使っている DNS から %1 が見えていません（インターネットにつながっていないネットワークにいる場合など）。</translation>
    </message>
</context>
<context>
    <name>InterferenceStep</name>
    <message>
        <source>In plain text (port %1) the server&apos;s greeting arrived hidden behind asterisks: &quot;%2&quot;.</source>
        <translation>暗号化しない接続（ポート %1）では、サーバーの最初の応答が「*」で隠された状態で届きました（「%2」）。</translation>
    </message>
    <message>
        <source>In plain text (port %1) the server&apos;s list of features contained &quot;%2&quot; where a feature such as STARTTLS belongs.</source>
        <translation>暗号化しない接続（ポート %1）では、サーバーの機能一覧で、STARTTLS などが入るはずの場所に「%2」が入っていました。</translation>
    </message>
    <message>
        <source>In plain text (port %1) the server&apos;s introduction command EHLO was refused (&quot;%2&quot;), but over the encrypted connection it was accepted.</source>
        <translation>暗号化しない接続（ポート %1）では、最初にあいさつするコマンド EHLO が拒否されました（「%2」）。暗号化した接続では受け付けられました。</translation>
    </message>
    <message>
        <source>In plain text (port %1) the server offered neither encryption (STARTTLS) nor sign-in (AUTH), but over the encrypted connection it offers sign-in.</source>
        <translation>暗号化しない接続（ポート %1）では、サーバーは暗号化（STARTTLS）もログイン（AUTH）も案内しませんでした。暗号化した接続では、ログインを案内しています。</translation>
    </message>
    <message>
        <source>Over the encrypted connection, which no device in between can read, the same server greets with &quot;%1&quot;.</source>
        <translation>途中の機器が中身を読めない暗号化した接続では、同じサーバーの最初の応答は「%1」です。</translation>
    </message>
    <message>
        <source>The certificate was signed by &quot;%1&quot;.</source>
        <translation>この証明書に署名したのは「%1」です。</translation>
    </message>
    <message>
        <source>%1 usually runs in your organisation&apos;s network, not on this computer: give this report to your network administrator.</source>
        <translation>%1 は通常、このパソコンではなく組織のネットワーク側で動いています。このレポートをネットワーク管理者に渡してください。</translation>
    </message>
    <message>
        <source>the system&apos;s %1 proxy %2</source>
        <translation>システムで設定された %1 プロキシ %2</translation>
    </message>
    <message>
        <source>SMTP Doctor itself connects directly. Mail programs that follow the system&apos;s proxy settings may try to send through it.</source>
        <translation>SMTP Doctor 自体は直接接続しています。システムのプロキシ設定に従うメールソフトは、このプロキシを通して送信しようとすることがあります。</translation>
    </message>
    <message>
        <source>%1, which greets in place of the mail server on port %2</source>
        <translation>ポート %2 でメールサーバーの代わりに応答する %1</translation>
    </message>
    <message>
        <source>Port %1 greeted with &quot;%2&quot;.</source>
        <translation>ポート %1 の最初の応答は「%2」でした。</translation>
    </message>
    <message>
        <source>a transparent proxy or firewall that accepts connections to every port of %1</source>
        <translation>%1 のどのポートへの接続も受け付けてしまう、透過プロキシまたはファイアウォール</translation>
    </message>
    <message>
        <source>Even port %1, which no mail server uses, accepted a connection: something in between answers in the server&apos;s place.</source>
        <translation>メールサーバーが使わないポート %1 でも接続が受け付けられました。途中にある何かが、サーバーの代わりに応答しています。</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 から %2 まで</translation>
    </message>
    <message>
        <source>The clock seems to be behind: the certificate only becomes valid after this computer&apos;s date.</source>
        <translation>パソコンの時計が遅れているようです。証明書の有効期間が、このパソコンの日付より後から始まっています。</translation>
    </message>
    <message>
        <source>The clock seems to be ahead: the server&apos;s certificates look expired, which happens when a computer&apos;s date is in the future.</source>
        <translation>パソコンの時計が進んでいるようです。サーバーの証明書が期限切れに見えます。パソコンの日付が未来になっていると、このようになります。</translation>
    </message>
    <message>
        <source>The server&apos;s own clock, shown in its greeting, says %1.</source>
        <translation>サーバーの最初の応答に含まれる、サーバー側の時刻は %1 です。</translation>
    </message>
    <message>
        <source>Looking for firewalls, proxies and security programs in between…</source>
        <translation>途中にファイアウォール、プロキシ、セキュリティソフトがないか調べています…</translation>
    </message>
    <message>
        <source>Nothing between this computer and %1 seems to block or change the mail connection.</source>
        <translation>このパソコンと %1 の間で、メールの通信を妨げたり書き換えたりしているものは見つかりませんでした。</translation>
    </message>
    <message>
        <source>Something in between was noticed, but it does not stop the settings that work.</source>
        <translation>途中に何か（ファイアウォールなど）が見つかりましたが、使える設定での送信には影響しません。</translation>
    </message>
    <message>
        <source>Something between this computer and %1 blocks or changes the mail connection.</source>
        <translation>このパソコンと %1 の間にある何かが、メールの通信を妨げたり書き換えたりしています。</translation>
    </message>
    <message>
        <source>Port 25 refused the connection, while the same server answered on its other sending ports (%1). A refusal can also mean that the server simply does not take mail on port 25; the advice is the same.</source>
        <translation>同じサーバーのほかの送信用ポート（%1）は応答しましたが、ポート 25 は接続を拒否しました。サーバーがポート 25 でメールを受け付けていないだけの場合も同じ結果になりますが、対処方法は変わりません。</translation>
    </message>
    <message>
        <source>Port 25 gave no answer at all (it is filtered), while the same server answered at once on its other sending ports (%1).</source>
        <translation>同じサーバーのほかの送信用ポート（%1）はすぐに応答しましたが、ポート 25 からはまったく応答がありませんでした（途中で遮断されています）。</translation>
    </message>
</context>
<context>
    <name>NetworkStep</name>
    <message>
        <source>The server is given as an address (%1), so no name lookup is needed.</source>
        <translation>サーバーが IP アドレス（%1）で指定されているため、サーバー名を調べる必要はありません。</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 の IP アドレスを調べています…</translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>このパソコンはネットワークにつながっていません。</translation>
    </message>
    <message>
        <source>The internet&apos;s address book (DNS) answered that no such name exists, so the name is most likely mistyped.</source>
        <translation>インターネットの住所録（DNS）から「その名前は存在しない」という応答がありました。サーバー名の入力ミスの可能性が高いです。</translation>
    </message>
    <message>
        <source>The internet&apos;s address book (DNS) could not be asked: the network&apos;s DNS seems not to work, rather than the name being wrong.</source>
        <translation>インターネットの住所録（DNS）に問い合わせできませんでした。サーバー名の間違いではなく、ネットワークの DNS が動いていないようです。</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; could not be found.</source>
        <translation>サーバー名「%1」が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Your computer is online, and the server name %1 was found (address %2).</source>
        <translation>パソコンはネットワークにつながっています。サーバー名 %1 も見つかりました（IP アドレス %2）。</translation>
    </message>
    <message>
        <source>You typed &quot;%1&quot;. Did you mean &quot;%2&quot;? That is the outgoing server of a well-known mail provider.</source>
        <translation>「%1」と入力されています。よく使われるメールサービスの送信メールサーバー「%2」の入力ミスではありませんか。</translation>
    </message>
    <message>
        <source>This computer reports a network connection without internet access.</source>
        <translation>このパソコンは、ネットワークにはつながっていますが、インターネットには接続できない状態のようです。</translation>
    </message>
    <message>
        <source>Checking that %1 can be reached…</source>
        <translation>%1 に接続できるか確認しています…</translation>
    </message>
    <message>
        <source>IPv4 address %1 answered; IPv6 address %2 did not (%3).</source>
        <translation>IPv4 アドレス %1 は応答しましたが、IPv6 アドレス %2 は応答しませんでした（%3）。</translation>
    </message>
    <message>
        <source>%1 (%2) can be reached, although this computer reports no internet connection. That is fine for a company or local mail server.</source>
        <translation>このパソコンはインターネットに接続していない状態ですが、%1（%2）には接続できます。社内や手元のメールサーバーなら、これで問題ありません。</translation>
    </message>
    <message>
        <source>The server name %1 was found (address %2).</source>
        <translation>サーバー名 %1 が見つかりました（IP アドレス %2）。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
</context>
<context>
    <name>OAuthStep</name>
    <message>
        <source>This server does not take sign-in tokens (XOAUTH2 or OAUTHBEARER), so signing in through the browser cannot work here. Sign in with the password (or an app password) instead.</source>
        <translation>このサーバーはログイン用のトークン（XOAUTH2 や OAUTHBEARER）を受け付けないため、ここではブラウザーでのログインは使えません。代わりにパスワード（またはアプリ パスワード）でログインしてください。</translation>
    </message>
    <message>
        <source>Getting a new sign-in token from %1 with the saved sign-in…</source>
        <translation>保存済みのログイン情報を使って、%1 から新しいログイン用のトークンを受け取っています…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in at %1 in the browser…</source>
        <translation>ブラウザーで %1 にログインするのを待っています…</translation>
    </message>
    <message>
        <source>Sign-in through the browser could not be tested.</source>
        <translation>ブラウザーでのログインは確認できませんでした。</translation>
    </message>
    <message>
        <source>Signing in through the browser did not work.</source>
        <translation>ブラウザーでのログインができませんでした。</translation>
    </message>
    <message>
        <source>Signing in as %1 with the token from %2…</source>
        <translation>%2 のトークンを使って、%1 としてログインしています…</translation>
    </message>
    <message>
        <source>The server accepted the sign-in of %1 with the token from %2 (OAuth 2.0, method %3).</source>
        <translation>サーバーは、%2 のトークンによる %1 のログインを受け付けました（OAuth 2.0、方式 %3）。</translation>
    </message>
    <message>
        <source>The mail server closed the connection while SMTP Doctor waited for the sign-in. Check again; the sooner the sign-in is finished, the better.</source>
        <translation>ログインを待っている間に、メールサーバーが接続を切りました。もう一度確認し、なるべく早くログインを済ませてください。</translation>
    </message>
    <message>
        <source>access_denied: the sign-in was refused on the provider&apos;s page. Someone pressed &quot;Cancel&quot; or &quot;Deny&quot;, or the account may not use this program.</source>
        <translation>access_denied：提供元のページでログインが拒否されました。「キャンセル」や「拒否」が押されたか、このアカウントではこのプログラムを使えない可能性があります。</translation>
    </message>
    <message>
        <source>consent_required: someone must first agree that this program may send mail for the account. In an organisation this is often the administrator.</source>
        <translation>consent_required：このプログラムがこのアカウントでメールを送ることに、先に誰かが同意する必要があります。組織のアカウントでは、多くの場合は管理者です。</translation>
    </message>
    <message>
        <source>interaction_required: the provider wants more from you on its page first, for example extra verification with your phone.</source>
        <translation>interaction_required：提供元のページで、先に追加の操作が必要です。たとえば、スマートフォンでの追加の本人確認です。</translation>
    </message>
    <message>
        <source>login_required: the provider wants you to sign in on its page again.</source>
        <translation>login_required：提供元のページで、もう一度ログインする必要があります。</translation>
    </message>
    <message>
        <source>account_selection_required: choose the account on the provider&apos;s page.</source>
        <translation>account_selection_required：提供元のページでアカウントを選んでください。</translation>
    </message>
    <message>
        <source>invalid_scope: the provider does not give this program the permission to send mail that it asked for. The registration (or the preset&apos;s scope) may lack it.</source>
        <translation>invalid_scope：このプログラムが求めたメール送信の権限を、提供元が認めていません。登録内容（またはプリセットの scope）にその権限が含まれていない可能性があります。</translation>
    </message>
    <message>
        <source>unauthorized_client: the provider does not allow this program&apos;s registration (client ID) to sign in this way. IT should check the [oauth] section of the preset.</source>
        <translation>unauthorized_client：提供元は、このプログラムの登録（クライアント ID）でこの方式のログインを許可していません。システム担当者はプリセットの [oauth] セクションを確認してください。</translation>
    </message>
    <message>
        <source>invalid_client: the provider does not accept this program&apos;s registration (client ID or client secret). IT should check the [oauth] section of the preset.</source>
        <translation>invalid_client：提供元は、このプログラムの登録（クライアント ID またはクライアント シークレット）を受け付けていません。システム担当者はプリセットの [oauth] セクションを確認してください。</translation>
    </message>
    <message>
        <source>invalid_request: the provider did not accept the sign-in request. The preset&apos;s [oauth] settings may not fit this provider.</source>
        <translation>invalid_request：提供元がログインの要求を受け付けませんでした。プリセットの [oauth] の設定が、この提供元に合っていない可能性があります。</translation>
    </message>
    <message>
        <source>unsupported_response_type: the provider does not offer the sign-in SMTP Doctor uses (authorization code). The preset&apos;s [oauth] settings may not fit this provider.</source>
        <translation>unsupported_response_type：提供元は、SMTP Doctor が使うログイン方式（認可コード）に対応していません。プリセットの [oauth] の設定が、この提供元に合っていない可能性があります。</translation>
    </message>
    <message>
        <source>server_error: the provider had a problem of its own. Try again later.</source>
        <translation>server_error：提供元のサーバー側で問題が起きました。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>temporarily_unavailable: the provider is busy or under maintenance. Try again later.</source>
        <translation>temporarily_unavailable：提供元が混み合っているか、メンテナンス中です。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Microsoft wants extra verification (multi-factor authentication) for this sign-in. Finish it on the sign-in page, or ask your administrator how to set it up.</source>
        <translation>Microsoft は、このログインに追加の本人確認（多要素認証）を求めています。ログインページで最後まで済ませるか、設定方法を管理者に確認してください。</translation>
    </message>
    <message>
        <source>The permission for this program to send mail was not given. Sign in again and accept, or ask your administrator.</source>
        <translation>このプログラムがメールを送る許可が出されていません。もう一度ログインして許可するか、管理者に相談してください。</translation>
    </message>
    <message>
        <source>Your organisation&apos;s administrator must approve this program first.</source>
        <translation>先に、組織の管理者がこのプログラムを承認する必要があります。</translation>
    </message>
    <message>
        <source>Your organisation&apos;s Conditional Access rules blocked this sign-in. Ask your administrator.</source>
        <translation>組織の条件付きアクセスのルールにより、このログインは止められました。管理者に相談してください。</translation>
    </message>
    <message>
        <source>The administrator has not given your account access to this program.</source>
        <translation>管理者が、このアカウントにこのプログラムの利用を許可していません。</translation>
    </message>
    <message>
        <source>Microsoft does not know this program&apos;s registration (client ID) in your organisation. IT should check the [oauth] section of the preset.</source>
        <translation>Microsoft は、この組織でのこのプログラムの登録（クライアント ID）を見つけられませんでした。システム担当者はプリセットの [oauth] セクションを確認してください。</translation>
    </message>
    <message>
        <source>invalid_grant: the saved sign-in is no longer valid. It expired, was withdrawn, or the password was changed since. Sign in again in the browser (on the command line: --oauth without --keychain, with --remember to save the new sign-in).</source>
        <translation>invalid_grant：保存済みのログイン情報は使えなくなっています。有効期限が切れたか、取り消されたか、その後パスワードが変更されました。ブラウザーでもう一度ログインしてください（コマンドラインでは --keychain を付けずに --oauth で実行し、新しいログイン情報を保存するには --remember を付けます）。</translation>
    </message>
    <message>
        <source>invalid_grant: the provider did not accept the sign-in code, for example because it expired. Sign in again.</source>
        <translation>invalid_grant：提供元がログインのコードを受け付けませんでした。有効期限が切れたことなどが考えられます。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>SMTP Doctor does not know the provider&apos;s error &quot;%1&quot;; the provider&apos;s own words follow, if it gave any.</source>
        <translation>提供元のエラー「%1」は SMTP Doctor の知らないものです。提供元からの説明があれば、下にそのまま示します。</translation>
    </message>
    <message>
        <source>The provider&apos;s own words: %1</source>
        <translation>提供元からの説明：%1</translation>
    </message>
    <message>
        <source>SMTP Doctor does not know the sign-in page of the provider of %1. An IT department can describe it in the [oauth] section of a preset.</source>
        <translation>SMTP Doctor は %1 の提供元のログインページを知りません。組織のシステム担当者は、プリセットの [oauth] セクションでそれを設定できます。</translation>
    </message>
    <message>
        <source>To sign in with %1, a program needs its own registration with %1 (a client ID). This copy of SMTP Doctor was built without one, and no preset gives one.</source>
        <translation>%1 でログインするには、プログラムごとに %1 への登録（クライアント ID）が必要です。この SMTP Doctor には登録が組み込まれておらず、プリセットでも指定されていません。</translation>
    </message>
    <message>
        <source>SMTP Doctor could not open the address on this computer (127.0.0.1) that the browser comes back to after the sign-in. Security software may block it.</source>
        <translation>ログインの後にブラウザーが戻ってくる、このパソコン上のアドレス（127.0.0.1）を SMTP Doctor が開けませんでした。セキュリティソフトが止めている可能性があります。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled before it was finished.</source>
        <translation>ログインは完了する前に中止されました。</translation>
    </message>
    <message>
        <source>The browser did not come back within %1 seconds: the page may have been closed, or the sign-in took too long.</source>
        <translation>%1 秒待ちましたが、ブラウザーでのログインが終わりませんでした。ページが閉じられたか、ログインに時間がかかりすぎた可能性があります。</translation>
    </message>
    <message>
        <source>An answer came back that does not belong to this sign-in (for example from an older browser tab, or from a page that is not the provider&apos;s). SMTP Doctor refused it for your safety.</source>
        <translation>このログインとは関係のない応答が返ってきました（古いブラウザーのタブや、提供元ではないページからの応答など）。安全のため、SMTP Doctor はこの応答を受け付けませんでした。</translation>
    </message>
    <message>
        <source>The browser came back without the result of the sign-in.</source>
        <translation>ブラウザーから戻ってきましたが、ログインの結果が含まれていませんでした。</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s certificate was not trusted: %1</source>
        <translation>ログイン用サーバーの証明書を信頼できませんでした：%1</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>%1 秒以内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>It answered, but not with a usable sign-in token: %1</source>
        <translation>応答はありましたが、使えるログイン用のトークンではありませんでした：%1</translation>
    </message>
    <message>
        <source>The server said why: %1</source>
        <translation>サーバーが示した理由：%1</translation>
    </message>
    <message>
        <source>The server considers the token invalid or expired, or it was issued for another account than %1.</source>
        <translation>サーバーは、このトークンが無効か期限切れ、または %1 とは別のアカウント向けに発行されたものと判断しています。</translation>
    </message>
    <message>
        <source>Microsoft 365 answers like this to a valid token when sign-in for sending (SMTP AUTH) is turned off for the mailbox or the whole organisation. The administrator turns on &quot;Authenticated SMTP&quot; for the mailbox (Microsoft 365 admin center: Users, Active users, Mail, Manage email apps).</source>
        <translation>Microsoft 365 は、メールボックスまたは組織全体で送信時のログイン（SMTP 認証）が無効になっていると、正しいトークンにもこのように答えます。管理者がこのメールボックスの「SMTP 認証」（Authenticated SMTP）を有効にしてください（Microsoft 365 管理センター：ユーザー ＞ アクティブなユーザー ＞ メール ＞ メール アプリの管理）。</translation>
    </message>
</context>
<context>
    <name>PortVerdict</name>
    <message>
        <source>answers as a mail server</source>
        <translation>メールサーバーとして応答あり</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>接続拒否</translation>
    </message>
    <message>
        <source>no answer (filtered)</source>
        <translation>応答なし（遮断）</translation>
    </message>
    <message>
        <source>connection cut off</source>
        <translation>途中で切断</translation>
    </message>
    <message>
        <source>connected, but no greeting</source>
        <translation>接続できたが最初の応答なし</translation>
    </message>
    <message>
        <source>another protocol, not SMTP</source>
        <translation>SMTP 以外の通信方式</translation>
    </message>
    <message>
        <source>speaks %1, not SMTP</source>
        <translation>SMTP ではなく %1 で応答</translation>
    </message>
    <message>
        <source>turns the connection away (%1)</source>
        <translation>接続お断り（%1）</translation>
    </message>
    <message>
        <source>SSL/TLS did not work</source>
        <translation>SSL/TLS 失敗</translation>
    </message>
    <message>
        <source>answers, but not properly</source>
        <translation>応答に異常あり</translation>
    </message>
</context>
<context>
    <name>SendStep</name>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>%1 宛てにテストメールを送信しています…</translation>
    </message>
    <message>
        <source>SMTP Doctor test message</source>
        <translation>SMTP Doctor のテストメール</translation>
    </message>
    <message>
        <source>This is a test message from SMTP Doctor.

If you can read it, sending mail with these settings works:
server %1, port %2, security %3.

You can delete this message.</source>
        <translation>これは SMTP Doctor から送信したテストメールです。

このメールが届いていれば、次の設定でメールを送信できます。
サーバー：%1
ポート：%2
暗号化：%3

このメールは削除してかまいません。</translation>
    </message>
    <message>
        <source>The server accepted the test message for %1.</source>
        <translation>サーバーが %1 宛てのテストメールを受け付けました。</translation>
    </message>
    <message>
        <source>The test message was not accepted.</source>
        <translation>テストメールは受け付けられませんでした。</translation>
    </message>
</context>
<context>
    <name>ServerStep</name>
    <message>
        <source>Trying the usual mail ports of %1 (465, 587, 25, 2525)…</source>
        <translation>%1 の、よく使われるメール用のポート（465、587、25、2525）に同時に接続しています…</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>%1 のポート %2 に接続しています…</translation>
    </message>
    <message>
        <source>%1 answers on port %2 (%3): &quot;%4&quot;</source>
        <translation>%1 はポート %2（%3）で応答しています：「%4」</translation>
    </message>
    <message>
        <source>No mail port of %1 could be used.</source>
        <translation>%1 のメール用のポートは、どれも使えませんでした。</translation>
    </message>
    <message>
        <source>Port %1 does not work; trying the other mail ports…</source>
        <translation>ポート %1 は使えません。ほかのメール用のポートを試しています…</translation>
    </message>
    <message>
        <source>%1 accepts connections on port %2.</source>
        <translation>%1 はポート %2 で接続を受け付けています。</translation>
    </message>
    <message>
        <source>%1 could not be used on port %2.</source>
        <translation>%1 はポート %2 では使えませんでした。</translation>
    </message>
    <message>
        <source>Port %1, technical detail: %2</source>
        <translation>ポート %1 の技術的な詳細：%2</translation>
    </message>
    <message>
        <source>The server on port %1 greeted only after a long pause, even when asked a second time.</source>
        <translation>ポート %1 のサーバーは、長い間を置いてからでないと最初の応答を返しませんでした。接続し直しても同じでした。</translation>
    </message>
    <message>
        <source>Port %1 accepted the connection but never answered, not even when SMTP Doctor spoke first. A mail server greets you as soon as you connect.</source>
        <translation>ポート %1 は接続には応じましたが、こちらから呼びかけても何も応答しませんでした。メールサーバーなら、接続するとすぐに自分から応答するはずです。</translation>
    </message>
    <message>
        <source>Port %1 answers, but shows a certificate this computer cannot trust, so no password should go there. Port %2 shows a certificate that was verified.</source>
        <translation>ポート %1 は応答しますが、このパソコンが信頼できない証明書を示すため、そこへパスワードを送るべきではありません。ポート %2 の証明書は正しいと確認できました。</translation>
    </message>
    <message>
        <source>Port %1 answers, but the connection could not be encrypted there, so no password should go there. Port %2 encrypts the connection and shows a certificate that was verified.</source>
        <translation>ポート %1 は応答しますが、通信を暗号化できないため、そこへパスワードを送るべきではありません。ポート %2 では通信を暗号化でき、証明書も正しいと確認できました。</translation>
    </message>
</context>
<context>
    <name>TlsStep</name>
    <message>
        <source>A secure connection could not be set up.</source>
        <translation>暗号化された安全な接続を始められませんでした。</translation>
    </message>
    <message>
        <source>%1 offers no encryption on port %2.</source>
        <translation>%1 のポート %2 では暗号化が使えません。</translation>
    </message>
    <message>
        <source>Starting encryption (STARTTLS) with %1…</source>
        <translation>%1 との暗号化（STARTTLS）を始めています…</translation>
    </message>
    <message>
        <source>The connection is encrypted (%1) and the server&apos;s certificate is valid.</source>
        <translation>接続は暗号化されています（%1）。サーバーの証明書も有効です。</translation>
    </message>
    <message>
        <source>The connection is encrypted (%1), but the server&apos;s certificate could not be trusted.</source>
        <translation>接続は暗号化されています（%1）。ただし、サーバーの証明書は信頼できるものと確認できませんでした。</translation>
    </message>
    <message>
        <source>The connection is not encrypted, because security is set to none.</source>
        <translation>暗号化の設定が「なし」になっているため、接続は暗号化されていません。</translation>
    </message>
    <message>
        <source>a %1 key of only %2 bits</source>
        <translation>わずか %2 ビットの %1 鍵</translation>
    </message>
    <message>
        <source>a signature made with %1, which can be forged</source>
        <translation>偽造できてしまう %1 による署名</translation>
    </message>
    <message>
        <source>This computer already refuses %1, so no secure connection could be set up at all.</source>
        <translation>このパソコンはすでに %1 を受け付けないため、安全な接続をまったく確立できませんでした。</translation>
    </message>
    <message>
        <source>Because you allowed it, SMTP Doctor signs in over this unencrypted connection for this test, so the password travels where others on the network could read it. Your mail program would do the same with these settings.</source>
        <translation>許可されたため、このテストでは暗号化されていない接続のままログインします。パスワードは同じネットワークにいるほかの人にも読み取れる状態で送られます。この設定のままでは、メールソフトも同じように送ります。</translation>
    </message>
    <message>
        <source>SMTP Doctor does not send a password over such a connection unless you allow it.</source>
        <translation>このような接続では、許可がない限り SMTP Doctor はパスワードを送りません。</translation>
    </message>
    <message>
        <source>This happened after encryption had started (%1): the secure connection itself worked, and what went wrong is the server&apos;s answer over it.</source>
        <translation>これは暗号化が始まった後（%1）に起きました。暗号化された接続そのものはできており、問題はその上でのサーバーの答えです。</translation>
    </message>
    <message>
        <source>The connection was encrypted (%1), but then the server did not go on.</source>
        <translation>接続は暗号化されました（%1）が、その後サーバーが先へ進みませんでした。</translation>
    </message>
    <message>
        <source>You connected to &quot;%1&quot;, but the server&apos;s certificate is made out to: %2. This certificate cannot be trusted either (see the other problems found here), so the names in it prove nothing: anyone can write any name into a certificate that nobody vouches for.</source>
        <translation>「%1」に接続しましたが、サーバーの証明書は %2 あてになっています。ただし、この証明書自体が信頼できません（ここに表示されているほかの問題をご覧ください）。誰も保証していない証明書には、誰でも好きな名前を書けるので、書かれている名前は何の証明にもなりません。</translation>
    </message>
    <message>
        <source>Do not change the outgoing server to a name from this certificate. Keep the server name your mail provider gives you, and first find out why the certificate cannot be trusted: a security program or network device may be intercepting the connection, or your company&apos;s own certificate may need to be installed.</source>
        <translation>送信メールサーバーを、この証明書に書かれた名前に変えないでください。メールの提供元が案内しているサーバー名のままにして、まず証明書が信頼できない理由を確かめてください。セキュリティソフトやネットワーク機器が通信に割り込んでいるか、会社の証明書をインストールする必要があるのかもしれません。</translation>
    </message>
</context>
</TS>
