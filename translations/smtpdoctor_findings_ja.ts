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
        <translation>メールの提供元が案内している送信用のポートを使ってください。ふつうは 587 番（STARTTLS）か 465 番（SSL/TLS）で、そちらではログインできます。</translation>
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
        <translation>まず安全な接続の問題を解決してください。ネットワークが安全だと確信できる場合（テスト用のサーバーなど）に限り、--allow-insecure か、アカウントの画面の「暗号化されていない接続でもパスワードを送る」で許可できます。</translation>
    </message>
    <message>
        <source>No common way to send the password</source>
        <translation>使えるログイン方式がありません</translation>
    </message>
    <message>
        <source>The server offers these sign-in methods: %1. None of them is one this tool (and most mail programs) can use with a password.</source>
        <translation>サーバーが用意しているログイン方式は %1 です。この中には、SMTP Doctor（とほとんどのメールソフト）がパスワードでログインできる方式がありません。</translation>
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
        <translation>送信メールサーバー名を、提供元の案内（例：smtp.example.com）と 1 文字ずつ見比べてください。正しい場合は、ウェブページが開けるか確認してから、もう一度お試しください。</translation>
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
        <translation>下に表示されたサーバーからの応答を読んでください。混雑とあれば時間をおいて再送し、ブロックリストやアドレスについて書かれていれば、このレポートを添えてメールの提供元に問い合わせてください。</translation>
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
        <translation>ポート 25 は通りませんが、送信用のポート 465 と 587 は通ります。迷惑メール対策として、家庭向けの回線ではポート 25 での送信を止めているインターネットのプロバイダーが多くあります（「Outbound Port 25 Blocking」、OP25B）。送信メールサーバー（SMTP）のポート番号を 587 に変え、SMTP 認証をオンにすれば送信できます。</translation>
    </message>
    <message>
        <source>In your mail program's outgoing server (SMTP) settings, change the port to 587 with STARTTLS (or 465 with SSL/TLS) and turn on SMTP authentication with your user name and password.</source>
        <translation>メールソフトの送信メールサーバー（SMTP）の設定で、ポート番号を 587（STARTTLS）か 465（SSL/TLS）に変え、SMTP 認証（送信サーバーの認証）をオンにしてユーザー名とパスワードを設定してください。</translation>
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
        <translation>このパソコンとサーバーの間にプロキシがあります</translation>
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
        <source>Turn on "My outgoing server (SMTP) requires authentication" (SMTP authentication) with your user name and password, and use your provider's sending port (587 or 465).</source>
        <translation>「送信サーバー (SMTP) は認証が必要」（SMTP 認証）をオンにしてユーザー名とパスワードを設定し、提供元の送信用ポート（587 または 465）を使ってください。</translation>
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
        <translation>下に表示されたサーバーからの応答を、メールの提供元かドメインの管理者に伝えてください。ブロックリストへの登録や、ドメインの送信者の設定は、そちらで直せます。</translation>
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
        <translation>サーバーはテストメールにエラーを返しました。サーバーからの応答を下に表示します。</translation>
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
        <translation>パソコンと「%1」が、接続の暗号化方法について合意できませんでした（技術的な理由：%2）。サーバーの設定がとても古いか、途中の何かが妨げている可能性があります。</translation>
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
        <translation>メールソフトの送信メールサーバーには、証明書に書かれた名前（%2）を使ってください。</translation>
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
        <source>The domain %1 does not exist</source>
        <translation>ドメイン %1 は存在しません</translation>
    </message>
    <message>
        <source>DNS says there is no domain called %1. Mail from an address @%1 is refused everywhere.</source>
        <translation>DNS によると、%1 というドメインはありません。@%1 のアドレスから送ったメールは、どこでも受け取りを拒否されます。</translation>
    </message>
    <message>
        <source>Check the spelling of the domain (the part of your address after @). If it is spelled right, its registration may have expired: ask the company where the domain was registered.</source>
        <translation>ドメイン（メールアドレスの @ より後ろの部分）のつづりを確認してください。つづりが正しい場合は、ドメインの登録期限が切れているかもしれません。ドメインを登録した会社に問い合わせてください。</translation>
    </message>
    <message>
        <source>Some DNS answers about %1 did not arrive</source>
        <translation>%1 についての DNS の応答の一部が届きませんでした</translation>
    </message>
    <message>
        <source>The DNS server did not answer in time, or not at all, for: %2. What depends on these answers could not be checked. This does not mean that the records are missing.</source>
        <translation>次の問い合わせに DNS サーバーが時間内に応答しなかったか、まったく応答しませんでした：%2。これらの応答が必要な項目は確認できていません。レコードがないという意味ではありません。</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes. If it keeps happening, the DNS server of your network or of the domain has a problem: ask your network administrator or your internet provider.</source>
        <translation>数分後にもう一度確認してください。何度も起きる場合は、お使いのネットワークかドメインの DNS サーバーに問題があります。ネットワーク管理者かインターネット接続業者に問い合わせてください。</translation>
    </message>
    <message>
        <source>%1 has a valid SPF record</source>
        <translation>%1 には正しい SPF レコードがあります</translation>
    </message>
    <message>
        <source>The SPF record of %1 lists the servers allowed to send its mail: %2</source>
        <translation>%1 の SPF レコードには、このドメインのメールを送ってよいサーバーが書かれています：%2</translation>
    </message>
    <message>
        <source>Nothing to do. When you start sending through another service (a newsletter tool, a web shop), add its entry to this same record.</source>
        <translation>対処は不要です。ほかのサービス（メールマガジン配信やネットショップなど）からも送るようになったら、そのサービスの記述をこの同じレコードに追加してください。</translation>
    </message>
    <message>
        <source>%1 has no SPF record</source>
        <translation>%1 に SPF レコードがありません</translation>
    </message>
    <message>
        <source>An SPF record is a line in the domain's DNS settings that lists the servers allowed to send mail as @%1. Without it, Gmail, Yahoo, Microsoft and many others treat your mail as unverified: it lands in spam or is refused (for example "550 5.7.26").</source>
        <translation>SPF レコードは、@%1 のメールを送ってよいサーバーを書いておく、ドメインの DNS 設定の 1 行です。これがないと、Gmail・Yahoo Mail・Microsoft など多くの受信側がメールを「確認できない送信者」として扱い、迷惑メールに振り分けたり受け取りを拒否したりします（例：「550 5.7.26」）。</translation>
    </message>
    <message>
        <source>Whoever manages the DNS of %1 (often in the control panel of your web host or domain registrar) adds a TXT record for the domain itself (name "@" or empty) with this value: %2</source>
        <translation>%1 の DNS を管理している人が（多くはレンタルサーバーやドメイン登録サービスのコントロールパネルで）、ドメインそのもの（名前は「@」または空欄）に次の値の TXT レコードを追加します：%2</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records instead of one</source>
        <translation>%1 に SPF レコードが 1 件ではなく %2 件あります</translation>
    </message>
    <message>
        <source>A domain may publish only one SPF record. With several, receiving servers ignore all of them (an SPF "permerror"), as if there were none.</source>
        <translation>SPF レコードは 1 つのドメインに 1 件だけしか置けません。複数あると、受信側のサーバーはすべてを無視し（SPF の「permerror」）、SPF がないのと同じ扱いになります。</translation>
    </message>
    <message>
        <source>In the DNS settings of %1, delete the SPF records (TXT records starting with v=spf1) and keep a single one that combines them, for example: %3</source>
        <translation>%1 の DNS 設定で SPF レコード（v=spf1 で始まる TXT レコード）を削除し、内容をまとめた 1 件だけにしてください。例：%3</translation>
    </message>
    <message>
        <source>The SPF record of %1 has an error</source>
        <translation>%1 の SPF レコードに誤りがあります</translation>
    </message>
    <message>
        <source>Receiving servers cannot use "%2" in the SPF record of %1, so they ignore the whole record (an SPF "permerror"), as if there were none. The record is: %3</source>
        <translation>%1 の SPF レコードにある「%2」を受信側のサーバーが解釈できないため、レコード全体が無視され（SPF の「permerror」）、SPF がないのと同じ扱いになります。レコードの内容：%3</translation>
    </message>
    <message>
        <source>In the DNS settings of %1, correct or remove "%2" in the TXT record that starts with v=spf1. If the entry came from a provider's guide, copy it again from there, exactly.</source>
        <translation>%1 の DNS 設定で、v=spf1 で始まる TXT レコードの「%2」を正しく直すか削除してください。メールの提供元の案内からコピーした記述なら、そこからもう一度正確にコピーしてください。</translation>
    </message>
    <message>
        <source>The SPF record of %1 needs too many DNS lookups (%2, at most 10 are allowed)</source>
        <translation>%1 の SPF レコードは DNS の問い合わせ回数が多すぎます（%2 回。上限は 10 回）</translation>
    </message>
    <message>
        <source>Every include:, a, mx, ptr, exists and redirect= in the record costs a DNS lookup, and so do those in the records it includes. Receiving servers stop after 10 and then ignore the whole record (an SPF "permerror").</source>
        <translation>レコード内の include:、a、mx、ptr、exists、redirect= は、それぞれ 1 回ずつ DNS の問い合わせを使います。include: で読み込んだ先のレコードの中の記述も数えられます。受信側のサーバーは 10 回で打ち切り、レコード全体を無視します（SPF の「permerror」）。</translation>
    </message>
    <message>
        <source>In the SPF record of %1, remove the entries of services that no longer send mail for the domain, and replace a and mx entries by the servers' addresses (ip4: and ip6:). Then run the check again.</source>
        <translation>%1 の SPF レコードから、もうこのドメインのメールを送っていないサービスの記述を削除し、a や mx の記述をサーバーの IP アドレス（ip4: と ip6:）に置き換えてください。そのあと、もう一度確認してください。</translation>
    </message>
    <message>
        <source>The SPF record of %1 points at names that do not exist</source>
        <translation>%1 の SPF レコードが存在しない名前を指しています</translation>
    </message>
    <message>
        <source>%2 entries of the SPF record lead to names without any record (%3). Receiving servers accept at most two such empty answers and then ignore the whole record.</source>
        <translation>SPF レコードのうち %2 件の記述が、レコードのない名前を指しています（%3）。受信側のサーバーはこうした空の応答を 2 回までしか認めず、それを超えるとレコード全体を無視します。</translation>
    </message>
    <message>
        <source>In the SPF record of %1, remove or correct the entries for %3.</source>
        <translation>%1 の SPF レコードで、%3 の記述を削除するか正しく直してください。</translation>
    </message>
    <message>
        <source>The SPF record of %1 includes itself</source>
        <translation>%1 の SPF レコードが自分自身を読み込んでいます</translation>
    </message>
    <message>
        <source>The include: and redirect= entries go round in a circle: %2. Receiving servers give up on such a record and ignore it.</source>
        <translation>include: と redirect= の参照が輪になっています：%2。受信側のサーバーはこのようなレコードの処理をあきらめ、無視します。</translation>
    </message>
    <message>
        <source>Remove the entry that points back in that circle (in the DNS settings of the domain whose record has it).</source>
        <translation>輪の中で元に戻っている記述を、その記述があるドメインの DNS 設定で削除してください。</translation>
    </message>
    <message>
        <source>The SPF record of %1 does not allow your sending server</source>
        <translation>%1 の SPF レコードがお使いの送信サーバーを許可していません</translation>
    </message>
    <message>
        <source>Your mail goes out through %2, but the SPF record of %1 does not list it. Receiving servers then mark your mail as spam or refuse it (for example "550 5.7.27 ... did not pass SPF" or "5.7.515").</source>
        <translation>メールは %2 から送られていますが、%1 の SPF レコードにはこのサーバーが含まれていません。そのため受信側のサーバーがメールを迷惑メール扱いにしたり、受け取りを拒否したりします（例：「550 5.7.27 ... did not pass SPF」や「5.7.515」）。</translation>
    </message>
    <message>
        <source>In the DNS settings of %1, change the TXT record that starts with v=spf1 to: %3</source>
        <translation>%1 の DNS 設定で、v=spf1 で始まる TXT レコードを次のように変更してください：%3</translation>
    </message>
    <message>
        <source>The SPF record of %1 allows every server in the world</source>
        <translation>%1 の SPF レコードが世界中のすべてのサーバーに送信を許可しています</translation>
    </message>
    <message>
        <source>The record ends in "+all" (or "all"), which lets any server send mail as @%1. Receivers treat that like no protection at all, and it invites forgery. The record is: %2</source>
        <translation>レコードの最後が「+all」（または「all」）になっているため、どのサーバーでも @%1 としてメールを送れてしまいます。受信側は保護がないのと同じに扱い、なりすましも招きます。レコードの内容：%2</translation>
    </message>
    <message>
        <source>In the SPF record of %1, list your real sending servers and end it with "~all" instead of "+all".</source>
        <translation>%1 の SPF レコードに実際に使っている送信サーバーを書き、最後を「+all」ではなく「~all」にしてください。</translation>
    </message>
    <message>
        <source>The SPF record of %1 uses the outdated "ptr" entry</source>
        <translation>%1 の SPF レコードが古い「ptr」の記述を使っています</translation>
    </message>
    <message>
        <source>"ptr" is slow and unreliable; the SPF standard asks domain owners not to use it, and some receivers skip it, so mail it should allow may fail.</source>
        <translation>「ptr」は遅く、確実に動きません。SPF の規格でも使わないよう求められていて、受信側によっては無視するため、許可されるはずのメールが失敗することがあります。</translation>
    </message>
    <message>
        <source>In the SPF record of %1, replace "ptr" by the addresses (ip4:, ip6:) or the include: of your sending servers.</source>
        <translation>%1 の SPF レコードの「ptr」を、送信サーバーの IP アドレス（ip4:、ip6:）か include: に置き換えてください。</translation>
    </message>
    <message>
        <source>DKIM key found at %1</source>
        <translation>%1 に DKIM の鍵があります</translation>
    </message>
    <message>
        <source>The DKIM key published at %1 is usable (%2, %3 bits): receivers can check the signatures made with it.</source>
        <translation>%1 に公開されている DKIM の鍵は使える状態です（%2、%3 ビット）。受信側はこの鍵で署名を確認できます。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>対処は不要です。</translation>
    </message>
    <message>
        <source>No DKIM key for %1 under the name %2</source>
        <translation>%1 には %2 という名前の DKIM の鍵がありません</translation>
    </message>
    <message>
        <source>DKIM signs each message so that receivers can check that it really comes from %1. The key for checking must be published in DNS at %2._domainkey.%1, and there is none. Without DKIM, mail lands in spam more often, and forwarded mail fails a DMARC policy.</source>
        <translation>DKIM はメール 1 通ごとに署名を付け、本当に %1 から送られたものかを受信側が確認できるようにする仕組みです。確認用の鍵は DNS の %2._domainkey.%1 に公開する必要がありますが、ありません。DKIM がないと迷惑メールに振り分けられやすくなり、転送されたメールは DMARC のポリシーに合格しません。</translation>
    </message>
    <message>
        <source>Turn on DKIM signing for %1 at your mail provider. It shows the record (TXT or CNAME) to add in the DNS settings of %1 under the name %2._domainkey.</source>
        <translation>メールの提供元の設定で %1 の DKIM 署名を有効にしてください。%1 の DNS 設定に %2._domainkey という名前で追加するレコード（TXT または CNAME）が表示されます。</translation>
    </message>
    <message>
        <source>No DKIM key found for %1 (the key's name is not known)</source>
        <translation>%1 の DKIM の鍵が見つかりません（鍵の名前がわかりません）</translation>
    </message>
    <message>
        <source>DKIM keys are published under a name (the "selector") that only the sending service knows. SMTP Doctor tried the usual names (%2) and found none. This does not prove that DKIM is missing.</source>
        <translation>DKIM の鍵は、送信するサービスだけが知っている名前（「セレクター」）で公開されています。SMTP Doctor はよく使われる名前（%2）を試しましたが、見つかりませんでした。DKIM がないと決まったわけではありません。</translation>
    </message>
    <message>
        <source>Open a message you sent ("show original" or "view source") and look for the line DKIM-Signature: s= is the selector, d= the domain. Give SMTP Doctor that header or the selector and check again. If there is no DKIM-Signature line, turn on DKIM signing at your mail provider.</source>
        <translation>送信したメールを開き（「メッセージのソースを表示」や「原文を表示」）、DKIM-Signature の行を探してください。s= がセレクター、d= がドメインです。そのヘッダーかセレクターを SMTP Doctor に渡して、もう一度確認してください。DKIM-Signature の行がない場合は、メールの提供元の設定で DKIM 署名を有効にしてください。</translation>
    </message>
    <message>
        <source>The DKIM key record at %1 is broken</source>
        <translation>%1 の DKIM の鍵のレコードが壊れています</translation>
    </message>
    <message>
        <source>The record at %1 cannot be used to check signatures (the reason follows), so receivers treat your DKIM signatures as failed.</source>
        <translation>%1 のレコードは署名の確認に使えないため（理由は下記）、受信側はお使いの DKIM 署名を失敗として扱います。</translation>
    </message>
    <message>
        <source>Copy the DKIM record again from your mail provider's settings into the DNS settings, exactly as shown. Long keys are often cut off, or get extra spaces or quotes when pasted.</source>
        <translation>メールの提供元の設定画面から DKIM のレコードをもう一度、表示どおり正確に DNS 設定にコピーしてください。長い鍵は、貼り付けたときに途中で切れたり、余分な空白や引用符が入ったりしがちです。</translation>
    </message>
    <message>
        <source>The DKIM key at %1 has been withdrawn</source>
        <translation>%1 の DKIM の鍵は取り消されています</translation>
    </message>
    <message>
        <source>The record at %1 has an empty key (p=), which means the key was revoked. Messages signed with it fail DKIM.</source>
        <translation>%1 のレコードの鍵（p=）が空になっていて、これは鍵が取り消されたことを意味します。この鍵で署名されたメールは DKIM に失敗します。</translation>
    </message>
    <message>
        <source>If your provider still signs with this name, publish its current key from the provider's settings; otherwise make sure the provider signs with a name that has a key.</source>
        <translation>メールの提供元がまだこの名前で署名している場合は、その設定画面にある現在の鍵を公開してください。そうでない場合は、鍵が公開されている名前で署名されるようにしてください。</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is too short (%2 bits)</source>
        <translation>%1 の DKIM の鍵が短すぎます（%2 ビット）</translation>
    </message>
    <message>
        <source>Receivers such as Gmail ignore DKIM keys shorter than 1024 bits, so your signatures count for nothing. 2048 bits is the usual size today.</source>
        <translation>Gmail などの受信側は 1024 ビットより短い DKIM の鍵を無視するため、署名が意味をなしません。現在は 2048 ビットが一般的です。</translation>
    </message>
    <message>
        <source>Create a new 2048-bit DKIM key at your mail provider and publish the record it shows in place of the old one.</source>
        <translation>メールの提供元で 2048 ビットの DKIM の鍵を新しく作り、表示されたレコードを古いものと置き換えて公開してください。</translation>
    </message>
    <message>
        <source>Your messages are signed for %1, not for %2</source>
        <translation>メールの署名が %2 ではなく %1 のものになっています</translation>
    </message>
    <message>
        <source>The DKIM signature in the message names the domain %1 (d=). It shows that the mail passed through that service, but for DMARC it only counts when it is for %2 itself.</source>
        <translation>メールの DKIM 署名のドメイン（d=）は %1 です。そのサービスを通ったことは証明されますが、DMARC で認められるのは %2 そのものの署名だけです。</translation>
    </message>
    <message>
        <source>Set up DKIM for your own domain %2 at your mail provider (often called "custom DKIM" or "authenticate email"), so that it signs with d=%2.</source>
        <translation>メールの提供元で、独自ドメイン %2 の DKIM を設定してください（「独自 DKIM」や「メールの認証」などと呼ばれます）。d=%2 で署名されるようになります。</translation>
    </message>
    <message>
        <source>DMARC record found (p=%2)</source>
        <translation>DMARC レコードがあります（p=%2）</translation>
    </message>
    <message>
        <source>The DMARC record at %1 tells receivers what to do with mail that fails SPF and DKIM: %3</source>
        <translation>%1 の DMARC レコードは、SPF と DKIM に失敗したメールの扱いを受信側に伝えています：%3</translation>
    </message>
    <message>
        <source>Nothing to do now; see the notes about the policy, if any.</source>
        <translation>今のところ対処は不要です。ポリシーについての補足があれば確認してください。</translation>
    </message>
    <message>
        <source>%1 has no DMARC record</source>
        <translation>%1 に DMARC レコードがありません</translation>
    </message>
    <message>
        <source>DMARC tells receivers what to do with mail that fails SPF and DKIM, and where to send reports about it. Gmail, Yahoo and Microsoft require it from anyone who sends many messages, and trust mail without it less.</source>
        <translation>DMARC は、SPF と DKIM に失敗したメールをどう扱うか、その報告をどこに送るかを受信側に伝える仕組みです。Gmail・Yahoo Mail・Microsoft は大量にメールを送る送信者に DMARC を求めていて、DMARC のないメールは信頼度が下がります。</translation>
    </message>
    <message>
        <source>In the DNS settings of %1, add a TXT record named _dmarc with this value: %2 (put an address that may receive the reports after mailto:). Start with p=none; when all your mail passes, change it to p=quarantine.</source>
        <translation>%1 の DNS 設定に、_dmarc という名前で次の値の TXT レコードを追加してください：%2（mailto: の後にはレポートを受け取ってよいアドレスを書きます）。最初は p=none にし、自分のメールがすべて合格するようになったら p=quarantine に変えてください。</translation>
    </message>
    <message>
        <source>The DMARC record at %1 has an error</source>
        <translation>%1 の DMARC レコードに誤りがあります</translation>
    </message>
    <message>
        <source>Receivers read the DMARC record at %1 differently from what was meant, or not at all (the reason follows). The record is: %2</source>
        <translation>%1 の DMARC レコードは、受信側に意図と違う意味で読まれるか、まったく読まれません（理由は下記）。レコードの内容：%2</translation>
    </message>
    <message>
        <source>Correct the TXT record at %1 so that there is exactly one, starting with v=DMARC1; and p=none, p=quarantine or p=reject, for example: v=DMARC1; p=none; rua=mailto:name@example.com</source>
        <translation>%1 の TXT レコードがちょうど 1 件になり、v=DMARC1; で始まって p=none・p=quarantine・p=reject のどれかを含むように直してください。例：v=DMARC1; p=none; rua=mailto:name@example.com</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 (p=%2) can make receivers refuse your own mail</source>
        <translation>%1 の DMARC ポリシー（p=%2）のせいで、自分のメールが受け取りを拒否されるおそれがあります</translation>
    </message>
    <message>
        <source>With p=%2, receivers refuse or put into spam every message from @%1 that passes neither SPF nor DKIM for this domain ("550 5.7.26 ... DMARC policy").</source>
        <translation>p=%2 では、@%1 から送られたメールのうち、このドメインの SPF にも DKIM にも合格しないものを、受信側が拒否するか迷惑メールに振り分けます（「550 5.7.26 ... DMARC policy」）。</translation>
    </message>
    <message>
        <source>First set up DKIM for %1 at your mail provider and make sure the SPF record lists your sending servers. Until both work, change the DMARC record (_dmarc.%1) to p=none.</source>
        <translation>まずメールの提供元で %1 の DKIM を設定し、SPF レコードに送信サーバーが含まれていることを確認してください。両方が整うまでは、DMARC レコード（_dmarc.%1）を p=none に変えておいてください。</translation>
    </message>
    <message>
        <source>%1 can receive mail</source>
        <translation>%1 はメールを受け取れます</translation>
    </message>
    <message>
        <source>Mail for @%1 is received by %2, so replies and bounce messages reach you.</source>
        <translation>@%1 宛てのメールは %2 が受け取るため、返信やエラーメールは届きます。</translation>
    </message>
    <message>
        <source>%1 has no MX record: it cannot receive mail</source>
        <translation>%1 に MX レコードがなく、メールを受け取れません</translation>
    </message>
    <message>
        <source>The MX record says which server receives mail for @%1. Without one, replies and bounce messages to your address get lost, and many receivers refuse mail from a domain that cannot receive any.</source>
        <translation>MX レコードは、@%1 宛てのメールをどのサーバーが受け取るかを示します。これがないと、返信やエラーメールが届かず、メールを受け取れないドメインからのメールを拒否する受信側も多くあります。</translation>
    </message>
    <message>
        <source>In the DNS settings of %1 (often the control panel of your web host), add the MX record your mail provider gives you.</source>
        <translation>%1 の DNS 設定（多くはレンタルサーバーのコントロールパネル）に、メールの提供元から案内された MX レコードを追加してください。</translation>
    </message>
    <message>
        <source>%1 says that it receives no mail</source>
        <translation>%1 はメールを受け取らないと宣言しています</translation>
    </message>
    <message>
        <source>The MX record of %1 is "." (a "null MX"): the domain declares that it accepts no mail at all. Replies cannot reach you, and receivers may refuse mail sent from it.</source>
        <translation>%1 の MX レコードが「.」（「null MX」）になっていて、このドメインはメールを一切受け取らないと宣言しています。返信は届かず、このドメインから送ったメールを拒否する受信側もあります。</translation>
    </message>
    <message>
        <source>If you send mail from %1, replace the null MX in the domain's DNS settings by your mail provider's MX record.</source>
        <translation>%1 からメールを送る場合は、ドメインの DNS 設定で null MX をメールの提供元の MX レコードに置き換えてください。</translation>
    </message>
    <message>
        <source>The mail server named in the MX record of %1 does not exist</source>
        <translation>%1 の MX レコードに書かれたメールサーバーが存在しません</translation>
    </message>
    <message>
        <source>The MX record points to %2, but that name has no address, so mail to @%1 cannot be delivered there.</source>
        <translation>MX レコードは %2 を指していますが、この名前には IP アドレスがないため、@%1 宛てのメールを届けられません。</translation>
    </message>
    <message>
        <source>In the DNS settings of %1, correct the MX record to the exact server name your mail provider gives you.</source>
        <translation>%1 の DNS 設定で、MX レコードをメールの提供元から案内された正確なサーバー名に直してください。</translation>
    </message>
    <message>
        <source>The sending server %1 has a reverse DNS name (%2)</source>
        <translation>送信サーバー %1 には逆引きの名前（%2）があります</translation>
    </message>
    <message>
        <source>The address %1 is called %2 in reverse DNS, and %2 leads back to %1, as receivers expect.</source>
        <translation>IP アドレス %1 の逆引きの名前は %2 で、%2 を引くと %1 に戻ります。受信側が求めるとおりです。</translation>
    </message>
    <message>
        <source>The sending server %1 has no reverse DNS name</source>
        <translation>送信サーバー %1 に逆引きの名前がありません</translation>
    </message>
    <message>
        <source>The address %1 has no PTR record (reverse DNS), so receivers cannot tell which server it is. Gmail refuses such mail ("550 5.7.25"), and others treat it as spam.</source>
        <translation>IP アドレス %1 に PTR レコード（逆引き）がないため、受信側はどのサーバーなのかを確認できません。Gmail はこのようなメールを拒否し（「550 5.7.25」）、ほかの受信側も迷惑メールとして扱います。</translation>
    </message>
    <message>
        <source>Reverse DNS is set by whoever owns the address %1: the mail provider, the hosting company or the internet provider, not in the domain's DNS settings. Ask them to give %1 a PTR name that leads back to %1, such as the server's own name.</source>
        <translation>逆引きは、ドメインの DNS 設定ではなく、IP アドレス %1 を持っている会社（メールの提供元・レンタルサーバー会社・インターネット接続業者）が設定します。%1 を指し返す PTR の名前（サーバー自身の名前など）を設定するよう依頼してください。</translation>
    </message>
    <message>
        <source>The reverse DNS name of %1 does not lead back to it</source>
        <translation>%1 の逆引きの名前から %1 に戻れません</translation>
    </message>
    <message>
        <source>The address %1 is called %2 in reverse DNS, but %2 does not resolve to %1. Receivers such as Gmail require both directions to match.</source>
        <translation>IP アドレス %1 の逆引きの名前は %2 ですが、%2 を引いても %1 になりません。Gmail などの受信側は、正引きと逆引きの両方が一致することを求めています。</translation>
    </message>
    <message>
        <source>Ask whoever owns the address %1 (provider or hosting company) to give %2 an address record (A or AAAA) for %1, or to set a PTR name that does.</source>
        <translation>IP アドレス %1 を持っている会社（インターネットのプロバイダーやレンタルサーバー会社）に、%2 に %1 を指すアドレスのレコード（A または AAAA）を追加するか、正しく戻る PTR の名前を設定するよう依頼してください。</translation>
    </message>
    <message>
        <source>The server accepts only computers with their own certificate</source>
        <translation>このサーバーは、専用の証明書を持つパソコンしか受け付けません</translation>
    </message>
    <message>
        <source>"%1" on port %2 asks every computer that connects for a certificate of its own (a client certificate) and ends the encrypted connection without one. Such a server is meant for devices or people its organisation has given a certificate to. Your password is not what it asks for at this point.</source>
        <translation>「%1」のポート %2 は、接続してくるパソコンごとに専用の証明書（クライアント証明書）を求め、それがないと暗号化された接続を打ち切ります。このようなサーバーは、組織から証明書を配られた機器や人のためのものです。この段階ではパスワードは関係ありません。</translation>
    </message>
    <message>
        <source>If your organisation gave you a certificate for sending mail, install it in your mail program as it explains. Otherwise this is probably not the server meant for your mail program: check the server name and port with your mail provider or IT department.</source>
        <translation>勤務先などからメール送信用の証明書を受け取っている場合は、その説明に従ってメールソフトにインストールしてください。そうでなければ、お使いのメールソフト向けのサーバーではない可能性が高いです。サーバー名とポートを、メールの提供元または社内の IT 担当者に確認してください。</translation>
    </message>
    <message>
        <source>The provider has switched off password sign-in for sending mail (SMTP AUTH) for this account or organisation. Your password may well be right.</source>
        <translation>提供元が、このアカウントまたは組織で、メール送信時のパスワードによるログイン（SMTP 認証）を無効にしています。パスワード自体は正しい可能性が十分にあります。</translation>
    </message>
    <message>
        <source>Test the sign-in through the browser instead: choose "Sign in with the browser (OAuth 2.0)" in SMTP Doctor, or run smtpdoctor check --oauth. If that works, set your mail program to it: in Thunderbird, Authentication method "OAuth2" for the outgoing server; other programs call it "Modern authentication" or sign in with a browser window. Otherwise ask your email administrator to turn on SMTP AUTH for your mailbox (in Microsoft 365: "Authenticated SMTP").</source>
        <translation>代わりにブラウザーでのログインを確認してください。SMTP Doctor で「ブラウザーでログイン（OAuth 2.0）」を選ぶか、smtpdoctor check --oauth を実行します。それでログインできたら、メールソフトも同じ方式に設定してください。Thunderbird では送信サーバーの認証方式を「OAuth2」にします。ほかのメールソフトでは「先進認証」（Modern authentication）やブラウザーの画面でログインする方式と呼ばれます。うまくいかない場合は、メールの管理者にこのメールボックスの SMTP 認証を有効にしてもらってください（Microsoft 365 では「認証済み SMTP」）。</translation>
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
    <message>
        <source>The records of your domain are read over the internet, so this check needs "%1" to work first.</source>
        <translation>ドメインのレコードはインターネット経由で読み取るため、この確認には先に「%1」が正常に動いている必要があります。</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>No particular reason named</source>
        <translation>特定の理由は示されていません</translation>
    </message>
    <message>
        <source>Accepted: nothing failed</source>
        <translation>受け付けられました（失敗はありません）</translation>
    </message>
    <message>
        <source>In progress: the server waits for more</source>
        <translation>処理の途中です（サーバーが続きを待っています）</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>The recipient's address does not exist</source>
        <translation>宛先のアドレスが存在しません</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full</source>
        <translation>受信者のメールボックスがいっぱいです</translation>
    </message>
    <message>
        <source>The recipient's mailbox is disabled or suspended</source>
        <translation>受信者のメールボックスが停止・休止されています</translation>
    </message>
    <message>
        <source>The recipient has moved to another address</source>
        <translation>受信者が別のアドレスに移っています</translation>
    </message>
    <message>
        <source>The recipient's own filter refuses this sender</source>
        <translation>受信者側の受信設定（フィルター）がこの送信者を拒否しています</translation>
    </message>
    <message>
        <source>A mailing list refused the post</source>
        <translation>メーリングリストが投稿を拒否しました</translation>
    </message>
    <message>
        <source>The receiving server or domain accepts no mail</source>
        <translation>受信側のサーバーまたはドメインがメールを受け付けていません</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>メールのサイズが大きすぎます</translation>
    </message>
    <message>
        <source>The message is not formatted as mail must be</source>
        <translation>メールの形式が決まりに合っていません</translation>
    </message>
    <message>
        <source>Refused as spam</source>
        <translation>迷惑メールと判定されて拒否されました</translation>
    </message>
    <message>
        <source>A virus or a forbidden attachment</source>
        <translation>ウイルス、または禁止されている添付ファイルです</translation>
    </message>
    <message>
        <source>A rule of the receiving organisation</source>
        <translation>受信側の組織のルールによるものです</translation>
    </message>
    <message>
        <source>The sending server's address is blocked</source>
        <translation>送信側サーバーのアドレス（IP アドレス）がブロックされています</translation>
    </message>
    <message>
        <source>The sender's reputation is too low</source>
        <translation>送信元の評価（レピュテーション）が低すぎます</translation>
    </message>
    <message>
        <source>The sending server has no valid reverse DNS name</source>
        <translation>送信側サーバーに正しい逆引き（DNS）の名前がありません</translation>
    </message>
    <message>
        <source>The sender domain's checks (SPF, DKIM, DMARC) failed</source>
        <translation>送信者ドメインの確認（SPF、DKIM、DMARC）に失敗しました</translation>
    </message>
    <message>
        <source>The sender address was refused</source>
        <translation>送信者アドレスが拒否されました</translation>
    </message>
    <message>
        <source>The server will not pass the mail on (relay denied)</source>
        <translation>サーバーがメールの中継を断りました（リレー拒否）</translation>
    </message>
    <message>
        <source>Sign-in is required before sending</source>
        <translation>送信の前にログイン（SMTP 認証）が必要です</translation>
    </message>
    <message>
        <source>User name or password not accepted</source>
        <translation>ユーザー名またはパスワードが受け付けられませんでした</translation>
    </message>
    <message>
        <source>This way of signing in is not allowed for the account</source>
        <translation>このアカウントではこのログイン方法が許可されていません</translation>
    </message>
    <message>
        <source>Encryption is required</source>
        <translation>暗号化が必要です</translation>
    </message>
    <message>
        <source>The encrypted connection failed</source>
        <translation>暗号化した接続に失敗しました</translation>
    </message>
    <message>
        <source>A sending or receiving limit was reached</source>
        <translation>送信または受信の上限に達しました</translation>
    </message>
    <message>
        <source>Too many connections or recipients at once</source>
        <translation>一度に接続や宛先が多すぎます</translation>
    </message>
    <message>
        <source>Greylisting: come back later</source>
        <translation>グレーリスティング（時間をおいての再送を求められています）</translation>
    </message>
    <message>
        <source>Delivery is delayed and still being tried</source>
        <translation>配送が遅れていて、まだ再送が続いています</translation>
    </message>
    <message>
        <source>Delivery was given up after retrying</source>
        <translation>再送を続けた末に配送があきらめられました</translation>
    </message>
    <message>
        <source>The message went round in a loop</source>
        <translation>メールが同じ経路を回り続けました（ループ）</translation>
    </message>
    <message>
        <source>A connection problem</source>
        <translation>接続の問題です</translation>
    </message>
    <message>
        <source>The mail conversation went wrong</source>
        <translation>サーバーとのやり取り（SMTP の手順）がうまくいきませんでした</translation>
    </message>
    <message>
        <source>A problem on a mail server</source>
        <translation>メールサーバー側の問題です</translation>
    </message>
    <message>
        <source>A mail server is out of space</source>
        <translation>メールサーバーの空き容量が足りません</translation>
    </message>
    <message>
        <source>The program that delivers the mail failed</source>
        <translation>メールを配送するプログラムが失敗しました</translation>
    </message>
    <message>
        <source>A setting in the mail program or on the computer</source>
        <translation>メールソフトまたはパソコンの設定によるものです</translation>
    </message>
    <message>
        <source>Something on the network interferes</source>
        <translation>ネットワーク上の何かが通信を妨げています</translation>
    </message>
    <message>
        <source>The domain or server name does not exist</source>
        <translation>ドメイン名またはサーバー名が存在しません</translation>
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
        <translation>ネットワーク（回線・プロバイダー・ファイアウォール・ウイルス対策ソフト）</translation>
    </message>
    <message>
        <source>Your mail provider's server</source>
        <translation>メールの提供元のサーバー</translation>
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
    <message>
        <source>Your domain</source>
        <translation>お使いのドメイン</translation>
    </message>
</context>
</TS>