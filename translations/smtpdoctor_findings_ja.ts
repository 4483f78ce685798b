<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Finding</name>
    <message>
        <source>The server does not offer sign-in here</source>
        <translation>このサーバーではログインが提供されていません</translation>
    </message>
    <message>
        <source>"%1" does not offer sign-in (SMTP AUTH) on this connection. Without signing in, most servers only accept mail for their own users, or refuse it.</source>
        <translation>「%1」は、この接続ではログイン（SMTP 認証）を受け付けていません。ログインしないと、ほとんどのサーバーは自分の利用者あてのメールしか受け取らないか、送信を断ります。</translation>
    </message>
    <message>
        <source>Use your provider's sending port, usually 587 with STARTTLS or 465 with SSL/TLS, where sign-in is offered.</source>
        <translation>メールの提供元（プロバイダー）の送信用ポートを使ってください。ふつうは 587 番（STARTTLS）か 465 番（SSL/TLS）で、ここではログインできます。</translation>
    </message>
    <message>
        <source>The server wants encryption before the password</source>
        <translation>サーバーはパスワードの前に暗号化を求めています</translation>
    </message>
    <message>
        <source>The server refused to sign in because the connection was not encrypted first.</source>
        <translation>接続が先に暗号化されていなかったため、サーバーがログインを断りました。</translation>
    </message>
    <message>
        <source>Set security to STARTTLS (port 587) or SSL/TLS (port 465) in your mail program.</source>
        <translation>メールソフトで、暗号化を STARTTLS（ポート 587）または SSL/TLS（ポート 465）に設定してください。</translation>
    </message>
    <message>
        <source>Your password was not sent: the connection is not safe</source>
        <translation>接続が安全でないため、パスワードは送りませんでした</translation>
    </message>
    <message>
        <source>The connection is not encrypted, or the server's identity could not be confirmed, so your password could be read or caught by someone else. SMTP Doctor did not send it.</source>
        <translation>接続が暗号化されていないか、サーバーが本物か確認できませんでした。このままではパスワードを他人に読み取られるおそれがあるため、SMTP Doctor は送信していません。</translation>
    </message>
    <message>
        <source>Fix the secure connection problem first. Only if you are sure the network is safe (for example a test server) can you allow it with --allow-insecure or the option in the wizard.</source>
        <translation>まず安全な接続の問題を解決してください。ネットワークが安全だと確信できる場合（テスト用サーバーなど）に限り、--allow-insecure またはウィザードのオプションで許可できます。</translation>
    </message>
    <message>
        <source>No common way to send the password</source>
        <translation>パスワードを送る共通の方法がありません</translation>
    </message>
    <message>
        <source>The server offers these sign-in methods: %1. None of them is one this tool (and most mail programs) can use with a password.</source>
        <translation>サーバーが用意しているログイン方式は %1 です。このツール（とほとんどのメールソフト）がパスワードで使える方式はその中にありません。</translation>
    </message>
    <message>
        <source>Check your provider's help pages for the sign-in method to use. Your provider may require an app password or a sign-in through the browser.</source>
        <translation>提供元のヘルプページで、使うべきログイン方式を確認してください。アプリ パスワードやブラウザーでのログインが必要な場合があります。</translation>
    </message>
    <message>
        <source>The server did not accept your user name or password</source>
        <translation>ユーザー名またはパスワードが受け付けられませんでした</translation>
    </message>
    <message>
        <source>The server refused to sign in as "%1". Either the password is wrong, or the user name is not in the form the provider wants (often the full email address).</source>
        <translation>サーバーは「%1」としてのログインを断りました。パスワードが違うか、ユーザー名が提供元の求める形（多くはメールアドレス全体）になっていません。</translation>
    </message>
    <message>
        <source>Type the password again carefully (watch Caps Lock). Try your full email address as the user name. If you recently changed your password, update it in your mail program too.</source>
        <translation>パスワードをもう一度ゆっくり入力してください（Caps Lock に注意）。ユーザー名にはメールアドレス全体を試してください。最近パスワードを変えた場合は、メールソフトの設定も新しいパスワードにしてください。</translation>
    </message>
    <message>
        <source>Your provider needs an app password</source>
        <translation>アプリ パスワードが必要です</translation>
    </message>
    <message>
        <source>Your account uses 2-step verification (or extra security), so the normal password is not accepted by mail programs.</source>
        <translation>お使いのアカウントは 2 段階認証（または追加のセキュリティ）を使っているため、メールソフトからは通常のパスワードを使えません。</translation>
    </message>
    <message>
        <source>Create an "app password" in your provider's account security settings and use it in your mail program instead of your normal password.</source>
        <translation>提供元のアカウントのセキュリティ設定で「アプリ パスワード」を作成し、通常のパスワードの代わりにメールソフトに入力してください。</translation>
    </message>
    <message>
        <source>Sending with a password is turned off for your account</source>
        <translation>このアカウントではパスワードでの送信が止められています</translation>
    </message>
    <message>
        <source>Your provider accepts only browser sign-in</source>
        <translation>提供元はブラウザーでのログインしか受け付けません</translation>
    </message>
    <message>
        <source>Sign-in failed for a temporary reason</source>
        <translation>一時的な理由でログインに失敗しました</translation>
    </message>
    <message>
        <source>The server could not check your password just now. The problem is on the server's side and usually goes away by itself.</source>
        <translation>サーバーが今はパスワードを確認できませんでした。原因はサーバー側にあり、たいていは時間がたてば直ります。</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again. If it lasts more than an hour, contact your mail provider.</source>
        <translation>数分待ってからもう一度お試しください。1 時間以上続く場合は、メールの提供元に問い合わせてください。</translation>
    </message>
    <message>
        <source>No user name given: sign-in was not tested</source>
        <translation>ユーザー名が入力されていないため、ログインは確認していません</translation>
    </message>
    <message>
        <source>Without a user name and password this check cannot tell whether the server accepts your sign-in.</source>
        <translation>ユーザー名とパスワードがないと、サーバーがログインを受け付けるかどうかを確認できません。</translation>
    </message>
    <message>
        <source>Enter your user name (often your email address) and password to test sign-in too.</source>
        <translation>ログインも確認するには、ユーザー名（多くはメールアドレス）とパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Not checked: an earlier step failed</source>
        <translation>未確認：前の段階で問題が見つかりました</translation>
    </message>
    <message>
        <source>This check needs "%1" to work first.</source>
        <translation>この確認には、先に「%1」がうまくいく必要があります。</translation>
    </message>
    <message>
        <source>Fix the problem shown in "%1", then run the check again.</source>
        <translation>「%1」に表示された問題を解決してから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>Your computer is not connected to a network</source>
        <translation>パソコンがネットワークにつながっていません</translation>
    </message>
    <message>
        <source>This computer has no working network connection, so it cannot reach any mail server. Nothing is wrong with your mail settings yet.</source>
        <translation>このパソコンには使えるネットワーク接続がないため、どのメールサーバーにも接続できません。メールの設定にはまだ問題は見つかっていません。</translation>
    </message>
    <message>
        <source>Check that Wi-Fi is on or the network cable is plugged in, and that web pages open. Then run the check again.</source>
        <translation>Wi-Fi がオンになっているか、LAN ケーブルがつながっているか、ウェブページが開けるかを確認してから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>The server name "%1" could not be found</source>
        <translation>サーバー名「%1」が見つかりませんでした</translation>
    </message>
    <message>
        <source>Your computer asked the internet's address book (DNS) where "%1" is, and got no address back. Most often the name is mistyped; sometimes the network's DNS is not answering.</source>
        <translation>パソコンがインターネットの住所録（DNS）に「%1」の場所を問い合わせましたが、アドレスが返ってきませんでした。多くはサーバー名の入力ミスで、まれにネットワークの DNS が応答していないこともあります。</translation>
    </message>
    <message>
        <source>Compare the outgoing server name letter by letter with what your mail provider gives (for example smtp.example.com). If it is right, check that web pages open, then try again.</source>
        <translation>送信メールサーバー名を、提供元の案内（例: smtp.example.com）と 1 文字ずつ見比べてください。正しい場合は、ウェブページが開けるか確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server's IPv6 address does not answer</source>
        <translation>サーバーの IPv6 アドレスが応答しません</translation>
    </message>
    <message>
        <source>"%1" has a newer IPv6 address and an IPv4 address. Only the IPv4 address answered. Mail programs that try IPv6 first may wait a long time or fail.</source>
        <translation>「%1」には新しい IPv6 アドレスと IPv4 アドレスがありますが、応答したのは IPv4 だけでした。IPv6 を先に試すメールソフトは、長く待たされたり失敗したりすることがあります。</translation>
    </message>
    <message>
        <source>Usually nothing needs changing, because most mail programs fall back to IPv4. If sending is slow or fails, ask your network administrator or internet provider about IPv6.</source>
        <translation>ほとんどのメールソフトは IPv4 に切り替えるので、通常は変更不要です。送信が遅い、または失敗する場合は、ネットワーク管理者かインターネットのプロバイダーに IPv6 について問い合わせてください。</translation>
    </message>
    <message>
        <source>The server refused the connection on port %2</source>
        <translation>ポート %2 への接続をサーバーが拒否しました</translation>
    </message>
    <message>
        <source>"%1" answered, but nothing on it accepts mail on port %2. The port number is probably wrong, or the server name belongs to a machine that does not send mail.</source>
        <translation>「%1」は応答しましたが、ポート %2 でメールを受け付けるものがありません。ポート番号が間違っているか、そのサーバー名はメール送信用のマシンではない可能性があります。</translation>
    </message>
    <message>
        <source>Check the port in your mail program's outgoing server settings. Most providers use 465 (SSL/TLS) or 587 (STARTTLS).</source>
        <translation>メールソフトの送信メールサーバーの設定でポート番号を確認してください。ほとんどの提供元は 465（SSL/TLS）か 587（STARTTLS）を使います。</translation>
    </message>
    <message>
        <source>No answer from %1 on port %2</source>
        <translation>%1 のポート %2 から応答がありません</translation>
    </message>
    <message>
        <source>There was no answer at all within %3 seconds. Either something in between (a firewall, your internet provider, a security program) silently blocks this port, or the server name is not the right one.</source>
        <translation>%3 秒以内にまったく応答がありませんでした。途中の何か（ファイアウォール、インターネットのプロバイダー、セキュリティソフト）がこのポートを黙って遮断しているか、サーバー名が正しくありません。</translation>
    </message>
    <message>
        <source>Try port 587 or 465 instead. If no port answers, check the server name, and ask whoever runs your network whether outgoing mail ports are blocked.</source>
        <translation>代わりにポート 587 か 465 をお試しください。どのポートも応答しない場合はサーバー名を確認し、ネットワークの管理者にメール送信用のポートが遮断されていないか確認してください。</translation>
    </message>
    <message>
        <source>The connection to %1 was cut off</source>
        <translation>%1 との接続が途中で切れました</translation>
    </message>
    <message>
        <source>A connection to port %2 was made, but it was closed before the server said hello. A firewall or security program may be cutting it, or the server turned this computer away.</source>
        <translation>ポート %2 への接続はできましたが、サーバーのあいさつの前に切断されました。ファイアウォールやセキュリティソフトが切断しているか、サーバーがこのパソコンからの接続を断った可能性があります。</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, try the other port (465 or 587) and check your security software's firewall.</source>
        <translation>数分後にもう一度お試しください。何度も起きる場合は、もう一方のポート（465 または 587）を試し、セキュリティソフトのファイアウォールも確認してください。</translation>
    </message>
    <message>
        <source>The server on port %2 stays silent</source>
        <translation>ポート %2 のサーバーが何も応答しません</translation>
    </message>
    <message>
        <source>The connection to "%1" was accepted, but no mail server greeting came within %3 seconds. The port may expect an encrypted connection from the start, or the server is overloaded.</source>
        <translation>「%1」への接続はできましたが、%3 秒以内にメールサーバーのあいさつが届きませんでした。このポートは最初から暗号化された接続を求めているか、サーバーが混み合っている可能性があります。</translation>
    </message>
    <message>
        <source>If your mail program uses port 465, make sure security is set to SSL/TLS; for 587, STARTTLS. Otherwise try again later.</source>
        <translation>メールソフトでポート 465 を使う場合は暗号化を SSL/TLS に、587 の場合は STARTTLS にしてください。それ以外の場合は、しばらくしてからお試しください。</translation>
    </message>
    <message>
        <source>Port %2 is not a mail sending port (%3 answered)</source>
        <translation>ポート %2 はメール送信用ではありません（%3 が応答）</translation>
    </message>
    <message>
        <source>The program that answered on port %2 of "%1" speaks %3, not SMTP. %3 is used for something else, such as receiving mail or web pages, so your mail program cannot send through it.</source>
        <translation>「%1」のポート %2 で応答したのは SMTP ではなく %3 です。%3 はメールの受信やウェブページなど別の用途に使うもので、メールソフトはここからは送信できません。</translation>
    </message>
    <message>
        <source>Set the outgoing (SMTP) server port to 587 or 465. The receiving ports (110, 995 for POP3; 143, 993 for IMAP) belong only in the incoming settings.</source>
        <translation>送信メールサーバー（SMTP）のポートを 587 か 465 にしてください。受信用のポート（POP3 は 110 と 995、IMAP は 143 と 993）は受信の設定にだけ使います。</translation>
    </message>
    <message>
        <source>The server turned the connection away</source>
        <translation>サーバーが接続を断りました</translation>
    </message>
    <message>
        <source>"%1" answered, but at once said it will not serve this connection. It may be busy, it may not offer sending here, or it may block your network's address.</source>
        <translation>「%1」は応答しましたが、すぐにこの接続には対応しないと答えました。混み合っている、ここでは送信を受け付けていない、またはお使いのネットワークのアドレスを遮断している可能性があります。</translation>
    </message>
    <message>
        <source>Read the server's words below. If it says busy, try again later; if it mentions a block list or your address, contact your mail provider with this report.</source>
        <translation>下に表示されたサーバーの言葉を読んでください。混雑とあれば時間をおいて再送し、ブロックリストやアドレスについて書かれていれば、このレポートを添えてメールの提供元に問い合わせてください。</translation>
    </message>
    <message>
        <source>The server refused the introduction (EHLO/HELO)</source>
        <translation>サーバーがあいさつ（EHLO/HELO）を拒否しました</translation>
    </message>
    <message>
        <source>Mail programs start by introducing themselves. "%1" refused both the modern and the old introduction, so no mail can be sent through it.</source>
        <translation>メールソフトは最初にあいさつ（自己紹介）をします。「%1」は新旧どちらのあいさつも拒否したため、このサーバーからはメールを送れません。</translation>
    </message>
    <message>
        <source>This is usually a server or firewall setting. Contact your mail provider or network administrator with this report.</source>
        <translation>多くはサーバーかファイアウォールの設定が原因です。このレポートを添えて、メールの提供元かネットワーク管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>The server's answers do not follow the mail protocol</source>
        <translation>サーバーの応答がメールの決まりに沿っていません</translation>
    </message>
    <message>
        <source>"%1" sent something that is not a valid mail server reply (garbled, far too long, or never ending). A faulty server, or a device in between that changes the conversation, can cause this.</source>
        <translation>「%1」が、正しいメールサーバーの応答ではないもの（文字化け、長すぎる、終わらない）を送ってきました。サーバーの故障か、途中で通信を書き換える機器が原因の可能性があります。</translation>
    </message>
    <message>
        <source>Try again later or through another network. If it persists, give this report to your mail provider or network administrator.</source>
        <translation>時間をおくか、別のネットワークからお試しください。続く場合は、このレポートをメールの提供元かネットワーク管理者に渡してください。</translation>
    </message>
    <message>
        <source>Port %2 does not work, but port %3 does</source>
        <translation>ポート %2 は使えませんが、ポート %3 なら使えます</translation>
    </message>
    <message>
        <source>"%1" could not be used on port %2, but it answers properly on port %3 with %4.</source>
        <translation>「%1」はポート %2 では使えませんでしたが、ポート %3 と %4 の組み合わせなら正しく応答します。</translation>
    </message>
    <message>
        <source>In your mail program's outgoing server settings, change the port to %3 and security to %4.</source>
        <translation>メールソフトの送信メールサーバーの設定で、ポートを %3、暗号化を %4 に変更してください。</translation>
    </message>
    <message>
        <source>Your internet provider blocks port 25</source>
        <translation>インターネットのプロバイダーがポート 25 を遮断しています</translation>
    </message>
    <message>
        <source>Port 25 does not get through, while the sending ports 465 and 587 do. Many providers block port 25 for home connections to stop spam ("Outbound Port 25 Blocking", OP25B).</source>
        <translation>ポート 25 は通りませんが、送信用のポート 465 と 587 は通ります。迷惑メール対策として、家庭向け回線ではポート 25 を遮断しているプロバイダーが多くあります（「Outbound Port 25 Blocking」、OP25B）。</translation>
    </message>
    <message>
        <source>Use port 587 with STARTTLS or 465 with SSL/TLS, with your user name and password.</source>
        <translation>ユーザー名とパスワードを設定し、ポート 587（STARTTLS）か 465（SSL/TLS）を使ってください。</translation>
    </message>
    <message>
        <source>A firewall changes the mail conversation</source>
        <translation>ファイアウォールがメールのやり取りを書き換えています</translation>
    </message>
    <message>
        <source>What the server says in plain text differs from what it says over an encrypted connection: a device in between (a firewall's "SMTP inspection" or "mail guard") hides or rewrites parts of it. This can hide encryption and sign-in from your mail program.</source>
        <translation>サーバーの応答が、暗号化していないときと暗号化したときで違います。途中の機器（ファイアウォールの「SMTP インスペクション」や「メールガード」）が一部を隠したり書き換えたりしています。そのため、メールソフトから暗号化やログインの機能が見えなくなることがあります。</translation>
    </message>
    <message>
        <source>Use port 465 with SSL/TLS, which such devices cannot read. Ask your network administrator to turn off SMTP/ESMTP inspection (on Cisco firewalls "inspect esmtp") for mail sending.</source>
        <translation>そうした機器が読み取れないポート 465 の SSL/TLS を使ってください。メール送信について SMTP/ESMTP インスペクション（Cisco のファイアウォールでは「inspect esmtp」）をオフにするよう、ネットワーク管理者に依頼してください。</translation>
    </message>
    <message>
        <source>%1 is reading your encrypted mail connection</source>
        <translation>%1 が暗号化されたメールの通信を読み取っています</translation>
    </message>
    <message>
        <source>The certificate your computer received was issued by %1, not by the mail server's authority. The security program opens the encrypted connection to scan it. This can break sending or hide certificate problems.</source>
        <translation>パソコンが受け取った証明書は、メールサーバーの認証局ではなく %1 が発行したものです。セキュリティソフトが検査のために暗号化された通信を開いています。送信に失敗したり、証明書の問題が見えなくなったりすることがあります。</translation>
    </message>
    <message>
        <source>In %1, turn off %2, or add your mail server as an exception. Then run the check again.</source>
        <translation>%1 で %2 をオフにするか、メールサーバーを例外に追加してから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>A proxy sits between you and the server</source>
        <translation>お使いのパソコンとサーバーの間にプロキシがあります</translation>
    </message>
    <message>
        <source>Connections from this computer go through a proxy (%1). Mail programs often cannot send through web proxies.</source>
        <translation>このパソコンの通信はプロキシ（%1）を経由しています。メールソフトは、ウェブ用のプロキシを通して送信できないことがよくあります。</translation>
    </message>
    <message>
        <source>If sending fails, ask your network administrator whether mail ports may go out directly.</source>
        <translation>送信に失敗する場合は、メール用のポートで直接外部に接続できるか、ネットワーク管理者に確認してください。</translation>
    </message>
    <message>
        <source>Your computer's clock seems wrong</source>
        <translation>パソコンの時計がずれているようです</translation>
    </message>
    <message>
        <source>This computer's date (%1) does not fit the server's certificate (valid %2). With a wrong clock, secure connections fail everywhere.</source>
        <translation>このパソコンの日付（%1）が、サーバーの証明書の有効期間（%2）と合いません。時計がずれていると、どこにも安全に接続できなくなります。</translation>
    </message>
    <message>
        <source>Set the correct date and time (turn on automatic time setting), then run the check again.</source>
        <translation>正しい日付と時刻に設定してから（自動設定をオンにしてください）、もう一度確認してください。</translation>
    </message>
    <message>
        <source>The server does not let you send as %1</source>
        <translation>%1 としての送信をサーバーが認めていません</translation>
    </message>
    <message>
        <source>The server refused the sender address "%1". Servers usually accept only the address that belongs to the account you signed in with.</source>
        <translation>サーバーが送信者アドレス「%1」を拒否しました。サーバーはふつう、ログインしたアカウントのアドレスからの送信しか受け付けません。</translation>
    </message>
    <message>
        <source>In your mail program, make the sender (From) address the one of this account, or ask your provider whether you may send as another address.</source>
        <translation>メールソフトで、送信者（差出人）アドレスをこのアカウントのアドレスにするか、別のアドレスから送ってよいか提供元に確認してください。</translation>
    </message>
    <message>
        <source>The server will not pass your mail on (relay denied)</source>
        <translation>サーバーがメールの中継を断りました（リレー拒否）</translation>
    </message>
    <message>
        <source>The server only delivers mail for outside addresses such as %1 from users who have signed in. Your mail program probably does not sign in, or uses a server that is not your provider's.</source>
        <translation>このサーバーは、%1 のような外部のアドレスへのメールを、ログインした利用者からしか受け付けません。メールソフトがログインしていないか、提供元のものではないサーバーを使っている可能性があります。</translation>
    </message>
    <message>
        <source>Turn on "My outgoing server requires authentication" (SMTP authentication) with your user name and password, and use your provider's sending port (587 or 465).</source>
        <translation>「送信サーバーは認証が必要」（SMTP 認証）をオンにしてユーザー名とパスワードを設定し、提供元の送信用ポート（587 または 465）を使ってください。</translation>
    </message>
    <message>
        <source>The address %1 does not exist</source>
        <translation>アドレス %1 は存在しません</translation>
    </message>
    <message>
        <source>The receiving side says there is no mailbox for "%1". Your own settings are fine.</source>
        <translation>受信側が「%1」というメールボックスはないと答えました。お使いの設定に問題はありません。</translation>
    </message>
    <message>
        <source>Check the recipient's address for typos, or ask them for their correct address.</source>
        <translation>宛先のアドレスに入力ミスがないか確認するか、相手に正しいアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The message is too large for the server</source>
        <translation>メールがサーバーの上限より大きすぎます</translation>
    </message>
    <message>
        <source>The server accepts messages only up to a certain size, and this one is bigger (attachments count too).</source>
        <translation>このサーバーが受け付けるメールの大きさには上限があり、このメールはそれを超えています（添付ファイルも含みます）。</translation>
    </message>
    <message>
        <source>Send smaller attachments, or share large files through a link instead.</source>
        <translation>添付ファイルを小さくするか、大きなファイルはリンクで共有してください。</translation>
    </message>
    <message>
        <source>The server asks you to wait (sending limit or greylisting)</source>
        <translation>サーバーが待つよう求めています（送信数の上限またはグレーリスティング）</translation>
    </message>
    <message>
        <source>The server temporarily refused the message: you may have reached a sending limit, or it delays first attempts from new senders (greylisting).</source>
        <translation>サーバーが一時的にメールを断りました。送信数の上限に達したか、初めての送信者からのメールをいったん遅らせる仕組み（グレーリスティング）の可能性があります。</translation>
    </message>
    <message>
        <source>Wait a while and send again; mail programs retry by themselves. If it lasts a day, contact your provider about sending limits.</source>
        <translation>しばらく待ってから再送してください。メールソフトやメールサーバーは自動で再送します。1 日続く場合は、送信数の上限について提供元に問い合わせてください。</translation>
    </message>
    <message>
        <source>The message was refused as possible spam</source>
        <translation>迷惑メールの疑いでメールが拒否されました</translation>
    </message>
    <message>
        <source>The server refused the message because of its spam or sender checks (a block list, or the sender domain's SPF, DKIM or DMARC records).</source>
        <translation>サーバーの迷惑メール対策や送信者の確認（ブロックリスト、送信者ドメインの SPF・DKIM・DMARC の設定）によって、メールが拒否されました。</translation>
    </message>
    <message>
        <source>Read the server's words below and give them to your mail provider or the domain's administrator: they can fix block-list entries and the domain's sender records.</source>
        <translation>下に表示されたサーバーの言葉を、メールの提供元かドメインの管理者に伝えてください。ブロックリストの登録や、ドメインの送信者設定はそちらで直せます。</translation>
    </message>
    <message>
        <source>The test message was accepted for %1</source>
        <translation>テストメールは %1 あてに受け付けられました</translation>
    </message>
    <message>
        <source>The server took the test message for delivery. Sending works with these settings.</source>
        <translation>サーバーはテストメールを配送のために受け取りました。この設定で送信できます。</translation>
    </message>
    <message>
        <source>Nothing to do. If the message does not arrive, check the recipient's spam folder.</source>
        <translation>特に必要な操作はありません。届かない場合は、受信者の迷惑メールフォルダーを確認してもらってください。</translation>
    </message>
    <message>
        <source>The server refused the test message</source>
        <translation>サーバーがテストメールを拒否しました</translation>
    </message>
    <message>
        <source>The server answered the test message with an error; its words are shown below.</source>
        <translation>サーバーはテストメールにエラーを返しました。サーバーの言葉を下に表示します。</translation>
    </message>
    <message>
        <source>Give this report to your mail provider.</source>
        <translation>このレポートをメールの提供元に渡してください。</translation>
    </message>
    <message>
        <source>Not sent: an earlier step failed</source>
        <translation>未送信：前の段階で問題が見つかりました</translation>
    </message>
    <message>
        <source>The test message needs "%1" to work first.</source>
        <translation>テストメールを送るには、先に「%1」がうまくいく必要があります。</translation>
    </message>
    <message>
        <source>The security setting does not match port %1</source>
        <translation>暗号化の設定がポート %1 と合っていません</translation>
    </message>
    <message>
        <source>Port %1 expects %2, but the connection was tried the other way. The two kinds of encryption are not interchangeable: SSL/TLS encrypts from the first moment (usually port 465), STARTTLS starts plain and then switches (usually port 587).</source>
        <translation>ポート %1 は %2 を前提としていますが、別の方式で接続しようとしました。2 種類の暗号化に互換性はありません。SSL/TLS は最初から暗号化し（ふつうポート 465）、STARTTLS は暗号化なしで始めてから切り替えます（ふつうポート 587）。</translation>
    </message>
    <message>
        <source>In your mail program, set security to %2 for port %1 (or use port 465 with SSL/TLS, or 587 with STARTTLS).</source>
        <translation>メールソフトで、ポート %1 の暗号化を %2 にしてください（または 465 番で SSL/TLS、587 番で STARTTLS を使ってください）。</translation>
    </message>
    <message>
        <source>The server does not offer encryption on port %2</source>
        <translation>ポート %2 では暗号化が提供されていません</translation>
    </message>
    <message>
        <source>"%1" does not offer STARTTLS on port %2, so your password and mail would travel unencrypted.</source>
        <translation>「%1」はポート %2 で STARTTLS を提供していないため、パスワードやメールが暗号化されずに送られてしまいます。</translation>
    </message>
    <message>
        <source>Use port 465 with SSL/TLS or port 587 with STARTTLS if your provider supports them. If not, ask your provider for a secure way to send.</source>
        <translation>提供元が対応していれば、ポート 465 の SSL/TLS かポート 587 の STARTTLS を使ってください。対応していない場合は、安全な送信方法を提供元に問い合わせてください。</translation>
    </message>
    <message>
        <source>The server refused to start encryption</source>
        <translation>サーバーが暗号化の開始を断りました</translation>
    </message>
    <message>
        <source>"%1" offered STARTTLS, but refused when asked to start it. This is a fault or overload on the server side.</source>
        <translation>「%1」は STARTTLS を提供していますが、開始を求めると断りました。サーバー側の故障か混雑です。</translation>
    </message>
    <message>
        <source>Try again later, or try port 465 with SSL/TLS. If it persists, send this report to your mail provider.</source>
        <translation>時間をおいてお試しいただくか、ポート 465 の SSL/TLS をお試しください。続く場合は、このレポートをメールの提供元に送ってください。</translation>
    </message>
    <message>
        <source>The secure connection could not be set up</source>
        <translation>安全な接続を確立できませんでした</translation>
    </message>
    <message>
        <source>Your computer and "%1" could not agree on how to encrypt the connection (technical reason: %2). The server may use very old settings, or something in between interferes.</source>
        <translation>パソコンと「%1」が、接続の暗号化方法について合意できませんでした（技術的な理由: %2）。サーバーの設定がとても古いか、途中の何かが妨げている可能性があります。</translation>
    </message>
    <message>
        <source>Make sure your system is up to date. Try the other port (465 or 587). If it still fails, send this report to your mail provider.</source>
        <translation>OS やソフトを最新の状態にし、もう一方のポート（465 または 587）をお試しください。それでも失敗する場合は、このレポートをメールの提供元に送ってください。</translation>
    </message>
    <message>
        <source>The server uses an outdated encryption version (%1)</source>
        <translation>サーバーが古い暗号化方式（%1）を使っています</translation>
    </message>
    <message>
        <source>The connection was encrypted with %1, which is no longer considered safe. Newer mail programs and systems refuse it, so sending may stop working after an update.</source>
        <translation>接続は %1 で暗号化されましたが、この方式はもう安全とはいえません。新しいメールソフトや OS は拒否するため、更新後に送信できなくなるおそれがあります。</translation>
    </message>
    <message>
        <source>Nothing to change on your side. Ask your mail provider when they will support TLS 1.2 or newer.</source>
        <translation>お使いの側で変更することはありません。TLS 1.2 以降にいつ対応するか、メールの提供元に問い合わせてください。</translation>
    </message>
    <message>
        <source>The server's certificate has expired</source>
        <translation>サーバーの証明書の有効期限が切れています</translation>
    </message>
    <message>
        <source>The certificate that proves the server's identity was valid only until %1. First check that your computer's date and time are correct: a wrong clock makes valid certificates look expired.</source>
        <translation>サーバーが本物であることを示す証明書は %1 までしか有効ではありません。まずパソコンの日付と時刻が正しいか確認してください。時計がずれていると、有効な証明書も期限切れに見えます。</translation>
    </message>
    <message>
        <source>If your clock is right, the provider must renew the certificate: send them this report. Do not turn off certificate checks in your mail program.</source>
        <translation>時計が正しい場合は、提供元が証明書を更新する必要があります。このレポートを送ってください。メールソフトで証明書の確認をオフにしないでください。</translation>
    </message>
    <message>
        <source>The server's certificate is not valid yet</source>
        <translation>サーバーの証明書がまだ有効になっていません</translation>
    </message>
    <message>
        <source>The certificate only becomes valid on %1. This almost always means your computer's clock is set to a wrong date.</source>
        <translation>この証明書は %1 から有効になります。ほとんどの場合、パソコンの時計の日付がずれています。</translation>
    </message>
    <message>
        <source>Correct the date and time on your computer (turn on automatic time), then run the check again.</source>
        <translation>パソコンの日付と時刻を正しく設定してから（自動設定をオンにしてください）、もう一度確認してください。</translation>
    </message>
    <message>
        <source>The certificate is for a different server name</source>
        <translation>証明書が別のサーバー名用です</translation>
    </message>
    <message>
        <source>You connected to "%1", but the server's certificate is made out to: %2. This happens when a provider's own server name differs from your domain's name.</source>
        <translation>「%1」に接続しましたが、サーバーの証明書は %2 あてに発行されています。提供元のサーバー名がお使いのドメイン名と違う場合によく起きます。</translation>
    </message>
    <message>
        <source>Use the name the certificate is for as the outgoing server in your mail program: %2.</source>
        <translation>メールソフトの送信メールサーバーには、証明書に書かれた名前を使ってください: %2</translation>
    </message>
    <message>
        <source>The server's certificate is self-made (self-signed)</source>
        <translation>サーバーの証明書が自己署名です</translation>
    </message>
    <message>
        <source>"%1" proves its identity with a certificate it signed itself, which nobody vouches for. Your computer cannot tell it apart from an impostor.</source>
        <translation>「%1」は、自分で署名した証明書で身元を示しています。第三者の保証がないため、パソコンからは偽のサーバーと見分けがつきません。</translation>
    </message>
    <message>
        <source>If this is a company server, ask IT for the company certificate and install it (or use --ca-file). Otherwise ask the provider to use a proper certificate.</source>
        <translation>会社のサーバーであれば、情報システム部門から会社の証明書をもらってインストールしてください（または --ca-file を使ってください）。そうでなければ、正式な証明書を使うよう提供元に依頼してください。</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted by this computer</source>
        <translation>このパソコンはサーバーの証明書を信頼していません</translation>
    </message>
    <message>
        <source>The certificate was issued by "%1", which this computer does not trust, or the server did not send the full chain of certificates.</source>
        <translation>証明書の発行元「%1」をこのパソコンが信頼していないか、サーバーが証明書の一式（チェーン）を送ってきませんでした。</translation>
    </message>
    <message>
        <source>If your company uses its own certificate authority, install its certificate (or use --ca-file). Otherwise send this report to your mail provider.</source>
        <translation>会社独自の認証局を使っている場合は、その証明書をインストールしてください（または --ca-file を使ってください）。そうでなければ、このレポートをメールの提供元に送ってください。</translation>
    </message>
    <message>
        <source>The server's certificate uses outdated cryptography</source>
        <translation>サーバーの証明書に古い暗号方式が使われています</translation>
    </message>
    <message>
        <source>The certificate of "%1" uses %2. That is too weak to prove the server's identity today, so this computer and current mail programs no longer accept it.</source>
        <translation>「%1」の証明書には%2が使われています。これでは現在の基準でサーバーが本物かどうかを証明できないため、このパソコンや最近のメールソフトは受け付けません。</translation>
    </message>
    <message>
        <source>Nothing to change on your side. Send this report to your mail provider: the certificate must be replaced with one that has a strong key (RSA of 2048 bits or more, or ECDSA) and a SHA-256 signature.</source>
        <translation>お使いの設定を変える必要はありません。このレポートをメールの提供元に送ってください。証明書を、強い鍵（2048 ビット以上の RSA、または ECDSA）と SHA-256 の署名を使ったものに交換してもらう必要があります。</translation>
    </message>
    <message>
        <source>Unexpected data before encryption started</source>
        <translation>暗号化が始まる前に予期しないデータが届きました</translation>
    </message>
    <message>
        <source>After agreeing to STARTTLS, %1 bytes arrived before encryption began. They were thrown away unread. This can be a faulty server or an attempt to tamper with the connection.</source>
        <translation>STARTTLS に合意した後、暗号化が始まる前に %1 バイトが届きました。これは読まずに捨てました。サーバーの不具合か、通信を改ざんしようとする試みの可能性があります。</translation>
    </message>
    <message>
        <source>Prefer port 465 with SSL/TLS, which is encrypted from the start. Report this to your mail provider or network administrator.</source>
        <translation>最初から暗号化されるポート 465 の SSL/TLS をお使いください。このことをメールの提供元かネットワーク管理者に伝えてください。</translation>
    </message>
    <message>
        <source>Encryption is available but not used</source>
        <translation>暗号化が使えるのに使われていません</translation>
    </message>
    <message>
        <source>"%1" offers encryption, but security is set to none, so your password and mail would travel readable by anyone on the network.</source>
        <translation>「%1」は暗号化を提供していますが、暗号化の設定が「なし」のため、パスワードやメールがネットワーク上の誰にでも読める状態で送られてしまいます。</translation>
    </message>
    <message>
        <source>The provider has switched off password sign-in for sending mail (SMTP AUTH) for this account or organisation. Your password may well be right.</source>
        <translation>提供元が、このアカウントまたは組織で、メール送信時のパスワードによるログイン（SMTP 認証）を無効にしています。パスワード自体は正しい可能性が十分にあります。</translation>
    </message>
    <message>
        <source>Test the sign-in through the browser instead: choose "Sign in with the browser (OAuth 2.0)" in SMTP Doctor, or run smtpdoctor check --oauth. If that works, set your mail program to it: in Thunderbird, Authentication method "OAuth2" for the outgoing server; other programs call it "Modern authentication" or sign in with a browser window. Otherwise ask your email administrator to turn SMTP AUTH on for your mailbox.</source>
        <translation>代わりにブラウザーでのログインを確認してください。SMTP Doctor で「ブラウザーでログイン（OAuth 2.0）」を選ぶか、smtpdoctor check --oauth を実行します。それでログインできたら、メールソフトも同じ方式に設定してください。Thunderbird では送信サーバーの認証方式を「OAuth2」にします。ほかのメールソフトでは「先進認証」（Modern authentication）やブラウザーの画面でログインする方式と呼ばれます。うまくいかない場合は、メールの管理者にこのメールボックスの SMTP 認証を有効にしてもらってください。</translation>
    </message>
    <message>
        <source>The server only offers sign-in with a token from the provider's web page (OAuth 2.0). A password alone cannot sign in.</source>
        <translation>このサーバーは、提供元の Web ページで発行されるトークンによるログイン（OAuth 2.0）しか受け付けていません。パスワードだけではログインできません。</translation>
    </message>
    <message>
        <source>Test the sign-in through the browser: choose "Sign in with the browser (OAuth 2.0)" in SMTP Doctor, or run smtpdoctor check --oauth. In your mail program choose the same: in Thunderbird, Authentication method "OAuth2" for the outgoing server; other programs call it "Modern authentication" or sign in with a browser window.</source>
        <translation>ブラウザーでのログインを確認してください。SMTP Doctor で「ブラウザーでログイン（OAuth 2.0）」を選ぶか、smtpdoctor check --oauth を実行します。メールソフトも同じ方式に設定してください。Thunderbird では送信サーバーの認証方式を「OAuth2」にします。ほかのメールソフトでは「先進認証」（Modern authentication）やブラウザーの画面でログインする方式と呼ばれます。</translation>
    </message>
    <message>
        <source>Sign-in through the browser cannot be tested here</source>
        <translation>ブラウザーでのログインはここでは確認できません</translation>
    </message>
    <message>
        <source>SMTP Doctor cannot test the sign-in through %1's web page (OAuth 2.0) on this computer; the reason is below. This says nothing about whether your account or your mail program works.</source>
        <translation>このパソコンの SMTP Doctor では、%1 の Web ページを使ったログイン（OAuth 2.0）を確認できません。理由は下に書いてあります。アカウントやメールソフトに問題があるという意味ではありません。</translation>
    </message>
    <message>
        <source>Where the provider allows it, create an app password and check again with it as the password. Or set your mail program to sign in through the browser (in Thunderbird: Authentication method "OAuth2" for the outgoing server); the mail program uses its own registration with the provider. IT departments can give SMTP Doctor a client ID in the [oauth] section of a preset.</source>
        <translation>提供元が認めている場合は、アプリ パスワードを作成し、それをパスワードとして入力してもう一度確認してください。または、メールソフトをブラウザーでログインする方式に設定してください（Thunderbird では送信サーバーの認証方式を「OAuth2」にします）。メールソフトは提供元への独自の登録を使ってログインします。組織のシステム担当者は、プリセットの [oauth] セクションで SMTP Doctor にクライアント ID を設定できます。</translation>
    </message>
    <message>
        <source>The sign-in in the browser was not finished</source>
        <translation>ブラウザーでのログインが完了しませんでした</translation>
    </message>
    <message>
        <source>SMTP Doctor opened %1's sign-in page and waited for the browser to come back, but the sign-in was not finished. So it could not test whether the mail server accepts the sign-in.</source>
        <translation>SMTP Doctor は %1 のログインページを開いて待ちましたが、ログインは完了しませんでした。そのため、メールサーバーがこのログインを受け付けるかどうかは確認できていません。</translation>
    </message>
    <message>
        <source>Check again and finish the sign-in on the page that opens: sign in with the account you send from and allow access. If no page opens, copy the address SMTP Doctor shows into your browser.</source>
        <translation>もう一度確認し、開いたページでログインを最後まで済ませてください。メールを送るアカウントでログインし、アクセスを許可します。ページが開かない場合は、SMTP Doctor が表示するアドレスをコピーしてブラウザーで開いてください。</translation>
    </message>
    <message>
        <source>%1 refused the sign-in</source>
        <translation>%1 がログインを拒否しました</translation>
    </message>
    <message>
        <source>%1 did not give SMTP Doctor permission to send mail for this account. It answered "%2"; what that means is below.</source>
        <translation>%1 は、このアカウントでメールを送る許可を SMTP Doctor に出しませんでした。返ってきた答えは「%2」です。その意味は下に書いてあります。</translation>
    </message>
    <message>
        <source>Sign in again with the account you send from, and allow access when asked. If your organisation must approve the program or wants extra verification, ask your administrator and show them this report.</source>
        <translation>メールを送るアカウントでもう一度ログインし、確認されたらアクセスを許可してください。組織による承認や追加の本人確認が必要な場合は、このレポートを見せて管理者に相談してください。</translation>
    </message>
    <message>
        <source>The provider's sign-in server could not be reached</source>
        <translation>提供元のログイン用サーバーに接続できませんでした</translation>
    </message>
    <message>
        <source>SMTP Doctor could not get a sign-in token from %1's server "%2". Without the token the mail server cannot be asked.</source>
        <translation>SMTP Doctor は %1 のサーバー「%2」からログイン用のトークンを受け取れませんでした。トークンがないと、メールサーバーでのログインを確認できません。</translation>
    </message>
    <message>
        <source>Check the internet connection, and whether a firewall, a proxy or security software blocks SMTP Doctor. If your organisation inspects encrypted connections, give SMTP Doctor the company certificate (--ca-file, or "Company certificate" under More settings).</source>
        <translation>インターネットに接続できているか、ファイアウォール・プロキシ・セキュリティソフトが SMTP Doctor の通信を止めていないかを確認してください。組織が暗号化された通信を検査している場合は、組織の証明書を SMTP Doctor に指定してください（--ca-file、または「詳細設定」の「組織の証明書」）。</translation>
    </message>
    <message>
        <source>The mail server did not accept the sign-in token</source>
        <translation>メールサーバーがログイン用のトークンを受け付けませんでした</translation>
    </message>
    <message>
        <source>The sign-in on the provider's page worked, but the mail server "%1" refused the token for "%2". A mail program that signs in through the browser fails the same way.</source>
        <translation>提供元のページでのログインはできましたが、メールサーバー「%1」は「%2」のトークンを受け付けませんでした。ブラウザーでログインするメールソフトでも、同じように失敗します。</translation>
    </message>
    <message>
        <source>Make sure the user name is the account you signed in with in the browser. With Microsoft 365, the administrator must turn on "Authenticated SMTP" for the mailbox. If it still fails, send this report to your mail provider or administrator.</source>
        <translation>ユーザー名が、ブラウザーでログインしたアカウントと同じか確認してください。Microsoft 365 では、管理者がこのメールボックスの「SMTP 認証」（Authenticated SMTP）を有効にする必要があります。それでも失敗する場合は、このレポートをメールの提供元か管理者に送ってください。</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Your settings or computer</source>
        <translation>お使いの設定やパソコン</translation>
    </message>
    <message>
        <source>Your network, provider, firewall or antivirus</source>
        <translation>ネットワーク・プロバイダー・ファイアウォール・ウイルス対策ソフト</translation>
    </message>
    <message>
        <source>Your mail provider's server</source>
        <translation>メール提供元のサーバー</translation>
    </message>
    <message>
        <source>The receiving side</source>
        <translation>受信側</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Network connection</source>
        <translation>ネットワーク接続</translation>
    </message>
    <message>
        <source>Mail server and port</source>
        <translation>メールサーバーとポート</translation>
    </message>
    <message>
        <source>Secure connection (SSL/TLS)</source>
        <translation>安全な接続（SSL/TLS）</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>ユーザー名とパスワード</translation>
    </message>
    <message>
        <source>Firewall and antivirus</source>
        <translation>ファイアウォールとウイルス対策ソフト</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>テストメール</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>問題あり</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
</context>
</TS>