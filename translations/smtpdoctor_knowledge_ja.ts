<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CheckDomainOffer</name>
    <message>
        <source>The refusal is about the sender's domain %1: receiving servers check its DNS records (SPF, DKIM, DMARC) before they accept mail from it. To see which of them is missing or wrong, run: %2</source>
        <translation>この拒否は、送信元のドメイン %1 に関するものです。受信側のサーバーは、メールを受け取る前にそのドメインの DNS レコード（SPF、DKIM、DMARC）を確認します。どのレコードが足りないか、間違っているかを調べるには、次のコマンドを実行してください：%2</translation>
    </message>
</context>
<context>
    <name>ExplanationReport</name>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>In progress (the server waits for more)</source>
        <translation>処理中（サーバーが続きを待っています）</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>一時的な失敗</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation>恒久的な失敗</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Nothing in this text was recognised as a mail server reply or a known error message.</source>
        <translation>このテキストには、メールサーバーの応答や既知のエラーメッセージとして認識できるものがありませんでした。</translation>
    </message>
    <message>
        <source>Paste the whole error message or bounce, including any three-digit code such as 550 or 535.</source>
        <translation>エラーメッセージや戻ってきたメール（エラーメール）の全体を、550 や 535 のような 3 桁の番号も含めて貼り付けてください。</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>見つかった箇所：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類：</translation>
    </message>
    <message>
        <source>Whose side:</source>
        <translation>原因の場所：</translation>
    </message>
    <message>
        <source>What it means:</source>
        <translation>意味：</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>対処方法：</translation>
    </message>
    <message>
        <source>Sending again:</source>
        <translation>再送について：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>The server reports success. This is not an error.</source>
        <translation>サーバーは成功を報告しています。エラーではありません。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>特に必要な操作はありません。</translation>
    </message>
    <message>
        <source>Sender accepted</source>
        <translation>送信者アドレスを受け付けました</translation>
    </message>
    <message>
        <source>The server accepted the sender address.</source>
        <translation>サーバーは送信者アドレスを受け付けました。</translation>
    </message>
    <message>
        <source>Recipient accepted</source>
        <translation>宛先を受け付けました</translation>
    </message>
    <message>
        <source>The server accepted this recipient address.</source>
        <translation>サーバーはこの宛先アドレスを受け付けました。</translation>
    </message>
    <message>
        <source>The message was accepted for delivery</source>
        <translation>メールは配送のために受け付けられました</translation>
    </message>
    <message>
        <source>The server took the message and will deliver it. If it does not arrive, the receiving side filtered it later, or a delivery report will follow.</source>
        <translation>サーバーはメールを受け取り、配送します。届かない場合は、受信側が後で振り分けたか、配送状況の通知（エラーメール）が後から届きます。</translation>
    </message>
    <message>
        <source>Nothing to do. If the recipient does not see it, ask them to look in their spam folder.</source>
        <translation>特に必要な操作はありません。相手に見当たらない場合は、迷惑メールフォルダーを確認してもらってください。</translation>
    </message>
    <message>
        <source>Sign-in succeeded</source>
        <translation>ログインに成功しました</translation>
    </message>
    <message>
        <source>The server accepted your user name and password (SMTP authentication).</source>
        <translation>サーバーはユーザー名とパスワードを受け付けました（SMTP 認証）。</translation>
    </message>
    <message>
        <source>No further detail given</source>
        <translation>詳しい情報はありません</translation>
    </message>
    <message>
        <source>The enhanced code only repeats whether the problem is temporary or permanent; the server's words explain the rest.</source>
        <translation>この拡張コードは、問題が一時的か恒久的かを繰り返しているだけです。詳しい理由はサーバーからの応答に書かれています。</translation>
    </message>
    <message>
        <source>Read the server's words after the code for the reason.</source>
        <translation>コードの後に続くサーバーからの応答で理由を確認してください。</translation>
    </message>
    <message>
        <source>A problem with an address</source>
        <translation>アドレスに関する問題</translation>
    </message>
    <message>
        <source>Something about the sender or recipient address caused the refusal.</source>
        <translation>送信者または宛先のアドレスに関する何かが原因で拒否されました。</translation>
    </message>
    <message>
        <source>Check the sender and recipient addresses for typos.</source>
        <translation>送信者と宛先のアドレスに入力ミスがないか確認してください。</translation>
    </message>
    <message>
        <source>The recipient's address does not exist</source>
        <translation>宛先のアドレスが存在しません</translation>
    </message>
    <message>
        <source>The receiving server has no mailbox with the name before "@". The address is mistyped, or the person no longer uses it. Your own settings are fine.</source>
        <translation>受信側のサーバーには「@」より前の名前のメールボックスがありません。アドレスの入力ミスか、相手がそのアドレスをもう使っていません。お使いの設定に問題はありません。</translation>
    </message>
    <message>
        <source>Check the recipient's address for typos, or ask them for their correct address.</source>
        <translation>宛先のアドレスに入力ミスがないか確認するか、相手に正しいアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The recipient's domain does not exist</source>
        <translation>宛先のドメインが存在しません</translation>
    </message>
    <message>
        <source>The part after "@" in the recipient's address is not a domain that receives mail, usually because of a typo.</source>
        <translation>宛先アドレスの「@」より後ろの部分が、メールを受け取れるドメインではありません。多くは入力ミスです。</translation>
    </message>
    <message>
        <source>Check the part after "@" in the recipient's address, for example "gmail.com" and not "gmial.com".</source>
        <translation>宛先アドレスの「@」より後ろを確認してください（例：「gmial.com」ではなく「gmail.com」）。</translation>
    </message>
    <message>
        <source>The recipient's address is written wrongly</source>
        <translation>宛先のアドレスの書き方が正しくありません</translation>
    </message>
    <message>
        <source>The recipient's address is not a valid address: for example a missing "@", spaces, a dot at the end, or full-width characters.</source>
        <translation>宛先のアドレスが正しい形式ではありません。たとえば「@」がない、空白がある、最後にドットがある、全角文字が混ざっている、などです。</translation>
    </message>
    <message>
        <source>Check the recipient's address for typos, spaces and full-width characters, then send again.</source>
        <translation>宛先のアドレスに入力ミス、空白、全角文字がないか確認してから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>The recipient's address is ambiguous</source>
        <translation>宛先のアドレスがあいまいです</translation>
    </message>
    <message>
        <source>The receiving server found more than one mailbox for this address.</source>
        <translation>受信側のサーバーで、このアドレスに当てはまるメールボックスが複数見つかりました。</translation>
    </message>
    <message>
        <source>Ask the recipient for their exact address.</source>
        <translation>相手に正確なアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The recipient has moved</source>
        <translation>宛先のアドレスはもう使われていません</translation>
    </message>
    <message>
        <source>This address was valid once but is no longer used, and no new address is known.</source>
        <translation>このアドレスは以前は使われていましたが、今は使われておらず、新しいアドレスもわかりません。</translation>
    </message>
    <message>
        <source>Ask the recipient in another way for their new address.</source>
        <translation>電話などほかの方法で、相手に新しいアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The sender address is written wrongly</source>
        <translation>送信者アドレスの書き方が正しくありません</translation>
    </message>
    <message>
        <source>Your sender address is not a valid address (a typo, spaces or characters that are not allowed).</source>
        <translation>お使いの送信者アドレスが正しい形式ではありません（入力ミス、空白、使えない文字）。</translation>
    </message>
    <message>
        <source>In your mail program's account settings, check your email address (the sender) letter by letter.</source>
        <translation>メールソフトのアカウント設定で、ご自分のメールアドレス（送信者）を 1 文字ずつ確認してください。</translation>
    </message>
    <message>
        <source>The sender's domain is not valid</source>
        <translation>送信者のドメインが正しくありません</translation>
    </message>
    <message>
        <source>The domain after "@" in your sender address does not exist or cannot receive replies, so the server refuses mail from it.</source>
        <translation>送信者アドレスの「@」より後ろのドメインが存在しないか返信を受け取れないため、サーバーはそこからのメールを拒否しています。</translation>
    </message>
    <message>
        <source>Check the sender address in your mail program. If it is your company's domain, ask its administrator to check the domain's DNS records.</source>
        <translation>メールソフトの送信者アドレスを確認してください。会社のドメインであれば、ドメインの DNS 設定を確認するよう管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Passed on to a system that reports no more</source>
        <translation>これ以上の報告をしないシステムへ引き渡されました</translation>
    </message>
    <message>
        <source>The message was handed to another system that does not send delivery reports, so no further status will come.</source>
        <translation>メールは配送状況を報告しない別のシステムに引き渡されたため、これ以上の状況は届きません。</translation>
    </message>
    <message>
        <source>Nothing to do; ask the recipient whether it arrived.</source>
        <translation>特に必要な操作はありません。届いたかどうか相手に確認してください。</translation>
    </message>
    <message>
        <source>The recipient's domain does not accept mail</source>
        <translation>宛先のドメインはメールを受け付けていません</translation>
    </message>
    <message>
        <source>The domain after "@" in the recipient's address declares that it receives no mail at all (a "null MX", RFC 7504).</source>
        <translation>宛先アドレスの「@」より後ろのドメインは、メールを一切受け取らないと宣言しています（「null MX」、RFC 7504）。</translation>
    </message>
    <message>
        <source>Check the recipient's address; the domain is probably mistyped or no longer used for email.</source>
        <translation>宛先のアドレスを確認してください。ドメインの入力ミスか、もうメールに使われていないドメインの可能性があります。</translation>
    </message>
    <message>
        <source>A problem with the recipient's mailbox</source>
        <translation>相手のメールボックスに関する問題</translation>
    </message>
    <message>
        <source>The mailbox exists, but something about it prevents delivery.</source>
        <translation>メールボックスはありますが、何らかの理由で配送できません。</translation>
    </message>
    <message>
        <source>Tell the recipient in another way, and send again later.</source>
        <translation>ほかの方法で相手に伝え、しばらくしてから再送してください。</translation>
    </message>
    <message>
        <source>The recipient's mailbox is disabled</source>
        <translation>相手のメールボックスが使えない状態です</translation>
    </message>
    <message>
        <source>The mailbox exists but does not accept messages: it was switched off, suspended, or is being closed. Some servers also use this when one recipient gets too much mail at once.</source>
        <translation>メールボックスはありますが、メールを受け付けていません。停止された、利用が止められた、または閉鎖中です。1 人の受信者に短時間でメールが集中したときに、この応答を返すサーバーもあります。</translation>
    </message>
    <message>
        <source>Ask the recipient in another way whether the address is still in use.</source>
        <translation>そのアドレスをまだ使っているか、ほかの方法で相手に確認してください。</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full</source>
        <translation>相手のメールボックスがいっぱいです</translation>
    </message>
    <message>
        <source>The recipient has used up their storage space, so no new mail fits in. Your settings are fine.</source>
        <translation>相手が保存容量を使い切っているため、新しいメールが入りません。お使いの設定に問題はありません。</translation>
    </message>
    <message>
        <source>Tell the recipient in another way that their mailbox is full, and send again after they have made room.</source>
        <translation>メールボックスがいっぱいであることをほかの方法で相手に伝え、空きができてから再送してください。</translation>
    </message>
    <message>
        <source>The message is too large for the recipient's mailbox</source>
        <translation>メールが相手のメールボックスの上限より大きすぎます</translation>
    </message>
    <message>
        <source>The message is bigger than the recipient's mailbox accepts for one message.</source>
        <translation>このメールは、相手のメールボックスが 1 通あたりに受け付ける大きさを超えています。</translation>
    </message>
    <message>
        <source>Send smaller attachments, or share large files through a link instead.</source>
        <translation>添付ファイルを小さくするか、大きなファイルはリンクで共有してください。</translation>
    </message>
    <message>
        <source>A problem with a mailing list</source>
        <translation>メーリングリストに関する問題</translation>
    </message>
    <message>
        <source>The address is a mailing list, and the list could not be expanded to its members.</source>
        <translation>このアドレスはメーリングリストですが、メンバーへの展開ができませんでした。</translation>
    </message>
    <message>
        <source>Tell the list's administrator.</source>
        <translation>メーリングリストの管理者に伝えてください。</translation>
    </message>
    <message>
        <source>A problem in the receiving mail system</source>
        <translation>受信側のメールシステムの問題</translation>
    </message>
    <message>
        <source>The destination system normally accepts mail, but something on it prevented delivery.</source>
        <translation>受信側のシステムは通常メールを受け付けますが、そこで何かが配送を妨げました。</translation>
    </message>
    <message>
        <source>Read the server's words after the code. If it lasts, tell the recipient in another way.</source>
        <translation>コードの後に続くサーバーからの応答を読んでください。続く場合は、ほかの方法で相手に伝えてください。</translation>
    </message>
    <message>
        <source>The receiving mail system is full</source>
        <translation>受信側のメールシステムがいっぱいです</translation>
    </message>
    <message>
        <source>The receiving server has run out of storage space.</source>
        <translation>受信側のサーバーの保存領域が足りなくなっています。</translation>
    </message>
    <message>
        <source>Nothing to change on your side. Send again later; if it lasts, tell the recipient in another way.</source>
        <translation>お使いの側で変更することはありません。しばらくしてから再送し、続く場合はほかの方法で相手に伝えてください。</translation>
    </message>
    <message>
        <source>The receiving system is not accepting mail</source>
        <translation>受信側のシステムがメールを受け付けていません</translation>
    </message>
    <message>
        <source>The destination system is not taking messages now, for example because of maintenance, shutdown or overload.</source>
        <translation>受信側のシステムが、メンテナンス、停止、混雑などのため、今はメールを受け付けていません。</translation>
    </message>
    <message>
        <source>Send again later; mail servers retry by themselves.</source>
        <translation>しばらくしてから再送してください。メールサーバーは自動で再送します。</translation>
    </message>
    <message>
        <source>The receiving system lacks a needed feature</source>
        <translation>受信側のシステムに必要な機能がありません</translation>
    </message>
    <message>
        <source>The message uses a feature that the destination system does not support.</source>
        <translation>このメールは、受信側のシステムが対応していない機能を使っています。</translation>
    </message>
    <message>
        <source>Send a plain message without special options, or tell the recipient's administrator.</source>
        <translation>特別なオプションを付けずに普通のメールとして送るか、相手の管理者に伝えてください。</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>メールが大きすぎます</translation>
    </message>
    <message>
        <source>The message is bigger than the server accepts (attachments count too, and they grow by about a third when sent).</source>
        <translation>このメールはサーバーが受け付ける大きさを超えています（添付ファイルも含みます。添付ファイルは送信時に約 3 割大きくなります）。</translation>
    </message>
    <message>
        <source>The receiving system is set up wrongly</source>
        <translation>受信側のシステムの設定が間違っています</translation>
    </message>
    <message>
        <source>The destination system is not configured to accept this message, for example its domain points to a server that does not handle it.</source>
        <translation>受信側のシステムが、このメールを受け付けるように設定されていません。たとえば、ドメインの設定が、そのメールを扱わないサーバーを指しています。</translation>
    </message>
    <message>
        <source>Nothing to change on your side. Tell the recipient in another way so their administrator can fix it.</source>
        <translation>お使いの側で変更することはありません。相手の管理者が直せるよう、ほかの方法で相手に伝えてください。</translation>
    </message>
    <message>
        <source>The message's priority was changed</source>
        <translation>メールの優先度が変更されました</translation>
    </message>
    <message>
        <source>The message was accepted, but with a different priority than requested (RFC 6710).</source>
        <translation>メールは受け付けられましたが、求めたのとは違う優先度になりました（RFC 6710）。</translation>
    </message>
    <message>
        <source>Refused for now for a security or policy reason</source>
        <translation>セキュリティやポリシーの理由で一時的に拒否されました</translation>
    </message>
    <message>
        <source>The server temporarily refused: a sign-in could not be checked just now, too many attempts or messages came from your address, or a policy asks you to come back later.</source>
        <translation>サーバーが一時的に拒否しました。ログインを今は確認できなかった、お使いのアドレスから試行やメールが多すぎた、またはポリシーにより後で再送するよう求めています。</translation>
    </message>
    <message>
        <source>Wait a while (at least 15 minutes) and try again. Make sure only one device sends with this account. If it lasts a day, contact your mail provider.</source>
        <translation>しばらく（15 分以上）待ってから再試行してください。このアカウントで送信している機器が 1 台だけか確認してください。1 日続く場合は、メールの提供元に問い合わせてください。</translation>
    </message>
    <message>
        <source>Refused for a security or policy reason</source>
        <translation>セキュリティやポリシーの理由で拒否されました</translation>
    </message>
    <message>
        <source>A security rule of the server caused the refusal, for example missing encryption, missing sign-in, or a sender check.</source>
        <translation>サーバーのセキュリティ上の規則により拒否されました。たとえば暗号化やログインがない、送信者の確認で問題があった、などです。</translation>
    </message>
    <message>
        <source>Read the server's words after the code: they usually name the rule.</source>
        <translation>コードの後に続くサーバーからの応答を読んでください。多くの場合、どの規則かが書かれています。</translation>
    </message>
    <message>
        <source>Not allowed: the sender or message was refused by policy</source>
        <translation>許可されていません：ポリシーにより送信者またはメールが拒否されました</translation>
    </message>
    <message>
        <source>The server does not allow this delivery: most often you are not signed in and it refuses to relay, or the receiving side blocks your address, domain or message.</source>
        <translation>サーバーはこの配送を許可していません。多くはログインしていないため中継を断られたか、受信側がお使いのアドレス、ドメイン、またはこのメールを遮断しています。</translation>
    </message>
    <message>
        <source>Turn on "My outgoing server (SMTP) requires authentication" in your mail program. If you already sign in, read the server's words: they say which rule refused the message.</source>
        <translation>メールソフトで「送信サーバー (SMTP) は認証が必要」をオンにしてください。すでにログインしている場合は、サーバーからの応答を読んでください。どの規則で拒否されたかが書かれています。</translation>
    </message>
    <message>
        <source>You may not send to this mailing list</source>
        <translation>このメーリングリストには送信できません</translation>
    </message>
    <message>
        <source>The address is a mailing list or group that only accepts mail from allowed senders.</source>
        <translation>このアドレスは、許可された送信者からのメールしか受け付けないメーリングリストまたはグループです。</translation>
    </message>
    <message>
        <source>Ask the list's owner to allow your address, or send from the address that is a member.</source>
        <translation>リストの管理者にご自分のアドレスを許可してもらうか、メンバーになっているアドレスから送信してください。</translation>
    </message>
    <message>
        <source>A required security conversion is not possible</source>
        <translation>必要な暗号化などの処理ができません</translation>
    </message>
    <message>
        <source>The message needed a security conversion (such as encryption for the recipient) that could not be done.</source>
        <translation>このメールには、受信者向けの暗号化などの処理が必要でしたが、その処理ができませんでした。</translation>
    </message>
    <message>
        <source>Send the message without encryption or signature options, or ask the recipient's administrator.</source>
        <translation>暗号化や署名のオプションを付けずに送るか、相手の管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>A requested security feature is not supported</source>
        <translation>求められたセキュリティ機能に対応していません</translation>
    </message>
    <message>
        <source>The message or the sign-in asked for a security feature the server does not support, often an authentication type.</source>
        <translation>メールやログインで、サーバーが対応していないセキュリティ機能（多くは認証方式）が求められました。</translation>
    </message>
    <message>
        <source>In your mail program's outgoing server settings, set the authentication method to "Normal password" (or "automatic"), with SSL/TLS or STARTTLS turned on.</source>
        <translation>メールソフトの送信メールサーバーの設定で、認証方式を「通常のパスワード認証」（またはそれに当たる設定）にし、SSL/TLS か STARTTLS をオンにしてください。</translation>
    </message>
    <message>
        <source>A cryptographic check failed</source>
        <translation>暗号の確認に失敗しました</translation>
    </message>
    <message>
        <source>Checking or decrypting the message failed because a key was missing or invalid.</source>
        <translation>鍵がない、または無効なため、メールの検証や復号に失敗しました。</translation>
    </message>
    <message>
        <source>Send the message without encryption or signature, or check the certificates used for them.</source>
        <translation>暗号化や署名をせずに送るか、それらに使う証明書を確認してください。</translation>
    </message>
    <message>
        <source>A cryptographic method is not supported</source>
        <translation>暗号方式に対応していません</translation>
    </message>
    <message>
        <source>The message uses an encryption or signature method the receiving side does not support.</source>
        <translation>このメールは、受信側が対応していない暗号化や署名の方式を使っています。</translation>
    </message>
    <message>
        <source>Send the message without encryption or signature, or use a more common method.</source>
        <translation>暗号化や署名をせずに送るか、より一般的な方式を使ってください。</translation>
    </message>
    <message>
        <source>The message was changed on the way</source>
        <translation>メールが途中で書き換えられました</translation>
    </message>
    <message>
        <source>An integrity check failed: the message seems corrupted or altered after it was signed.</source>
        <translation>整合性の確認に失敗しました。署名された後にメールが壊れたか、書き換えられたようです。</translation>
    </message>
    <message>
        <source>Send the message again. If it keeps failing, turn off programs that modify outgoing mail (signatures added by security software).</source>
        <translation>もう一度送信してください。失敗が続く場合は、送信メールを書き換えるソフト（セキュリティソフトが付ける署名など）をオフにしてください。</translation>
    </message>
    <message>
        <source>User name or password not accepted</source>
        <translation>ユーザー名またはパスワードが受け付けられませんでした</translation>
    </message>
    <message>
        <source>The server refused the sign-in: the password is wrong, the user name is not in the form the provider wants, or the account may not sign in from mail programs.</source>
        <translation>サーバーがログインを断りました。パスワードが違う、ユーザー名が提供元の求める形になっていない、またはそのアカウントがメールソフトからのログインを許可されていない可能性があります。</translation>
    </message>
    <message>
        <source>Type the password again carefully (watch Caps Lock). Use your full email address as the user name. If your provider uses 2-step verification, create an app password and use that.</source>
        <translation>パスワードをもう一度ゆっくり入力してください（Caps Lock に注意）。ユーザー名にはメールアドレス全体を使ってください。提供元で 2 段階認証を使っている場合は、アプリ パスワードを作成して使ってください。</translation>
    </message>
    <message>
        <source>The sign-in method is too weak for this account</source>
        <translation>このアカウントにはログイン方式の安全性が足りません</translation>
    </message>
    <message>
        <source>The server refuses this way of signing in for your account (RFC 4954). With big providers it usually means the account needs an app password or a sign-in through the browser.</source>
        <translation>サーバーはこのアカウントに対して、この方式でのログインを受け付けません（RFC 4954）。大手の提供元では多くの場合、アプリ パスワードかブラウザーでのログインが必要という意味です。</translation>
    </message>
    <message>
        <source>Create an app password in your provider's account security settings and use it instead of your normal password.</source>
        <translation>提供元のアカウントのセキュリティ設定でアプリ パスワードを作成し、通常のパスワードの代わりに使ってください。</translation>
    </message>
    <message>
        <source>Encryption is needed</source>
        <translation>暗号化が必要です</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection for this (RFC 5248).</source>
        <translation>サーバーはこの操作に暗号化された接続を求めています（RFC 5248）。</translation>
    </message>
    <message>
        <source>Set security to STARTTLS (port 587) or SSL/TLS (port 465) in your mail program's outgoing server settings.</source>
        <translation>メールソフトの送信メールサーバーの設定で、暗号化を STARTTLS（ポート 587）または SSL/TLS（ポート 465）にしてください。</translation>
    </message>
    <message>
        <source>Encryption is required for this sign-in</source>
        <translation>このログインには暗号化が必要です</translation>
    </message>
    <message>
        <source>The chosen sign-in method may only be used over an encrypted connection (RFC 4954).</source>
        <translation>選んだログイン方式は、暗号化された接続でしか使えません（RFC 4954）。</translation>
    </message>
    <message>
        <source>A password change is needed</source>
        <translation>パスワードの変更が必要です</translation>
    </message>
    <message>
        <source>The server needs you to set up or change your password before this sign-in method can be used (RFC 4954).</source>
        <translation>このログイン方式を使う前に、パスワードの設定または変更が必要です（RFC 4954）。</translation>
    </message>
    <message>
        <source>Sign in to your provider's web mail once and follow any request to change the password, then enter the new password in your mail program.</source>
        <translation>提供元のウェブメールに一度ログインし、パスワード変更の案内があれば従ってから、新しいパスワードをメールソフトに入力してください。</translation>
    </message>
    <message>
        <source>The account is disabled</source>
        <translation>アカウントが停止されています</translation>
    </message>
    <message>
        <source>The account exists but is switched off (RFC 5248). If it is your own account, your provider has suspended it; if it is the recipient's, their mailbox is closed.</source>
        <translation>アカウントはありますが、停止されています（RFC 5248）。ご自分のアカウントなら提供元が利用を止めています。相手のアカウントなら、そのメールボックスは閉鎖されています。</translation>
    </message>
    <message>
        <source>If it is your account, sign in to your provider's web page or contact its support. If it is the recipient's, reach them in another way.</source>
        <translation>ご自分のアカウントであれば、提供元のウェブページにログインするかサポートに問い合わせてください。相手のアカウントであれば、ほかの方法で連絡してください。</translation>
    </message>
    <message>
        <source>A trust relationship is required</source>
        <translation>このサーバーとの事前の取り決めが必要です</translation>
    </message>
    <message>
        <source>The server only accepts this from systems it has an agreement with (RFC 5248).</source>
        <translation>このサーバーは、事前に取り決めのあるシステムからしか、この要求を受け付けません（RFC 5248）。</translation>
    </message>
    <message>
        <source>Use your own provider's outgoing server with sign-in, or ask the server's administrator.</source>
        <translation>ご自分の提供元の送信メールサーバーにログインして使うか、サーバーの管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>The message's priority is too low</source>
        <translation>メールの優先度が低すぎます</translation>
    </message>
    <message>
        <source>The server does not accept messages with the requested priority now (RFC 6710).</source>
        <translation>サーバーは今、求められた優先度のメールを受け付けていません（RFC 6710）。</translation>
    </message>
    <message>
        <source>Send the message with normal priority, or later.</source>
        <translation>通常の優先度で送るか、しばらくしてから送ってください。</translation>
    </message>
    <message>
        <source>Too large for the requested priority</source>
        <translation>求めた優先度に対して大きすぎます</translation>
    </message>
    <message>
        <source>The message is too big for the priority it was sent with (RFC 6710).</source>
        <translation>このメールは、指定した優先度で送るには大きすぎます（RFC 6710）。</translation>
    </message>
    <message>
        <source>Send smaller attachments, or send the message with normal priority.</source>
        <translation>添付ファイルを小さくするか、通常の優先度で送ってください。</translation>
    </message>
    <message>
        <source>The mailbox has a new owner</source>
        <translation>メールボックスの持ち主が変わりました</translation>
    </message>
    <message>
        <source>The recipient's address has changed hands since the date your mail program knew it (RFC 7293), so the message was not delivered to a stranger.</source>
        <translation>宛先のアドレスは、メールソフトが把握していた日付以降に持ち主が変わっています（RFC 7293）。そのため、別人に届かないよう配送されませんでした。</translation>
    </message>
    <message>
        <source>Ask the recipient in another way for their current address.</source>
        <translation>ほかの方法で、相手に現在のアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The domain has a new owner</source>
        <translation>ドメインの持ち主が変わりました</translation>
    </message>
    <message>
        <source>The recipient's domain has changed hands since the date your mail program knew it (RFC 7293).</source>
        <translation>宛先のドメインは、メールソフトが把握していた日付以降に持ち主が変わっています（RFC 7293）。</translation>
    </message>
    <message>
        <source>The address's history could not be checked</source>
        <translation>アドレスの履歴を確認できませんでした</translation>
    </message>
    <message>
        <source>The receiving side could not check whether the address changed owner (RFC 7293).</source>
        <translation>受信側は、アドレスの持ち主が変わったかどうかを確認できませんでした（RFC 7293）。</translation>
    </message>
    <message>
        <source>Send again without the "recipient valid since" option, or ask the recipient.</source>
        <translation>「宛先の有効開始日」オプションを付けずに再送するか、相手に確認してください。</translation>
    </message>
    <message>
        <source>No valid DKIM signature</source>
        <translation>有効な DKIM 署名がありません</translation>
    </message>
    <message>
        <source>The message carried no DKIM signature that checks out. DKIM is a signature your domain's mail server adds to prove mail is really from you (RFC 7372).</source>
        <translation>このメールには、検証に通る DKIM 署名がありませんでした。DKIM は、メールが本当にそのドメインから送られたことを示すために、ドメインのメールサーバーが付ける署名です（RFC 7372）。</translation>
    </message>
    <message>
        <source>Ask whoever runs your domain or mail service to turn on DKIM signing for your domain. Nothing in your mail program fixes this.</source>
        <translation>ドメインやメールサービスの管理者に、お使いのドメインで DKIM 署名を有効にするよう依頼してください。メールソフトの設定では直せません。</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature</source>
        <translation>受け入れられる DKIM 署名がありません</translation>
    </message>
    <message>
        <source>The message has DKIM signatures, but none that the receiving side accepts (RFC 7372).</source>
        <translation>このメールには DKIM 署名がありますが、受信側が受け入れるものはありませんでした（RFC 7372）。</translation>
    </message>
    <message>
        <source>Ask whoever runs your domain or mail service to sign mail with DKIM for your own domain.</source>
        <translation>ドメインやメールサービスの管理者に、ご自分のドメインで DKIM 署名するよう依頼してください。</translation>
    </message>
    <message>
        <source>No DKIM signature matches the sender</source>
        <translation>送信者と一致する DKIM 署名がありません</translation>
    </message>
    <message>
        <source>No valid DKIM signature belongs to the domain in the From address (RFC 7372).</source>
        <translation>差出人（From）アドレスのドメインに属する有効な DKIM 署名がありません（RFC 7372）。</translation>
    </message>
    <message>
        <source>The sender check (SPF) failed</source>
        <translation>送信者の確認（SPF）に失敗しました</translation>
    </message>
    <message>
        <source>Your domain's SPF record lists which servers may send its mail, and the server that sent this message is not on it (RFC 7372).</source>
        <translation>ドメインの SPF レコードにはメールを送ってよいサーバーが登録されていますが、このメールを送ったサーバーは含まれていません（RFC 7372）。</translation>
    </message>
    <message>
        <source>Send through your domain's own outgoing server (with sign-in). If you already do, ask whoever runs the domain to add that server to the SPF record.</source>
        <translation>ドメインの正式な送信メールサーバーからログインして送ってください。すでにそうしている場合は、そのサーバーを SPF レコードに追加するようドメインの管理者に依頼してください。</translation>
    </message>
    <message>
        <source>The sender check (SPF) gave an error</source>
        <translation>送信者の確認（SPF）でエラーが起きました</translation>
    </message>
    <message>
        <source>Your domain's SPF record could not be evaluated: it is broken, duplicated or too complex (RFC 7372).</source>
        <translation>ドメインの SPF レコードを評価できませんでした。壊れている、重複している、または複雑すぎます（RFC 7372）。</translation>
    </message>
    <message>
        <source>Ask whoever runs your domain to check its SPF record with an SPF checker and fix it.</source>
        <translation>ドメインの管理者に、SPF チェックツールで SPF レコードを確認して直すよう依頼してください。</translation>
    </message>
    <message>
        <source>The sending server has no valid reverse DNS name</source>
        <translation>送信サーバーに正しい逆引き DNS 名がありません</translation>
    </message>
    <message>
        <source>The internet address that sent the message has no matching name in DNS (PTR record), so the receiving side distrusts it (RFC 7372).</source>
        <translation>メールを送ったインターネット上のアドレスに、対応する名前が DNS に登録されていない（PTR レコード）ため、受信側が信用していません（RFC 7372）。</translation>
    </message>
    <message>
        <source>Send through your provider's outgoing server with sign-in. If you run the sending server, ask your internet provider to set its reverse DNS (PTR) name.</source>
        <translation>提供元の送信メールサーバーにログインして送ってください。送信サーバーをご自分で運用している場合は、逆引き DNS（PTR）名を設定するようインターネットのプロバイダーに依頼してください。</translation>
    </message>
    <message>
        <source>Several sender checks failed</source>
        <translation>複数の送信者確認に失敗しました</translation>
    </message>
    <message>
        <source>The message failed more than one sender check, typically both SPF and DKIM, so the receiving side cannot tell it is really from your domain (RFC 7372).</source>
        <translation>このメールは複数の送信者確認（多くは SPF と DKIM の両方）に失敗したため、受信側は本当にお使いのドメインから来たメールか判断できません（RFC 7372）。</translation>
    </message>
    <message>
        <source>Ask whoever runs your domain or mail service to set up SPF and DKIM (and DMARC) for your domain. Until then, send through your provider's own server.</source>
        <translation>ドメインやメールサービスの管理者に、SPF と DKIM（と DMARC）を設定するよう依頼してください。それまでは、提供元の送信メールサーバーから送ってください。</translation>
    </message>
    <message>
        <source>The sender's domain does not accept mail</source>
        <translation>送信者のドメインはメールを受け付けていません</translation>
    </message>
    <message>
        <source>The domain of your sender address declares that it receives no mail (a "null MX", RFC 7505), so replies could never reach you.</source>
        <translation>送信者アドレスのドメインがメールを受け取らないと宣言している（「null MX」、RFC 7505）ため、返信が届くことはありません。</translation>
    </message>
    <message>
        <source>Use a sender address whose domain receives mail. If it is your company's domain, ask its administrator.</source>
        <translation>メールを受け取れるドメインの送信者アドレスを使ってください。会社のドメインであれば、管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Too many similar messages (mail flood)</source>
        <translation>似たメールが多すぎます（メールの大量送信）</translation>
    </message>
    <message>
        <source>The receiving side saw a flood of similar messages from your address or server and refuses them.</source>
        <translation>受信側が、お使いのアドレスやサーバーから似たメールが大量に届いたと判断し、受け取りを拒否しています。</translation>
    </message>
    <message>
        <source>Send fewer messages at once. If you did not send many, your account may be misused: change your password and contact your mail provider.</source>
        <translation>一度に送る通数を減らしてください。たくさん送った覚えがない場合は、アカウントが悪用されているかもしれません。パスワードを変更し、メールの提供元に連絡してください。</translation>
    </message>
    <message>
        <source>The forwarding chain check (ARC) failed</source>
        <translation>転送の経路の確認（ARC）に失敗しました</translation>
    </message>
    <message>
        <source>The message was forwarded, and the forwarding record (ARC, RFC 8617) did not check out.</source>
        <translation>このメールは転送されており、転送の記録（ARC、RFC 8617）の検証に失敗しました。</translation>
    </message>
    <message>
        <source>Send directly to the recipient's final address instead of a forwarding address.</source>
        <translation>転送用のアドレスではなく、相手の最終的なアドレスに直接送ってください。</translation>
    </message>
    <message>
        <source>REQUIRETLS is not supported on the way</source>
        <translation>途中のサーバーが REQUIRETLS に対応していません</translation>
    </message>
    <message>
        <source>The message asked to travel only over encrypted connections (REQUIRETLS, RFC 8689), and a server on the way does not support that.</source>
        <translation>このメールは暗号化された接続だけで運ぶよう求めていました（REQUIRETLS、RFC 8689）が、途中のサーバーがそれに対応していません。</translation>
    </message>
    <message>
        <source>Send the message without the "require encryption" option, or ask the recipient's administrator.</source>
        <translation>「暗号化を必須にする」オプションを付けずに送るか、相手の管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>A network or routing problem</source>
        <translation>ネットワークまたは経路の問題</translation>
    </message>
    <message>
        <source>Something went wrong on the way between mail servers.</source>
        <translation>メールサーバー間の途中で何か問題が起きました。</translation>
    </message>
    <message>
        <source>Mail servers retry by themselves. If it finally fails, send again later and check the recipient's domain.</source>
        <translation>メールサーバーは自動で再送します。最終的に失敗した場合は、時間をおいて再送し、宛先のドメインを確認してください。</translation>
    </message>
    <message>
        <source>The receiving server does not answer</source>
        <translation>受信側のサーバーが応答しません</translation>
    </message>
    <message>
        <source>The sending server could not reach the recipient's server: it did not answer at all.</source>
        <translation>送信側のサーバーは、相手のサーバーに接続できませんでした。まったく応答がありません。</translation>
    </message>
    <message>
        <source>Nothing to change on your side. The server retries by itself; if it finally gives up, check the recipient's domain and tell them in another way.</source>
        <translation>お使いの側で変更することはありません。サーバーが自動で再送します。最終的にあきらめた場合は、宛先のドメインを確認し、ほかの方法で相手に伝えてください。</translation>
    </message>
    <message>
        <source>The connection broke off</source>
        <translation>接続が途中で切れました</translation>
    </message>
    <message>
        <source>A connection was made, but it broke or timed out before the message was handed over.</source>
        <translation>接続はできましたが、メールを渡し終える前に切れたか、時間切れになりました。</translation>
    </message>
    <message>
        <source>Mail servers retry by themselves. If your own mail program shows this, check your internet connection and security software, then send again.</source>
        <translation>メールサーバーは自動で再送します。お使いのメールソフトでこれが表示された場合は、インターネット接続とセキュリティソフトを確認してから再送してください。</translation>
    </message>
    <message>
        <source>A directory lookup failed (DNS)</source>
        <translation>名前の問い合わせ（DNS）に失敗しました</translation>
    </message>
    <message>
        <source>The server could not look up a name it needed, usually the recipient's domain in DNS, the internet's address book.</source>
        <translation>サーバーは必要な名前を調べられませんでした。多くは、インターネットの住所録である DNS で宛先のドメインを調べられなかった場合です。</translation>
    </message>
    <message>
        <source>Send again later. If it keeps failing, check the recipient's domain for typos.</source>
        <translation>しばらくしてから再送してください。失敗が続く場合は、宛先のドメインに入力ミスがないか確認してください。</translation>
    </message>
    <message>
        <source>No route to the recipient's domain</source>
        <translation>宛先のドメインへの経路がありません</translation>
    </message>
    <message>
        <source>The server could not find where to deliver mail for the recipient's domain: it has no mail server records, or they are broken.</source>
        <translation>サーバーは、宛先ドメインのメールをどこに届ければよいかわかりませんでした。メールサーバーの登録（MX レコード）がないか、壊れています。</translation>
    </message>
    <message>
        <source>Check the part after "@" in the recipient's address. If it is right, the recipient's domain administrator must fix its mail (MX) records.</source>
        <translation>宛先アドレスの「@」より後ろを確認してください。正しい場合は、相手のドメインの管理者がメールの設定（MX レコード）を直す必要があります。</translation>
    </message>
    <message>
        <source>The mail system is congested</source>
        <translation>メールシステムが混雑しています</translation>
    </message>
    <message>
        <source>The server is too busy to handle the message now.</source>
        <translation>サーバーが混み合っていて、今はメールを処理できません。</translation>
    </message>
    <message>
        <source>Wait a few minutes and send again.</source>
        <translation>数分待ってから再送してください。</translation>
    </message>
    <message>
        <source>The message went round in a loop</source>
        <translation>メールがサーバーの間で行ったり来たりしました</translation>
    </message>
    <message>
        <source>The message was passed between servers too many times. Usually forwarding settings or mail server records point back at each other.</source>
        <translation>メールがサーバー間で何度も受け渡されすぎました。多くは、転送の設定やメールサーバーの登録がお互いを指し合っています。</translation>
    </message>
    <message>
        <source>Tell the recipient or their mail administrator: their forwarding or domain settings create a loop.</source>
        <translation>相手またはその管理者に、転送やドメインの設定がループしていることを伝えてください。</translation>
    </message>
    <message>
        <source>Delivery took too long</source>
        <translation>配送に時間がかかりすぎました</translation>
    </message>
    <message>
        <source>The sending server kept trying for a long time (often several days) and has now given up, or warns that it is still trying.</source>
        <translation>送信側のサーバーは長い間（多くは数日）再送を続けましたが、あきらめたか、まだ再送中であると知らせています。</translation>
    </message>
    <message>
        <source>Check the recipient's address. If it is right, the recipient's server has been unreachable: tell them in another way, and send again later.</source>
        <translation>宛先のアドレスを確認してください。正しい場合は相手のサーバーに届かない状態が続いています。ほかの方法で相手に伝え、時間をおいて再送してください。</translation>
    </message>
    <message>
        <source>A mail protocol problem</source>
        <translation>メールの通信手順の問題</translation>
    </message>
    <message>
        <source>The mail program and the server did not follow each other in the conversation.</source>
        <translation>メールソフトとサーバーのやり取りがかみ合いませんでした。</translation>
    </message>
    <message>
        <source>Check the outgoing server settings (port, security, authentication). Security software that scans mail can also cause this.</source>
        <translation>送信メールサーバーの設定（ポート、暗号化、認証）を確認してください。メールを検査するセキュリティソフトが原因のこともあります。</translation>
    </message>
    <message>
        <source>A command was not valid at this point</source>
        <translation>この時点では使えないコマンドです</translation>
    </message>
    <message>
        <source>A command came in the wrong order or is not supported here. Most often the server wants sign-in or encryption first.</source>
        <translation>コマンドの順番が違うか、ここでは対応していません。多くの場合、サーバーは先にログインか暗号化を求めています。</translation>
    </message>
    <message>
        <source>In your mail program's outgoing server settings, turn on "My outgoing server (SMTP) requires authentication" and set security to STARTTLS (port 587) or SSL/TLS (port 465).</source>
        <translation>メールソフトの送信メールサーバーの設定で「送信サーバー (SMTP) は認証が必要」をオンにし、暗号化を STARTTLS（ポート 587）または SSL/TLS（ポート 465）にしてください。</translation>
    </message>
    <message>
        <source>A command could not be read</source>
        <translation>コマンドを読み取れませんでした</translation>
    </message>
    <message>
        <source>The server could not understand a command. An old mail program, or security software that rewrites the conversation, often causes this.</source>
        <translation>サーバーがコマンドを理解できませんでした。古いメールソフトや、通信を書き換えるセキュリティソフトが原因のことがよくあります。</translation>
    </message>
    <message>
        <source>Update your mail program and turn off "email scanning" in your security software, or use port 465 with SSL/TLS.</source>
        <translation>メールソフトを更新し、セキュリティソフトの「メール検査」をオフにするか、ポート 465 の SSL/TLS を使ってください。</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>宛先が多すぎます</translation>
    </message>
    <message>
        <source>The message has more recipients than the server accepts at once.</source>
        <translation>このメールの宛先の数が、サーバーが一度に受け付ける数を超えています。</translation>
    </message>
    <message>
        <source>Send to fewer recipients per message (split a long list into several messages).</source>
        <translation>1 通あたりの宛先を減らしてください（長い宛先リストは複数のメールに分けてください）。</translation>
    </message>
    <message>
        <source>Invalid parameters</source>
        <translation>指定内容が正しくありません</translation>
    </message>
    <message>
        <source>A command had options or values the server does not accept, for example a malformed address.</source>
        <translation>コマンドに、サーバーが受け付けないオプションや値がありました。たとえば形式の崩れたアドレスです。</translation>
    </message>
    <message>
        <source>Check the addresses for typos and unusual characters. If it persists, update your mail program.</source>
        <translation>アドレスに入力ミスや特殊な文字がないか確認してください。続く場合は、メールソフトを更新してください。</translation>
    </message>
    <message>
        <source>The protocol versions do not match</source>
        <translation>通信手順のバージョンが合いません</translation>
    </message>
    <message>
        <source>The two systems could not agree on a version of the mail protocol.</source>
        <translation>2 つのシステムが、メールの通信手順のバージョンについて合意できませんでした。</translation>
    </message>
    <message>
        <source>Update your mail program. If it persists, send this report to your mail provider.</source>
        <translation>メールソフトを更新してください。続く場合は、このレポートをメールの提供元に送ってください。</translation>
    </message>
    <message>
        <source>The sign-in data was too long</source>
        <translation>ログインのデータが長すぎます</translation>
    </message>
    <message>
        <source>A line of the sign-in exchange was longer than the server accepts (RFC 4954).</source>
        <translation>ログインのやり取りの 1 行が、サーバーが受け付ける長さを超えていました（RFC 4954）。</translation>
    </message>
    <message>
        <source>A problem with the message content</source>
        <translation>メールの内容に関する問題</translation>
    </message>
    <message>
        <source>Something in the content or format of the message prevented delivery.</source>
        <translation>メールの内容や形式の何かが配送を妨げました。</translation>
    </message>
    <message>
        <source>Send the message without unusual attachments or formatting.</source>
        <translation>特殊な添付ファイルや書式を使わずに送ってください。</translation>
    </message>
    <message>
        <source>A kind of content is not supported</source>
        <translation>この種類の内容には対応していません</translation>
    </message>
    <message>
        <source>The message contains a type of content (for example a kind of attachment) that the receiving side does not accept.</source>
        <translation>このメールには、受信側が受け付けない種類の内容（たとえばある種の添付ファイル）が含まれています。</translation>
    </message>
    <message>
        <source>Remove or change the attachment (for example put it in a shared folder) and send again.</source>
        <translation>添付ファイルを外すか変えて（たとえば共有フォルダーに置いて）、もう一度送ってください。</translation>
    </message>
    <message>
        <source>The message would need converting, which is not allowed</source>
        <translation>メールの変換が必要ですが、許可されていません</translation>
    </message>
    <message>
        <source>The receiving side needs the message in another format, and converting it was not permitted.</source>
        <translation>受信側は別の形式のメールを必要としていますが、変換は許可されていませんでした。</translation>
    </message>
    <message>
        <source>Send the message as plain text, or with standard attachments.</source>
        <translation>テキスト形式で送るか、一般的な形式の添付ファイルで送ってください。</translation>
    </message>
    <message>
        <source>The message would need converting, which is not possible</source>
        <translation>メールの変換が必要ですが、できません</translation>
    </message>
    <message>
        <source>The receiving side needs the message in another format, and it could not be converted.</source>
        <translation>受信側は別の形式のメールを必要としていますが、変換できませんでした。</translation>
    </message>
    <message>
        <source>Delivered, but converted with some loss</source>
        <translation>配送されましたが、変換で一部が失われました</translation>
    </message>
    <message>
        <source>The message was converted on the way, and some parts may look different.</source>
        <translation>メールは途中で変換されたため、一部の見た目が変わっている可能性があります。</translation>
    </message>
    <message>
        <source>Nothing to do, unless the recipient reports missing parts.</source>
        <translation>相手から欠けている部分があると言われない限り、特に必要な操作はありません。</translation>
    </message>
    <message>
        <source>Converting the message failed</source>
        <translation>メールの変換に失敗しました</translation>
    </message>
    <message>
        <source>The message needed converting on the way, and the conversion failed.</source>
        <translation>メールは途中で変換が必要でしたが、変換に失敗しました。</translation>
    </message>
    <message>
        <source>The message content is not available</source>
        <translation>メールの内容を取得できません</translation>
    </message>
    <message>
        <source>The server could not fetch the message content from where it was stored (RFC 4468).</source>
        <translation>サーバーが、保存場所からメールの内容を取得できませんでした（RFC 4468）。</translation>
    </message>
    <message>
        <source>Send the message again from your mail program.</source>
        <translation>メールソフトからもう一度送信してください。</translation>
    </message>
    <message>
        <source>Addresses with Japanese or other non-ASCII characters are not accepted</source>
        <translation>日本語など、半角英数字と記号以外の文字を含むアドレスは使えません</translation>
    </message>
    <message>
        <source>An address contains non-ASCII characters (for example Japanese), and the receiving side does not support them (RFC 6531).</source>
        <translation>アドレスに半角英数字と記号以外の文字（たとえば日本語）が含まれていますが、受信側が対応していません（RFC 6531）。</translation>
    </message>
    <message>
        <source>Use an address with only ASCII letters, digits and symbols. Check for full-width characters typed by mistake.</source>
        <translation>半角の英数字と記号だけでできたアドレスを使ってください。誤って入力した全角文字がないかも確認してください。</translation>
    </message>
    <message>
        <source>A UTF-8 reply is needed but not allowed</source>
        <translation>UTF-8 での応答が必要ですが、使えません</translation>
    </message>
    <message>
        <source>The server needed to answer with non-ASCII text, but the mail program does not support it (RFC 6531).</source>
        <translation>サーバーは半角英数字以外の文字（日本語など）で応答する必要がありましたが、メールソフトが対応していません（RFC 6531）。</translation>
    </message>
    <message>
        <source>Use addresses with only ASCII characters, or update your mail program.</source>
        <translation>半角英数字と記号だけのアドレスを使うか、メールソフトを更新してください。</translation>
    </message>
    <message>
        <source>Addresses or headers with non-ASCII characters cannot be passed on</source>
        <translation>日本語などを含むアドレスやヘッダーを中継できません</translation>
    </message>
    <message>
        <source>The message has non-ASCII addresses or headers that cannot be passed on to one or more recipients (RFC 6531).</source>
        <translation>このメールには、日本語などを含むアドレスやヘッダーがあり、一部の宛先には中継できません（RFC 6531）。</translation>
    </message>
    <message>
        <source>Nothing needs to be sent again.</source>
        <translation>再送の必要はありません。</translation>
    </message>
    <message>
        <source>Waiting does not help: sending again fails the same way until the cause is fixed.</source>
        <translation>待っても解決しません。原因を直すまでは、再送しても同じように失敗します。</translation>
    </message>
    <message>
        <source>Waiting usually helps: try again in a few minutes.</source>
        <translation>多くの場合は待てば解決します。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Waiting helps: try again in a few hours; sending limits usually reset within a day.</source>
        <translation>待てば解決します。数時間後にお試しください。送信数の上限はたいてい 1 日以内に元に戻ります。</translation>
    </message>
    <message>
        <source>No need to send again yet: the mail server keeps trying by itself and reports if it finally gives up.</source>
        <translation>まだ再送しないでください。メールサーバーが自動で再送を続け、最終的にあきらめた場合はお知らせが届きます。</translation>
    </message>
    <message>
        <source>Only a warning: delivery is delayed and still being tried</source>
        <translation>警告のみ：配送が遅れていて、再送が続いています</translation>
    </message>
    <message>
        <source>Your mail server could not hand the message to the recipient's server yet, usually because that server is busy or unreachable for a while. The message is not lost: your server keeps trying for a few days.</source>
        <translation>お使いのメールサーバーは、まだ相手のサーバーにメールを渡せていません。多くは相手のサーバーが混み合っているか、一時的につながらないためです。メールは失われておらず、サーバーが数日間再送を続けます。</translation>
    </message>
    <message>
        <source>Do not send it again yet. If a final failure report arrives, check the recipient's address and tell them in another way.</source>
        <translation>まだ再送しないでください。最終的な失敗の通知が届いたら、宛先のアドレスを確認し、ほかの方法で相手に伝えてください。</translation>
    </message>
    <message>
        <source>The server gave up after retrying for a long time</source>
        <translation>サーバーは長い間再送したのち、あきらめました</translation>
    </message>
    <message>
        <source>The sending server could not deliver the message for days and has stopped trying.</source>
        <translation>送信側のサーバーは数日間メールを届けられず、再送をやめました。</translation>
    </message>
    <message>
        <source>The server will not pass your mail on (relay denied)</source>
        <translation>サーバーがメールの中継を断りました（リレー拒否）</translation>
    </message>
    <message>
        <source>The server only delivers mail to outside addresses for users who have signed in. Your mail program probably does not sign in, or uses a server that is not your provider's.</source>
        <translation>このサーバーは、外部のアドレスへのメールを、ログインした利用者からしか受け付けません。メールソフトがログインしていないか、提供元のものではないサーバーを使っている可能性があります。</translation>
    </message>
    <message>
        <source>Turn on "My outgoing server (SMTP) requires authentication" (SMTP authentication) with your user name and password, and use your provider's sending port (587 or 465).</source>
        <translation>「送信サーバー (SMTP) は認証が必要」（SMTP 認証）をオンにしてユーザー名とパスワードを設定し、提供元の送信用ポート（587 または 465）を使ってください。</translation>
    </message>
    <message>
        <source>The server wants you to sign in before sending</source>
        <translation>サーバーは送信の前にログインを求めています</translation>
    </message>
    <message>
        <source>The server only accepts mail from users who have signed in (SMTP authentication), and your mail program sent without signing in.</source>
        <translation>このサーバーはログインした利用者（SMTP 認証）からしかメールを受け付けませんが、メールソフトはログインせずに送ろうとしました。</translation>
    </message>
    <message>
        <source>The sender address was refused</source>
        <translation>送信者アドレスが拒否されました</translation>
    </message>
    <message>
        <source>The server does not accept mail from this sender address: it may not belong to your account, its domain may not exist, or it is blocked.</source>
        <translation>サーバーはこの送信者アドレスからのメールを受け付けません。お使いのアカウントのアドレスでない、ドメインが存在しない、または遮断されている可能性があります。</translation>
    </message>
    <message>
        <source>In your mail program, make the sender (From) address the one of this account, or ask your provider whether you may send as another address.</source>
        <translation>メールソフトで、送信者（差出人）アドレスをこのアカウントのアドレスにするか、別のアドレスから送ってよいか提供元に確認してください。</translation>
    </message>
    <message>
        <source>A temporary refusal</source>
        <translation>一時的な拒否</translation>
    </message>
    <message>
        <source>The server refused for now and asks to try again later. The cause is on the server's side: load, maintenance or a temporary limit.</source>
        <translation>サーバーが今は受け付けられないとして、後で再試行するよう求めています。原因はサーバー側（混雑、メンテナンス、一時的な上限）にあります。</translation>
    </message>
    <message>
        <source>Wait a few minutes and send again; mail servers retry by themselves. If it lasts for hours, contact the provider of the server that refused.</source>
        <translation>数分待ってから再送してください。メールサーバーは自動で再送します。何時間も続く場合は、拒否したサーバーの提供元に問い合わせてください。</translation>
    </message>
    <message>
        <source>A line of the message is too long</source>
        <translation>メールの 1 行が長すぎます</translation>
    </message>
    <message>
        <source>Mail lines may be at most 1000 characters. The message contains a longer line, which some servers (for example docomo) refuse. Programs that build mail by themselves cause this more often than normal mail programs.</source>
        <translation>メールの 1 行は最大 1000 文字までです。このメールにはそれより長い行があり、一部のサーバー（たとえばドコモ）は受け付けません。普通のメールソフトよりも、独自にメールを作るプログラムでよく起きます。</translation>
    </message>
    <message>
        <source>Send the message from a normal mail program, or break very long lines. If a system or web form sends it, tell its maintainer to encode the body (quoted-printable or base64).</source>
        <translation>普通のメールソフトから送るか、長すぎる行を改行してください。システムやウェブのフォームから送っている場合は、本文をエンコード（quoted-printable や base64）するよう保守担当者に伝えてください。</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>接続を拒否されました</translation>
    </message>
    <message>
        <source>The connection timed out</source>
        <translation>接続がタイムアウトしました</translation>
    </message>
    <message>
        <source>No answer came in time. In your mail program this usually means a firewall, your internet provider (blocking port 25) or security software blocks the port, or the server name is wrong. In a bounce, the recipient's server was unreachable for a while.</source>
        <translation>時間内に応答がありませんでした。メールソフトで表示された場合は、多くはファイアウォール、インターネットのプロバイダー（ポート 25 の遮断）、セキュリティソフトがポートを遮断しているか、サーバー名が間違っています。エラーメールの中にある場合は、相手のサーバーにしばらくつながらなかったということです。</translation>
    </message>
    <message>
        <source>Try port 587 (STARTTLS) or 465 (SSL/TLS) instead of 25, and check the server name. In a bounce, nothing to change: the server retries.</source>
        <translation>ポート 25 ではなく 587（STARTTLS）か 465（SSL/TLS）を試し、サーバー名を確認してください。エラーメールの中にある場合は変更不要で、サーバーが再送します。</translation>
    </message>
    <message>
        <source>The connection was cut off</source>
        <translation>接続が途中で切れました</translation>
    </message>
    <message>
        <source>The connection was closed in the middle of the conversation. Security software that scans mail, an unstable network or a wrong security setting for the port often cause this.</source>
        <translation>やり取りの途中で接続が切れました。メールを検査するセキュリティソフト、不安定なネットワーク、ポートに合わない暗号化の設定がよくある原因です。</translation>
    </message>
    <message>
        <source>Check that security matches the port (465 = SSL/TLS, 587 = STARTTLS). Turn off "email scanning" in your security software for a test, then send again.</source>
        <translation>暗号化の設定がポートと合っているか確認してください（465 は SSL/TLS、587 は STARTTLS）。試しにセキュリティソフトの「メール検査」をオフにしてから再送してください。</translation>
    </message>
    <message>
        <source>The encrypted connection failed</source>
        <translation>暗号化された接続に失敗しました</translation>
    </message>
    <message>
        <source>The secure (SSL/TLS) connection could not be set up: the security setting does not match the port, the server's certificate is not trusted or expired, or security software interferes.</source>
        <translation>安全な（SSL/TLS）接続を確立できませんでした。暗号化の設定がポートと合っていない、サーバーの証明書が信頼されていないか期限切れ、またはセキュリティソフトが妨げています。</translation>
    </message>
    <message>
        <source>Use port 465 with SSL/TLS or 587 with STARTTLS (not mixed). Check the computer's date and time. Run "smtpdoctor check" to see which part of the connection fails.</source>
        <translation>ポート 465 なら SSL/TLS、587 なら STARTTLS を使ってください（組み合わせを混ぜないでください）。パソコンの日付と時刻を確認し、「smtpdoctor check」でどの段階で失敗するか調べてください。</translation>
    </message>
    <message>
        <source>This is a delivery failure report (bounce)</source>
        <translation>これは配送失敗のお知らせ（エラーメール）です</translation>
    </message>
    <message>
        <source>A mail server sent your message back because it could not be delivered. The reason is in the server's reply quoted in the report, explained above.</source>
        <translation>メールを届けられなかったため、メールサーバーが送ったメールを送り返してきました。理由はお知らせの中に引用されたサーバーの応答にあり、上で説明しています。</translation>
    </message>
    <message>
        <source>Look at the first explanation in this list: it is the reason. There is no need to reply to the report itself: it was sent automatically, and a reply reaches nobody.</source>
        <translation>この一覧の最初の説明が、届かなかった理由です。このお知らせは自動で送られたもので、返信しても誰にも届かないため、返信する必要はありません。</translation>
    </message>
    <message>
        <source>The mail program cannot connect to the outgoing server</source>
        <translation>メールソフトが送信メールサーバーに接続できません</translation>
    </message>
    <message>
        <source>The mail program could not open a connection to the outgoing (SMTP) server at all: the server name or port is wrong, port 25 is blocked by the internet provider, or a firewall or security program blocks the connection.</source>
        <translation>メールソフトが送信メールサーバー（SMTP）にまったく接続できませんでした。サーバー名かポート番号が間違っている、インターネットのプロバイダーがポート 25 を遮断している、またはファイアウォールやセキュリティソフトが接続を遮断しています。</translation>
    </message>
    <message>
        <source>Open your mail program's account settings and check the outgoing server name, then set the port to 587 with STARTTLS (or 465 with SSL/TLS). Run "smtpdoctor check" to find which port works.</source>
        <translation>メールソフトのアカウント設定を開き、送信メールサーバー名を確認してから、ポートを 587（STARTTLS）または 465（SSL/TLS）にしてください。どのポートが使えるかは「smtpdoctor check」で調べられます。</translation>
    </message>
    <message>
        <source>The connection was interrupted while sending</source>
        <translation>送信中に接続が中断されました</translation>
    </message>
    <message>
        <source>The connection to the outgoing server broke off in the middle. Common causes: security software that scans outgoing mail, a security setting that does not match the port, a very large attachment on a slow line, or an unstable network.</source>
        <translation>送信メールサーバーとの接続が途中で切れました。よくある原因は、送信メールを検査するセキュリティソフト、ポートに合わない暗号化の設定、遅い回線での大きな添付ファイル、不安定なネットワークです。</translation>
    </message>
    <message>
        <source>The outgoing server did not answer in time</source>
        <translation>送信メールサーバーが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>The mail program waited for the outgoing server and gave up. A blocked port (often 25), a security setting that does not match the port, security software or a slow connection with a large attachment cause this.</source>
        <translation>メールソフトは送信メールサーバーの応答を待ちましたが、あきらめました。遮断されたポート（多くは 25）、ポートに合わない暗号化の設定、セキュリティソフト、大きな添付ファイルと遅い回線などが原因です。</translation>
    </message>
    <message>
        <source>Set the port to 587 with STARTTLS (or 465 with SSL/TLS), and raise the server timeout in the mail program's advanced settings if you send large attachments.</source>
        <translation>ポートを 587（STARTTLS）または 465（SSL/TLS）にし、大きな添付ファイルを送る場合はメールソフトの詳細設定でサーバーのタイムアウトを長くしてください。</translation>
    </message>
    <message>
        <source>The outgoing server refused the sender (Outlook 0x800CCC78)</source>
        <translation>送信メールサーバーが送信者を拒否しました（Outlook 0x800CCC78）</translation>
    </message>
    <message>
        <source>The server did not accept the sender: usually because the mail program does not sign in to the outgoing server, or the sender address does not belong to the account.</source>
        <translation>サーバーが送信者を受け付けませんでした。多くは、メールソフトが送信メールサーバーにログインしていないか、送信者アドレスがそのアカウントのものではないためです。</translation>
    </message>
    <message>
        <source>In Outlook's account settings, open More Settings, Outgoing Server, and tick "My outgoing server (SMTP) requires authentication". Check that your email address in the account is correct.</source>
        <translation>Outlook のアカウント設定で「詳細設定」→「送信サーバー」を開き、「送信サーバー (SMTP) は認証が必要」にチェックを入れてください。アカウントのメールアドレスが正しいかも確認してください。</translation>
    </message>
    <message>
        <source>The outgoing server refused a recipient (Outlook 0x800CCC79)</source>
        <translation>送信メールサーバーが宛先を拒否しました（Outlook 0x800CCC79）</translation>
    </message>
    <message>
        <source>The server refused one of the recipients. Most often it will not pass mail on to outside addresses because the mail program did not sign in (relay denied); sometimes the address is wrong.</source>
        <translation>サーバーが宛先の 1 つを拒否しました。多くは、メールソフトがログインしていないため外部のアドレスへの中継を断られています（リレー拒否）。アドレスの間違いのこともあります。</translation>
    </message>
    <message>
        <source>Tick "My outgoing server (SMTP) requires authentication" in the account's outgoing server settings, and check the rejected address for typos.</source>
        <translation>アカウントの送信サーバーの設定で「送信サーバー (SMTP) は認証が必要」にチェックを入れ、拒否されたアドレスに入力ミスがないか確認してください。</translation>
    </message>
    <message>
        <source>The outgoing server reported an error (Outlook)</source>
        <translation>送信メールサーバーがエラーを報告しました（Outlook）</translation>
    </message>
    <message>
        <source>Outlook shows this for any error reply of the outgoing server; the server's own words ("The server responded: ...") tell the real reason. Often it is a sending limit, a temporary problem or missing sign-in.</source>
        <translation>Outlook は、送信メールサーバーがエラーを返すとこのメッセージを表示します。本当の理由は、サーバー自身の言葉（「サーバーの応答: ...」）に書かれています。多くは送信数の上限、一時的な問題、ログインの未設定です。</translation>
    </message>
    <message>
        <source>Read the reply quoted after "The server responded" and its explanation here. If none is quoted, wait a few minutes and try again, then check that sign-in is turned on for the outgoing server.</source>
        <translation>「サーバーの応答」の後に引用された内容と、ここでのその説明を読んでください。引用がない場合は、数分待ってから再試行し、送信メールサーバーのログインがオンになっているか確認してください。</translation>
    </message>
    <message>
        <source>The security setting does not match the outgoing server's port</source>
        <translation>暗号化の設定が送信メールサーバーのポートと合っていません</translation>
    </message>
    <message>
        <source>The mail program asked for an encrypted connection the server does not offer on this port, usually SSL/TLS on port 587 or 25, where STARTTLS is used.</source>
        <translation>メールソフトが、このポートでサーバーが提供していない暗号化接続を求めました。多くは、STARTTLS を使うポート 587 や 25 で SSL/TLS を選んでいる場合です。</translation>
    </message>
    <message>
        <source>Set the outgoing server to port 465 with SSL/TLS, or port 587 with STARTTLS (in Outlook: "STARTTLS" for 587, "TLS" in older versions, and "SSL/TLS" for 465).</source>
        <translation>送信メールサーバーをポート 465 の SSL/TLS、またはポート 587 の STARTTLS にしてください（Outlook では 587 なら「STARTTLS」（古い版では「TLS」）、465 なら「SSL/TLS」を選びます）。</translation>
    </message>
    <message>
        <source>No common sign-in method (Outlook 0x800CCC80)</source>
        <translation>共通のログイン方式がありません（Outlook 0x800CCC80）</translation>
    </message>
    <message>
        <source>The outgoing server offers no sign-in method that the mail program uses. Often sign-in is only offered after encryption, so the security setting is missing.</source>
        <translation>送信メールサーバーに、メールソフトが使えるログイン方式がありません。暗号化の後でしかログインを提供しないサーバーが多いので、暗号化の設定が抜けている可能性があります。</translation>
    </message>
    <message>
        <source>Turn on encryption for the outgoing server (587 with STARTTLS or 465 with SSL/TLS), and turn off "Secure Password Authentication (SPA)" unless your provider asks for it.</source>
        <translation>送信メールサーバーの暗号化をオンにし（587 は STARTTLS、465 は SSL/TLS）、提供元の指示がない限り「セキュリティで保護されたパスワード認証 (SPA)」はオフにしてください。</translation>
    </message>
    <message>
        <source>The outgoing server's name could not be found</source>
        <translation>送信メールサーバーの名前が見つかりませんでした</translation>
    </message>
    <message>
        <source>The mail program could not find the outgoing server's name in DNS: usually a typo in the server name, or no working internet connection.</source>
        <translation>メールソフトが DNS で送信メールサーバーの名前を見つけられませんでした。多くはサーバー名の入力ミスか、インターネットにつながっていないためです。</translation>
    </message>
    <message>
        <source>Compare the outgoing server name letter by letter with your provider's setup page (for example smtp.example.com), and check that web pages open.</source>
        <translation>送信メールサーバー名を、提供元の設定案内（例：smtp.example.com）と 1 文字ずつ見比べ、ウェブページが開けるかも確認してください。</translation>
    </message>
    <message>
        <source>No network connection</source>
        <translation>ネットワークに接続されていません</translation>
    </message>
    <message>
        <source>The computer has no working network connection, or the mail program is set to work offline.</source>
        <translation>パソコンに使えるネットワーク接続がないか、メールソフトがオフラインで作業する設定になっています。</translation>
    </message>
    <message>
        <source>Check Wi-Fi or the network cable and that web pages open; make sure the mail program is not in offline mode, then send again.</source>
        <translation>Wi-Fi や LAN ケーブル、ウェブページが開けるかを確認し、メールソフトがオフラインモードになっていないか確かめてから再送してください。</translation>
    </message>
    <message>
        <source>Outlook could not send the message</source>
        <translation>Outlook でメールを送信できませんでした</translation>
    </message>
    <message>
        <source>Outlook reports that sending failed. The number (0x800...) and the server's words in the same message tell why; they are explained here when recognised.</source>
        <translation>Outlook が送信に失敗したと報告しています。理由は、同じメッセージ内の番号（0x800...）とサーバーからの応答を見るとわかります。認識できたものはここで説明しています。</translation>
    </message>
    <message>
        <source>Look at the other explanations in this list. If there are none, run "smtpdoctor check" with your account settings.</source>
        <translation>この一覧のほかの説明を見てください。何もない場合は、アカウントの設定で「smtpdoctor check」を実行してください。</translation>
    </message>
    <message>
        <source>The mail program could not send the message</source>
        <translation>メールソフトでメールを送信できませんでした</translation>
    </message>
    <message>
        <source>This is the mail program's general message that sending failed. The server's reply quoted with it ("The mail server responded: ...") tells why and is explained here when recognised.</source>
        <translation>これは送信に失敗したことを示すメールソフトの一般的なメッセージです。理由は一緒に引用されたサーバーの応答（「メールサーバーの応答: ...」）にあり、認識できたものはここで説明しています。</translation>
    </message>
    <message>
        <source>Signing in to the outgoing server failed</source>
        <translation>送信メールサーバーへのログインに失敗しました</translation>
    </message>
    <message>
        <source>The outgoing server did not accept the user name or password saved in the mail program, or the account needs an app password or browser sign-in.</source>
        <translation>送信メールサーバーが、メールソフトに保存されたユーザー名かパスワードを受け付けませんでした。または、アカウントにアプリ パスワードやブラウザーでのログインが必要です。</translation>
    </message>
    <message>
        <source>Enter the password again (the mail program usually offers this). Use your full email address as the user name; with 2-step verification, use an app password.</source>
        <translation>パスワードを入力し直してください（多くのメールソフトは入力を求めてきます）。ユーザー名にはメールアドレス全体を使い、2 段階認証を使っている場合はアプリ パスワードを使ってください。</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS on this port</source>
        <translation>このポートではサーバーが STARTTLS を提供していません</translation>
    </message>
    <message>
        <source>The mail program is set to STARTTLS, but the server does not offer it on this port. Either the port is wrong, or something in between hides the offer.</source>
        <translation>メールソフトは STARTTLS を使う設定ですが、サーバーはこのポートで提供していません。ポートが間違っているか、途中の何かが提供の案内を隠しています。</translation>
    </message>
    <message>
        <source>Set the outgoing server to port 587 with STARTTLS or 465 with SSL/TLS. If that still fails on your network, a firewall may be changing the connection: try another network.</source>
        <translation>送信メールサーバーをポート 587 の STARTTLS か、465 の SSL/TLS にしてください。それでもお使いのネットワークで失敗する場合は、ファイアウォールが接続を書き換えている可能性があります。別のネットワークでお試しください。</translation>
    </message>
    <message>
        <source>The sign-in method does not match the server</source>
        <translation>ログイン方式がサーバーと合っていません</translation>
    </message>
    <message>
        <source>The mail program is set to "Encrypted password", which the server does not support.</source>
        <translation>メールソフトが「暗号化されたパスワード認証」を使う設定ですが、サーバーは対応していません。</translation>
    </message>
    <message>
        <source>Set the authentication method to "Normal password" and security to SSL/TLS or STARTTLS, so the password still travels encrypted.</source>
        <translation>認証方式を「通常のパスワード認証」にし、暗号化を SSL/TLS か STARTTLS にしてください。これでパスワードは暗号化されて送られます。</translation>
    </message>
    <message>
        <source>The mail program quotes the server's answer</source>
        <translation>メールソフトがサーバーの応答を引用しています</translation>
    </message>
    <message>
        <source>The words after "The server responded" come from the outgoing server and name the actual reason; they are explained separately here when recognised.</source>
        <translation>「サーバーの応答」の後の言葉は送信メールサーバーからのもので、本当の理由が書かれています。認識できたものはここで別に説明しています。</translation>
    </message>
    <message>
        <source>Look at the other explanations in this list, especially the reply code (a three-digit number such as 535 or 550).</source>
        <translation>この一覧のほかの説明、特に応答コード（535 や 550 のような 3 桁の番号）の説明を見てください。</translation>
    </message>
    <message>
        <source>Apple Mail could not send the message</source>
        <translation>Apple のメールでメールを送信できませんでした</translation>
    </message>
    <message>
        <source>Apple Mail could not send through the chosen outgoing server: the server refused a connection or the sign-in, or the sender address.</source>
        <translation>Apple のメールは、選ばれた「送信用メールサーバ」から送信できませんでした。サーバーが接続、ログイン、または送信者アドレスを拒否しました。</translation>
    </message>
    <message>
        <source>In Mail's settings, open Accounts, Server Settings, and check the outgoing server, its user name and password. Turn off "Automatically manage connection settings" to set port 587 with TLS by hand if needed.</source>
        <translation>「メール」の「設定」で「アカウント」→「サーバ設定」を開き、「送信用メールサーバ」とその「ユーザ名」、「パスワード」を確認してください。必要なら「接続設定を自動的に管理」のチェックを外して、ポート 587 と「TLS/SSLを使用」を手動で設定してください。</translation>
    </message>
    <message>
        <source>Windows Mail could not send the message</source>
        <translation>Windows のメールアプリでメールを送信できませんでした</translation>
    </message>
    <message>
        <source>Windows Mail failed to connect or sign in to the outgoing server. Usually the advanced mailbox settings (server, port, SSL, sign-in) do not match the provider's.</source>
        <translation>Windows のメールアプリが送信メールサーバーへの接続かログインに失敗しました。多くは、「メールボックスの詳細設定」（サーバー、ポート、SSL、認証）がメールの提供元の案内と合っていません。</translation>
    </message>
    <message>
        <source>In Windows Mail, open Manage accounts, the account, Change mailbox sync settings, Advanced mailbox settings: check the outgoing server, tick "Outgoing server requires authentication" and "Require SSL for outgoing email".</source>
        <translation>メールアプリで「アカウントの管理」→ アカウント →「メールボックスの同期設定を変更」→「メールボックスの詳細設定」を開き、送信メールサーバーを確認して「送信サーバーには認証が必要」と「送信メールには SSL が必要」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>The receiving side refused your mail</source>
        <translation>受信側がこのメールを拒否しました</translation>
    </message>
    <message>
        <source>The recipient's server or the recipient's own settings refuse mail from you: a spam filter, or a rule that blocks your address or domain.</source>
        <translation>相手のサーバーか相手自身の設定が、こちらからのメールを拒否しています。迷惑メールフィルターや、送信者のアドレスやドメインを遮断する設定です。</translation>
    </message>
    <message>
        <source>Ask the recipient in another way to allow your address or domain in their mail settings, then send again.</source>
        <translation>ほかの方法で相手に連絡し、メールの設定でこちらのアドレスかドメインを許可してもらってから、もう一度送ってください。</translation>
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
        <source>Gmail did not accept the user name or password</source>
        <translation>Gmail がユーザー名またはパスワードを受け付けませんでした</translation>
    </message>
    <message>
        <source>Google refused the sign-in. Google no longer lets mail programs sign in with the normal Google password: it needs an app password (with 2-Step Verification turned on) or a mail program that signs in through the browser.</source>
        <translation>Google がログインを断りました。Google は、メールソフトから通常の Google パスワードでログインすることを認めていません。アプリ パスワード（2 段階認証プロセスをオンにしたうえで作成）か、ブラウザーでログインするメールソフトが必要です。</translation>
    </message>
    <message>
        <source>In your Google Account, turn on 2-Step Verification, create an app password (Security, then App passwords), and enter that 16-letter password in your mail program instead of your normal one. Or use a mail program with "Sign in with Google".</source>
        <translation>Google アカウントで 2 段階認証プロセスをオンにし、アプリ パスワードを作成して（「セキュリティ」→「アプリ パスワード」）、その 16 文字のパスワードを通常のパスワードの代わりにメールソフトに入力してください。または「Google でログイン」に対応したメールソフトを使ってください。</translation>
    </message>
    <message>
        <source>Gmail needs an app password</source>
        <translation>Gmail ではアプリ パスワードが必要です</translation>
    </message>
    <message>
        <source>Your Google account uses 2-Step Verification, so mail programs must sign in with an app password, not your normal password.</source>
        <translation>お使いの Google アカウントは 2 段階認証プロセスを使っているため、メールソフトは通常のパスワードではなくアプリ パスワードでログインする必要があります。</translation>
    </message>
    <message>
        <source>In your Google Account, open Security, then App passwords, create one for mail, and enter it in your mail program as the password.</source>
        <translation>Google アカウントの「セキュリティ」→「アプリ パスワード」でメール用のパスワードを作成し、メールソフトのパスワード欄に入力してください。</translation>
    </message>
    <message>
        <source>Google wants you to confirm the sign-in in the browser</source>
        <translation>Google がブラウザーでのログインの確認を求めています</translation>
    </message>
    <message>
        <source>Google blocked the sign-in because it looked unusual (a new device or place), or the account needs a security step first.</source>
        <translation>いつもと違うログイン（新しい機器や場所）に見えたため、またはアカウントで先にセキュリティの手続きが必要なため、Google がログインを止めました。</translation>
    </message>
    <message>
        <source>Sign in to Gmail in a web browser on the same computer and confirm any security alert ("Yes, it was me"). Then use an app password in your mail program.</source>
        <translation>同じパソコンのブラウザーで Gmail にログインし、セキュリティ通知があれば「はい、私です」と確認してください。その後、メールソフトではアプリ パスワードを使ってください。</translation>
    </message>
    <message>
        <source>Gmail's daily sending limit is reached</source>
        <translation>Gmail の 1 日の送信上限に達しました</translation>
    </message>
    <message>
        <source>Your Google account sent more messages or recipients in 24 hours than Google allows, so sending is paused. Nothing is wrong with your settings.</source>
        <translation>お使いの Google アカウントが 24 時間に送ったメールまたは宛先の数が上限を超えたため、送信が止められています。設定に問題はありません。</translation>
    </message>
    <message>
        <source>Wait up to 24 hours; the limit resets by itself. For mass mailings use a mailing service instead of your personal account.</source>
        <translation>最長 24 時間待ってください。上限は自動で元に戻ります。大量に送る場合は、個人のアカウントではなくメール配信サービスを使ってください。</translation>
    </message>
    <message>
        <source>Gmail temporarily blocks mail from this sender</source>
        <translation>Gmail がこの送信者からのメールを一時的に止めています</translation>
    </message>
    <message>
        <source>Gmail saw an unusual amount of unwanted mail from the sending address or server and delays its mail for a while.</source>
        <translation>Gmail が、送信元のアドレスやサーバーから不要なメールが異常に多く届いていると判断し、しばらくの間メールを遅らせています。</translation>
    </message>
    <message>
        <source>Send fewer messages and wait a few hours. If you did not send many, your account or network may be misused: change your password and tell your mail provider.</source>
        <translation>送る通数を減らし、数時間待ってください。たくさん送った覚えがない場合は、アカウントやネットワークが悪用されているかもしれません。パスワードを変更し、メールの提供元に伝えてください。</translation>
    </message>
    <message>
        <source>Gmail refused the message as probable spam</source>
        <translation>Gmail が迷惑メールの疑いでメールを拒否しました</translation>
    </message>
    <message>
        <source>Gmail's filter judged this message to be unwanted mail, because of its content, its links or the sender's reputation.</source>
        <translation>Gmail のフィルターが、内容、リンク、送信者の評判から、このメールを不要なメールと判断しました。</translation>
    </message>
    <message>
        <source>Send a plain, personal message without many links or attachments. Make sure your domain has SPF and DKIM; if it keeps happening, contact your mail provider.</source>
        <translation>リンクや添付ファイルの少ない、シンプルで個人的な文面で送ってください。ドメインに SPF と DKIM が設定されているか確認し、続く場合はメールの提供元に問い合わせてください。</translation>
    </message>
    <message>
        <source>Gmail refused unauthenticated mail (SPF/DKIM)</source>
        <translation>Gmail が認証されていないメールを拒否しました（SPF/DKIM）</translation>
    </message>
    <message>
        <source>Gmail accepts mail only if the sender's domain proves it sent it, with SPF or DKIM. For this message neither check passed, so the problem is in how your domain or mail service is set up, not in Gmail.</source>
        <translation>Gmail は、送信者のドメインが SPF か DKIM で「自分が送った」と証明できるメールしか受け付けません。このメールはどちらの確認にも通らなかったため、問題は Gmail ではなく、お使いのドメインやメールサービスの設定にあります。</translation>
    </message>
    <message>
        <source>Send through your own provider's outgoing server with sign-in. Ask whoever runs your domain to publish an SPF record and turn on DKIM signing (and a DMARC record).</source>
        <translation>ご自分の提供元の送信メールサーバーにログインして送ってください。ドメインの管理者に、SPF レコードの公開と DKIM 署名（と DMARC レコード）の設定を依頼してください。</translation>
    </message>
    <message>
        <source>Gmail refused the message because of the sender domain's DMARC policy</source>
        <translation>送信者ドメインの DMARC ポリシーにより Gmail がメールを拒否しました</translation>
    </message>
    <message>
        <source>The domain in your From address publishes a DMARC rule telling receivers to refuse mail that fails SPF and DKIM, and this message failed them. This often happens when you send as a company or free-mail address through another server.</source>
        <translation>差出人アドレスのドメインは、SPF と DKIM に失敗したメールを拒否するよう DMARC で受信側に求めており、このメールはそれに失敗しました。会社やフリーメールのアドレスを別のサーバーから送るとよく起きます。</translation>
    </message>
    <message>
        <source>Send with the From address that belongs to the server you use (for example your Gmail address through Gmail). If it is your domain, ask its administrator to set up SPF and DKIM for the server you send through.</source>
        <translation>使っているサーバーに対応した差出人アドレスで送ってください（たとえば Gmail のアドレスは Gmail から）。ご自分のドメインであれば、送信に使うサーバーについて SPF と DKIM を設定するよう管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Gmail refused mail from a server without a reverse DNS name</source>
        <translation>Gmail が逆引き DNS 名のないサーバーからのメールを拒否しました</translation>
    </message>
    <message>
        <source>The internet address that sent the message has no matching name in DNS (PTR record). Home connections and badly set up servers look like spam sources to Gmail.</source>
        <translation>メールを送ったインターネット上のアドレスに、対応する名前が DNS に登録されていません（PTR レコード）。家庭向け回線や設定の不十分なサーバーは、Gmail からは迷惑メールの送信元に見えます。</translation>
    </message>
    <message>
        <source>The Gmail address does not exist</source>
        <translation>その Gmail アドレスは存在しません</translation>
    </message>
    <message>
        <source>Google has no account with this address. It is mistyped, or the account was deleted. Your own settings are fine.</source>
        <translation>Google にはこのアドレスのアカウントがありません。入力ミスか、アカウントが削除されています。お使いの設定に問題はありません。</translation>
    </message>
    <message>
        <source>Check the recipient's address for typos and extra spaces, or ask them for their correct address.</source>
        <translation>宛先のアドレスに入力ミスや余分な空白がないか確認するか、相手に正しいアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The recipient's Google storage is full</source>
        <translation>相手の Google ストレージがいっぱいです</translation>
    </message>
    <message>
        <source>The recipient has used up their Google storage, so new mail does not fit. Your settings are fine.</source>
        <translation>相手が Google の保存容量を使い切っているため、新しいメールが入りません。お使いの設定に問題はありません。</translation>
    </message>
    <message>
        <source>The message is larger than Gmail allows</source>
        <translation>メールが Gmail の上限より大きすぎます</translation>
    </message>
    <message>
        <source>Gmail accepts messages up to about 25 MB including attachments, which grow by about a third when sent.</source>
        <translation>Gmail が受け付けるメールは添付ファイルを含めて約 25 MB までです。添付ファイルは送信時に約 3 割大きくなります。</translation>
    </message>
    <message>
        <source>Send smaller attachments, or share large files through a link (for example Google Drive).</source>
        <translation>添付ファイルを小さくするか、大きなファイルはリンク（たとえば Google ドライブ）で共有してください。</translation>
    </message>
    <message>
        <source>The Gmail recipient receives too much mail right now</source>
        <translation>相手の Gmail に今メールが集中しています</translation>
    </message>
    <message>
        <source>The recipient's account gets mail faster than Google allows, so new messages are delayed. This is on the receiving side.</source>
        <translation>相手のアカウントに Google の上限を超える速さでメールが届いているため、新しいメールは遅れて届きます。原因は受信側にあります。</translation>
    </message>
    <message>
        <source>Nothing to change on your side. Your mail server retries by itself; otherwise send again in a few hours.</source>
        <translation>お使いの側で変更することはありません。メールサーバーが自動で再送します。そうでなければ数時間後に再送してください。</translation>
    </message>
    <message>
        <source>Too many sign-in attempts</source>
        <translation>ログインの試行が多すぎます</translation>
    </message>
    <message>
        <source>The server saw too many sign-ins in a short time, often from a device that keeps retrying with an old password, and pauses sign-ins for a while.</source>
        <translation>短い間にログインが多すぎたため、サーバーがしばらくログインを止めています。古いパスワードで何度も再試行している機器が原因のことがよくあります。</translation>
    </message>
    <message>
        <source>Update the password on every device and program that uses this account (phones too), then wait about an hour before trying again.</source>
        <translation>このアカウントを使うすべての機器とソフト（スマートフォンも）のパスワードを新しくしてから、1 時間ほど待って再試行してください。</translation>
    </message>
    <message>
        <source>Settings for sending through Gmail</source>
        <translation>Gmail で送信するための設定</translation>
    </message>
    <message>
        <source>Gmail's outgoing server is smtp.gmail.com, with port 465 and SSL/TLS or port 587 and STARTTLS. Google accepts only an app password or browser sign-in from mail programs.</source>
        <translation>Gmail の送信メールサーバーは smtp.gmail.com で、ポート 465 と SSL/TLS、またはポート 587 と STARTTLS を使います。メールソフトからは、アプリ パスワードかブラウザーでのログインしか受け付けません。</translation>
    </message>
    <message>
        <source>Set the outgoing server to smtp.gmail.com, port 465 with SSL/TLS, user name = your full Gmail address, password = an app password from your Google Account.</source>
        <translation>送信メールサーバーを smtp.gmail.com、ポート 465、SSL/TLS にし、ユーザー名は Gmail アドレス全体、パスワードは Google アカウントで作成したアプリ パスワードにしてください。</translation>
    </message>
    <message>
        <source>Microsoft 365 has SMTP sign-in turned off</source>
        <translation>Microsoft 365 で SMTP のログインが無効になっています</translation>
    </message>
    <message>
        <source>Your organisation's Microsoft 365 has "Authenticated SMTP" (SMTP AUTH) switched off, for the whole tenant or for your mailbox, so mail programs cannot sign in to send. Your password may be right.</source>
        <translation>組織の Microsoft 365 で、テナント全体またはご自分のメールボックスの「認証済み SMTP」（SMTP AUTH）が無効になっているため、メールソフトからログインして送信できません。パスワード自体は正しい可能性があります。</translation>
    </message>
    <message>
        <source>Ask your Microsoft 365 administrator to turn on "Authenticated SMTP" for your mailbox (Microsoft 365 admin center, Active users, Mail, Manage email apps), or use Outlook or another program that signs in with a Microsoft account.</source>
        <translation>Microsoft 365 の管理者に、ご自分のメールボックスで「認証済み SMTP」を有効にするよう依頼してください（Microsoft 365 管理センターの「アクティブなユーザー」→ ユーザーを選ぶ →「メール」タブ →「メールアプリの管理」）。または Outlook など、Microsoft アカウントでログインするメールソフトを使ってください。</translation>
    </message>
    <message>
        <source>Microsoft 365 security defaults block password sign-in</source>
        <translation>Microsoft 365 の「セキュリティの既定値群」がパスワードでのログインを止めています</translation>
    </message>
    <message>
        <source>Your organisation uses Microsoft's "security defaults", which block sign-in with only a password (SMTP AUTH).</source>
        <translation>組織で Microsoft の「セキュリティの既定値群」が有効になっており、パスワードだけのログイン（SMTP 認証）が止められています。</translation>
    </message>
    <message>
        <source>Ask your Microsoft 365 administrator to allow SMTP AUTH for your account, or use a mail program that signs in with your Microsoft account in the browser.</source>
        <translation>Microsoft 365 の管理者に、ご自分のアカウントで SMTP 認証を許可してもらうか、ブラウザーで Microsoft アカウントにログインするメールソフトを使ってください。</translation>
    </message>
    <message>
        <source>A Microsoft 365 policy blocked the sign-in</source>
        <translation>Microsoft 365 のポリシーがログインを止めました</translation>
    </message>
    <message>
        <source>Your organisation's sign-in rules (conditional access, multi-factor authentication) do not allow this kind of sign-in from a mail program.</source>
        <translation>組織のログインの規則（条件付きアクセス、多要素認証）が、メールソフトからのこの種類のログインを許可していません。</translation>
    </message>
    <message>
        <source>Ask your Microsoft 365 administrator whether SMTP AUTH is allowed for your account, or use Outlook with your Microsoft account sign-in.</source>
        <translation>ご自分のアカウントで SMTP 認証が許可されているか Microsoft 365 の管理者に確認するか、Microsoft アカウントでログインする Outlook を使ってください。</translation>
    </message>
    <message>
        <source>Microsoft no longer accepts password sign-in here</source>
        <translation>Microsoft はここでパスワードでのログインを受け付けなくなりました</translation>
    </message>
    <message>
        <source>Password-only sign-in ("basic authentication") is switched off for this account; Microsoft wants a sign-in through its web page (OAuth).</source>
        <translation>このアカウントではパスワードだけのログイン（「基本認証」）が無効になっており、Microsoft はウェブページを通したログイン（OAuth）を求めています。</translation>
    </message>
    <message>
        <source>Use a mail program that supports "OAuth" / "sign in with browser" for this account, or ask your provider about app passwords.</source>
        <translation>このアカウントで OAuth（ブラウザーでのログイン）に対応したメールソフトを使うか、アプリ パスワードが使えるか提供元に確認してください。</translation>
    </message>
    <message>
        <source>Microsoft refused the sign-in</source>
        <translation>Microsoft がログインを断りました</translation>
    </message>
    <message>
        <source>Microsoft 365 or Outlook.com did not accept the sign-in: the password or user name is wrong, the account uses multi-factor sign-in, or SMTP sign-in is not allowed for it.</source>
        <translation>Microsoft 365 または Outlook.com がログインを受け付けませんでした。パスワードかユーザー名が違う、アカウントで多要素認証を使っている、または SMTP でのログインが許可されていません。</translation>
    </message>
    <message>
        <source>Use your full email address as the user name and type the password again. With multi-factor sign-in, create an app password. Outgoing server: smtp.office365.com (work) or smtp-mail.outlook.com (personal), port 587, STARTTLS.</source>
        <translation>ユーザー名にはメールアドレス全体を使い、パスワードを入力し直してください。多要素認証を使っている場合はアプリ パスワードを作成してください。送信メールサーバーは smtp.office365.com（仕事用）または smtp-mail.outlook.com（個人用）、ポート 587、STARTTLS です。</translation>
    </message>
    <message>
        <source>Microsoft 365: the mail program did not sign in</source>
        <translation>Microsoft 365：メールソフトがログインしていません</translation>
    </message>
    <message>
        <source>Microsoft 365 only accepts mail from mail programs that sign in first. Yours tried to send without signing in (or the sign-in failed just before).</source>
        <translation>Microsoft 365 は、先にログインしたメールソフトからしかメールを受け付けません。お使いのメールソフトはログインせずに（または直前のログインに失敗したまま）送ろうとしました。</translation>
    </message>
    <message>
        <source>Turn on "My outgoing server (SMTP) requires authentication" with your full email address and password, server smtp.office365.com, port 587, STARTTLS.</source>
        <translation>「送信サーバー (SMTP) は認証が必要」をオンにし、メールアドレス全体とパスワード、サーバー smtp.office365.com、ポート 587、STARTTLS を設定してください。</translation>
    </message>
    <message>
        <source>You may not send as this address</source>
        <translation>このアドレスとして送信することは許可されていません</translation>
    </message>
    <message>
        <source>The sender (From) address is not the one of the account you signed in with, and the account has no "Send As" permission for it.</source>
        <translation>送信者（差出人）アドレスがログインしたアカウントのものではなく、そのアカウントにはこのアドレスの「送信者として送信」権限もありません。</translation>
    </message>
    <message>
        <source>Make the From address the one you sign in with, or ask your administrator to give your account "Send As" permission for the other address.</source>
        <translation>差出人アドレスをログインしているアカウントのものにするか、別のアドレスの「送信者として送信」権限をアカウントに付与するよう管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Microsoft 365 does not accept mail from this organisation right now</source>
        <translation>Microsoft 365 は今、この組織からのメールを受け付けていません</translation>
    </message>
    <message>
        <source>Microsoft blocks outgoing mail of your Microsoft 365 organisation (common for new or low-reputation tenants, or after spam was sent).</source>
        <translation>Microsoft が、お使いの Microsoft 365 組織からの送信メールを止めています（新しいテナントや評判の低いテナント、迷惑メールが送られた後によく起きます）。</translation>
    </message>
    <message>
        <source>Your Microsoft 365 administrator must contact Microsoft support to lift the block. Nothing in your mail program fixes this.</source>
        <translation>Microsoft 365 の管理者が Microsoft サポートに連絡して、ブロックを解除してもらう必要があります。メールソフトの設定では直せません。</translation>
    </message>
    <message>
        <source>Microsoft 365 blocks sending from a domain not registered in it</source>
        <translation>Microsoft 365 が、登録されていないドメインからの送信を止めています</translation>
    </message>
    <message>
        <source>The sender's domain is not an accepted, verified domain of your Microsoft 365 organisation, and the organisation is blocked from sending for unregistered domains.</source>
        <translation>送信者のドメインが Microsoft 365 組織で承認・確認されたドメインではなく、組織は未登録ドメインからの送信を止められています。</translation>
    </message>
    <message>
        <source>Send with an address of a domain registered in your Microsoft 365, or ask your administrator to add and verify the domain.</source>
        <translation>Microsoft 365 に登録されたドメインのアドレスで送るか、そのドメインを追加して確認するよう管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Microsoft is slowing down mail from this sender</source>
        <translation>Microsoft がこの送信者からのメールの受け付けを遅らせています</translation>
    </message>
    <message>
        <source>Microsoft's servers accept mail from this address or organisation only slowly for now (throttling), often after many messages in a short time.</source>
        <translation>Microsoft のサーバーは、このアドレスや組織からのメールを今はゆっくりとしか受け付けていません（流量制限）。短時間にたくさんのメールを送った後によく起きます。</translation>
    </message>
    <message>
        <source>Wait and send again later; mail servers retry by themselves. Send large mailings in smaller batches.</source>
        <translation>時間をおいて再送してください。メールサーバーは自動で再送します。大量のメールは少しずつ分けて送ってください。</translation>
    </message>
    <message>
        <source>Outlook.com has stopped your account from sending</source>
        <translation>Outlook.com がこのアカウントからの送信を止めています</translation>
    </message>
    <message>
        <source>Outlook.com blocked sending from your account for now, because it reached the daily limit or looked like it was sending spam. This is about your account, not your settings.</source>
        <translation>1 日の上限に達したか、迷惑メールを送っているように見えたため、Outlook.com がこのアカウントからの送信を一時的に止めています。原因は設定ではなくアカウントにあります。</translation>
    </message>
    <message>
        <source>Sign in at outlook.com in a web browser and follow any verification it asks for. Then wait up to 24 hours. If your account was misused, change the password.</source>
        <translation>ブラウザーで outlook.com にログインし、確認の手続きを求められたら従ってください。その後、最長 24 時間待ってください。アカウントが悪用された場合は、パスワードを変更してください。</translation>
    </message>
    <message>
        <source>Microsoft blocks the sending server's address</source>
        <translation>Microsoft が送信サーバーのアドレスを遮断しています</translation>
    </message>
    <message>
        <source>Outlook.com / Microsoft 365 put the internet address the message came from (or its whole network range) on its block list.</source>
        <translation>Outlook.com / Microsoft 365 が、このメールの送信元のインターネット上のアドレス（またはそのネットワーク全体）をブロックリストに載せています。</translation>
    </message>
    <message>
        <source>Send through your provider's outgoing server with sign-in. The operator of the blocked server can ask Microsoft to remove the block (sender.office.com for Microsoft 365, or Outlook.com's sender support).</source>
        <translation>提供元の送信メールサーバーにログインして送ってください。ブロックされたサーバーの運用者は、Microsoft に解除を申請できます（Microsoft 365 は sender.office.com、Outlook.com は送信者向けサポート）。</translation>
    </message>
    <message>
        <source>Outlook.com limits how much mail it takes from this server</source>
        <translation>Outlook.com がこのサーバーからの受け付け量を制限しています</translation>
    </message>
    <message>
        <source>Outlook.com accepts only a certain number of messages per hour and day from one sending server, and this one reached it.</source>
        <translation>Outlook.com は、1 つの送信サーバーから 1 時間・1 日あたりに受け付ける通数を制限しており、このサーバーはその上限に達しました。</translation>
    </message>
    <message>
        <source>Wait a few hours; the server retries by itself. Send large mailings in smaller batches.</source>
        <translation>数時間待ってください。サーバーが自動で再送します。大量のメールは少しずつ分けて送ってください。</translation>
    </message>
    <message>
        <source>The address does not exist in the recipient's Microsoft 365</source>
        <translation>相手の Microsoft 365 にそのアドレスは存在しません</translation>
    </message>
    <message>
        <source>The recipient's organisation uses Microsoft 365, which refused the address because no such mailbox exists there.</source>
        <translation>相手の組織は Microsoft 365 を使っており、そのようなメールボックスがないためアドレスを拒否しました。</translation>
    </message>
    <message>
        <source>Exchange could not find the recipient</source>
        <translation>Exchange が宛先を見つけられませんでした</translation>
    </message>
    <message>
        <source>The recipient's Exchange or Microsoft 365 has no mailbox with this address. Your own settings are fine.</source>
        <translation>相手の Exchange または Microsoft 365 に、このアドレスのメールボックスはありません。お使いの設定に問題はありません。</translation>
    </message>
    <message>
        <source>The group only accepts mail from allowed senders</source>
        <translation>このグループは許可された送信者からしかメールを受け付けません</translation>
    </message>
    <message>
        <source>The address is a group or mailbox of an Exchange / Microsoft 365 organisation that accepts mail only from its own or specially allowed senders.</source>
        <translation>このアドレスは Exchange / Microsoft 365 組織のグループまたはメールボックスで、組織内の人か特別に許可された送信者からのメールしか受け付けません。</translation>
    </message>
    <message>
        <source>Ask the group's owner to allow your address, or write to a person directly.</source>
        <translation>グループの管理者にご自分のアドレスを許可してもらうか、個人に直接送ってください。</translation>
    </message>
    <message>
        <source>The recipient's automatic forwarding is blocked</source>
        <translation>相手の自動転送が止められています</translation>
    </message>
    <message>
        <source>The recipient forwards their mail to an outside address, and their organisation does not allow that. Your message reached their mailbox, but not the forwarding address.</source>
        <translation>相手は自分のメールを外部のアドレスに転送していますが、相手の組織はそれを許可していません。メールは相手のメールボックスには届いていますが、転送先には届いていません。</translation>
    </message>
    <message>
        <source>Nothing to change on your side. Tell the recipient; their administrator controls forwarding.</source>
        <translation>お使いの側で変更することはありません。相手に伝えてください。転送の可否は相手の管理者が管理しています。</translation>
    </message>
    <message>
        <source>Microsoft refused the message because of the sender domain's DMARC policy</source>
        <translation>送信者ドメインの DMARC ポリシーにより Microsoft がメールを拒否しました</translation>
    </message>
    <message>
        <source>The domain in your From address tells receivers to refuse mail that fails SPF and DKIM, and this message failed them.</source>
        <translation>差出人アドレスのドメインは、SPF と DKIM に失敗したメールを拒否するよう受信側に求めており、このメールはそれに失敗しました。</translation>
    </message>
    <message>
        <source>Send with the From address that belongs to the server you use. If it is your domain, ask its administrator to set up SPF and DKIM for the server you send through.</source>
        <translation>使っているサーバーに対応した差出人アドレスで送ってください。ご自分のドメインであれば、送信に使うサーバーについて SPF と DKIM を設定するよう管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Settings for sending through Microsoft 365 or Outlook.com</source>
        <translation>Microsoft 365 や Outlook.com で送信するための設定</translation>
    </message>
    <message>
        <source>Microsoft's outgoing servers (smtp.office365.com for work accounts, smtp-mail.outlook.com for personal ones) use port 587 with STARTTLS and need sign-in with the full email address. For work accounts, SMTP AUTH must be allowed by the administrator.</source>
        <translation>Microsoft の送信メールサーバー（仕事用は smtp.office365.com、個人用は smtp-mail.outlook.com）は、ポート 587 と STARTTLS を使い、メールアドレス全体でのログインが必要です。仕事用アカウントでは、管理者が SMTP 認証を許可している必要があります。</translation>
    </message>
    <message>
        <source>Set port 587, security STARTTLS, user name = your full email address. If sign-in is refused although the password is right, ask your administrator about "Authenticated SMTP".</source>
        <translation>ポート 587、暗号化 STARTTLS、ユーザー名はメールアドレス全体にしてください。パスワードが正しいのにログインを断られる場合は、「認証済み SMTP」について管理者に確認してください。</translation>
    </message>
    <message>
        <source>Yahoo: the From address is not verified for your account</source>
        <translation>Yahoo Mail：差出人アドレスがアカウントで確認されていません</translation>
    </message>
    <message>
        <source>Yahoo only sends mail whose From address is your Yahoo address or one you have verified in Yahoo's settings.</source>
        <translation>Yahoo Mail は、差出人アドレスが Yahoo Mail のアドレスか、Yahoo Mail の設定で確認済みのアドレスであるメールしか送信しません。</translation>
    </message>
    <message>
        <source>Set the sender (From) address in your mail program to your Yahoo address, or add and verify the other address in Yahoo Mail's settings.</source>
        <translation>メールソフトの送信者（差出人）アドレスを Yahoo Mail のアドレスにするか、Yahoo Mail の設定で別のアドレスを追加して確認してください。</translation>
    </message>
    <message>
        <source>Yahoo refused the message for policy reasons</source>
        <translation>Yahoo Mail がポリシー上の理由でメールを拒否しました</translation>
    </message>
    <message>
        <source>Yahoo's filters refused the message: its content, links, the sender's reputation or failing SPF/DKIM/DMARC checks.</source>
        <translation>Yahoo Mail のフィルターがメールを拒否しました。内容、リンク、送信者の評判、または SPF・DKIM・DMARC の確認失敗が原因です。</translation>
    </message>
    <message>
        <source>Send a plain, personal message and make sure your domain has SPF, DKIM and DMARC. If it keeps happening, send this report to your mail provider.</source>
        <translation>シンプルで個人的な文面で送り、ドメインに SPF、DKIM、DMARC が設定されているか確認してください。続く場合は、このレポートをメールの提供元に送ってください。</translation>
    </message>
    <message>
        <source>Yahoo is delaying mail from this sender</source>
        <translation>Yahoo Mail がこの送信者からのメールを遅らせています</translation>
    </message>
    <message>
        <source>Yahoo accepts mail from this sending server only slowly, because of unusual volume or complaints from its users.</source>
        <translation>量が多い、または利用者からの苦情があったため、Yahoo Mail はこの送信サーバーからのメールをゆっくりとしか受け付けていません。</translation>
    </message>
    <message>
        <source>Wait; the sending server retries by itself. If you send mailings, send fewer at once and only to people who asked for them.</source>
        <translation>お待ちください。送信側のサーバーが自動で再送します。メールマガジンなどを送る場合は、一度に送る通数を減らし、希望した人にだけ送ってください。</translation>
    </message>
    <message>
        <source>Yahoo paused sign-ins after too many failures</source>
        <translation>失敗が多すぎたため Yahoo Mail がログインを止めています</translation>
    </message>
    <message>
        <source>There were too many failed sign-ins, often from a device using an old password, so Yahoo blocks sign-ins for a while. Yahoo also requires an app password for mail programs.</source>
        <translation>ログインの失敗が多すぎたため（古いパスワードを使っている機器が原因のことがよくあります）、Yahoo Mail がしばらくログインを止めています。また、Yahoo Mail ではメールソフトにアプリ パスワードが必要です。</translation>
    </message>
    <message>
        <source>Create an app password in Yahoo's account security settings, put it into every device and program using this account, then wait about an hour.</source>
        <translation>Yahoo Mail のアカウントのセキュリティ設定でアプリ パスワードを作成し、このアカウントを使うすべての機器とソフトに設定してから、1 時間ほど待ってください。</translation>
    </message>
    <message>
        <source>The Yahoo address does not exist</source>
        <translation>その Yahoo Mail のアドレスは存在しません</translation>
    </message>
    <message>
        <source>Yahoo has no account with this address. It is mistyped, or the account was closed.</source>
        <translation>Yahoo Mail にはこのアドレスのアカウントがありません。入力ミスか、アカウントが閉じられています。</translation>
    </message>
    <message>
        <source>Settings for sending through Yahoo Mail</source>
        <translation>Yahoo Mail で送信するための設定</translation>
    </message>
    <message>
        <source>Yahoo's outgoing server is smtp.mail.yahoo.com, port 465 with SSL/TLS (or 587 with STARTTLS), and mail programs must use an app password.</source>
        <translation>Yahoo Mail の送信メールサーバーは smtp.mail.yahoo.com で、ポート 465 と SSL/TLS（または 587 と STARTTLS）を使います。メールソフトではアプリ パスワードが必要です。</translation>
    </message>
    <message>
        <source>Create an app password in Yahoo's account security settings and use it with your full Yahoo address as the user name.</source>
        <translation>Yahoo Mail のアカウントのセキュリティ設定でアプリ パスワードを作成し、Yahoo Mail のアドレス全体をユーザー名にして使ってください。</translation>
    </message>
    <message>
        <source>iCloud Mail refused the message by policy</source>
        <translation>iCloud メールがポリシーによりメールを拒否しました</translation>
    </message>
    <message>
        <source>Apple's iCloud Mail refused the message because of its spam rules: the content, the sender's reputation or missing SPF/DKIM.</source>
        <translation>Apple の iCloud メールが、迷惑メール対策の規則（内容、送信者の評判、SPF/DKIM がないこと）によりメールを拒否しました。</translation>
    </message>
    <message>
        <source>Send a plain, personal message through your provider's own server. If it keeps happening, the sender's mail administrator can contact Apple's postmaster team.</source>
        <translation>シンプルで個人的な文面で、提供元の送信メールサーバーから送ってください。続く場合は、送信者側のメール管理者が Apple の postmaster 窓口に問い合わせることができます。</translation>
    </message>
    <message>
        <source>Settings for sending through iCloud Mail</source>
        <translation>iCloud メールで送信するための設定</translation>
    </message>
    <message>
        <source>iCloud Mail accepts mail programs only with an app-specific password. The outgoing server is smtp.mail.me.com, port 587 with STARTTLS, and the user name is your iCloud email address.</source>
        <translation>iCloud メールは、App 用パスワードを使うメールソフトしか受け付けません。送信メールサーバーは smtp.mail.me.com、ポート 587、STARTTLS で、ユーザー名は iCloud のメールアドレスです。</translation>
    </message>
    <message>
        <source>Create an app-specific password in your Apple Account (Sign-In and Security, App-Specific Passwords) and enter it in your mail program instead of your Apple password.</source>
        <translation>Apple アカウントで App 用パスワードを作成し（「サインインとセキュリティ」→「App 用パスワード」）、Apple のパスワードの代わりにメールソフトに入力してください。</translation>
    </message>
    <message>
        <source>The mobile phone address does not exist</source>
        <translation>その携帯電話のアドレスは存在しません</translation>
    </message>
    <message>
        <source>The mobile carrier refused the address as soon as it was named: no such address exists. Mobile addresses change when people switch carriers or change their address.</source>
        <translation>携帯電話会社は、宛先を伝えた時点でアドレスを拒否しました。そのアドレスは存在しません。携帯のアドレスは、会社を乗り換えたりアドレスを変えたりすると変わります。</translation>
    </message>
    <message>
        <source>Check the address for typos, and ask the recipient by phone or chat for their current address.</source>
        <translation>アドレスに入力ミスがないか確認し、電話やチャットで相手に現在のアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The recipient's phone settings refused your mail</source>
        <translation>相手の携帯電話の設定がこのメールを拒否しました</translation>
    </message>
    <message>
        <source>The carrier accepted the address, then refused the message after receiving it. Carriers report "unknown user" here, but it means the recipient's spam settings block it: for example "refuse mail from computers" or a list of allowed senders.</source>
        <translation>携帯電話会社はアドレスを受け付けた後、メールを受け取ってから拒否しました。このとき「unknown user」と返されますが、実際は相手の迷惑メール設定（たとえば「パソコンからのメールを拒否」や受信を許可する送信者のリスト）による拒否です。</translation>
    </message>
    <message>
        <source>Ask the recipient by phone or chat to add your address (or its domain) to the allowed senders in their carrier's mail settings, then send again.</source>
        <translation>電話やチャットで相手に連絡し、携帯電話会社のメール設定で受信を許可する送信者にご自分のアドレス（またはドメイン）を追加してもらってから、もう一度送ってください。</translation>
    </message>
    <message>
        <source>A mobile carrier refused the address or the message</source>
        <translation>携帯電話会社がアドレスまたはメールを拒否しました</translation>
    </message>
    <message>
        <source>Japanese mobile carriers answer "unknown user" both when the address does not exist and when the recipient's spam settings refuse your mail (for example "refuse mail from computers"). If the bounce says "in reply to RCPT TO", the address is wrong; "end of DATA" means it was filtered.</source>
        <translation>日本の携帯電話会社は、アドレスが存在しない場合にも、相手の迷惑メール設定（たとえば「パソコンからのメールを拒否」）で拒否した場合にも「unknown user」と返します。エラーメールに「in reply to RCPT TO」とあればアドレスの間違い、「end of DATA」とあればフィルターによる拒否です。</translation>
    </message>
    <message>
        <source>Check the address, then ask the recipient to allow your address or domain in their carrier's mail settings (受信リスト設定 / 指定受信).</source>
        <translation>アドレスを確認したうえで、携帯電話会社のメール設定（受信リスト設定 / 指定受信）でご自分のアドレスかドメインを許可してもらってください。</translation>
    </message>
    <message>
        <source>The recipient's mobile mailbox is full</source>
        <translation>相手の携帯のメールボックスがいっぱいです</translation>
    </message>
    <message>
        <source>docomo answers "Too much mail data" when the recipient's mailbox has no space left.</source>
        <translation>ドコモは、相手のメールボックスに空きがないときに「Too much mail data」と返します。</translation>
    </message>
    <message>
        <source>Tell the recipient in another way to delete old mail, then send again.</source>
        <translation>ほかの方法で相手に古いメールを削除してもらってから、もう一度送ってください。</translation>
    </message>
    <message>
        <source>Mail to a Japanese mobile phone address</source>
        <translation>日本の携帯電話のアドレスあてのメール</translation>
    </message>
    <message>
        <source>Mobile carriers' addresses (docomo, au, SoftBank and others) often refuse mail from computers or from senders the recipient has not allowed, and the refusal can look like "unknown user".</source>
        <translation>携帯電話会社のアドレス（ドコモ、au、ソフトバンクなど）は、パソコンからのメールや相手が許可していない送信者からのメールを拒否することが多く、その拒否は「unknown user」のように見えることがあります。</translation>
    </message>
    <message>
        <source>Ask the recipient to add your address or domain to the allowed senders in their carrier's mail settings (受信リスト設定 / 指定受信).</source>
        <translation>相手に、携帯電話会社のメール設定（受信リスト設定 / 指定受信）で、ご自分のアドレスかドメインを、受信を許可する送信者に追加してもらってください。</translation>
    </message>
    <message>
        <source>Sending through Yahoo! JAPAN Mail</source>
        <translation>Yahoo!メールで送信する場合</translation>
    </message>
    <message>
        <source>Yahoo! JAPAN Mail accepts mail programs only if access from programs other than Yahoo! JAPAN's own is allowed in its settings. Its outgoing server is smtp.mail.yahoo.co.jp, port 465 with SSL/TLS.</source>
        <translation>Yahoo!メールは、設定で Yahoo! JAPAN 公式サービス以外からのアクセスを許可した場合にだけ、メールソフトからの利用を受け付けます。送信メールサーバーは smtp.mail.yahoo.co.jp、ポート 465、SSL/TLS です。</translation>
    </message>
    <message>
        <source>In Yahoo! JAPAN Mail's settings (IMAP/POP/SMTP access), allow access from programs other than Yahoo! JAPAN's own. Then use smtp.mail.yahoo.co.jp, port 465, SSL/TLS, with SMTP authentication.</source>
        <translation>Yahoo!メールの設定（IMAP/POP/SMTP アクセスとメール転送）で、Yahoo! JAPAN 公式サービス以外からのアクセスを有効にしてください。そのうえで smtp.mail.yahoo.co.jp、ポート 465、SSL/TLS、SMTP 認証ありで設定してください。</translation>
    </message>
    <message>
        <source>Sending through OCN</source>
        <translation>OCN で送信する場合</translation>
    </message>
    <message>
        <source>OCN blocks sending on port 25 to outside servers and expects mail programs to sign in on a sending port. It uses a mail password that is separate from your OCN ID's password.</source>
        <translation>OCN は外部のサーバーへのポート 25 での送信を遮断しており、メールソフトは送信用のポートでログインする必要があります。ログインには OCN ID のパスワードとは別の「メールパスワード」を使います。</translation>
    </message>
    <message>
        <source>Use the outgoing server from OCN's setup page (smtp.ocn.ne.jp) with port 465 and SSL/TLS, turn on SMTP authentication, and sign in with your full mail address and mail password.</source>
        <translation>OCN の設定案内にある送信メールサーバー（smtp.ocn.ne.jp）を、ポート 465 と SSL/TLS で使い、SMTP 認証をオンにして、メールアドレス全体とメールパスワードでログインしてください。</translation>
    </message>
    <message>
        <source>Sending through BIGLOBE</source>
        <translation>BIGLOBE で送信する場合</translation>
    </message>
    <message>
        <source>BIGLOBE blocks sending on port 25 to outside servers and expects mail programs to sign in on port 587 or 465, with the mail password.</source>
        <translation>BIGLOBE は外部のサーバーへのポート 25 での送信を遮断しており、メールソフトはポート 587 か 465 でメールパスワードを使ってログインする必要があります。</translation>
    </message>
    <message>
        <source>Use the outgoing server and port from BIGLOBE's setup page (587 or 465 with SSL/TLS), and turn on SMTP authentication with your mail address and mail password.</source>
        <translation>BIGLOBE の設定案内にある送信メールサーバーとポート（587、または 465 と SSL/TLS）を使い、メールアドレスとメールパスワードで SMTP 認証をオンにしてください。</translation>
    </message>
    <message>
        <source>Sending through @nifty</source>
        <translation>@nifty で送信する場合</translation>
    </message>
    <message>
        <source>@nifty blocks sending on port 25 to outside servers and expects mail programs to sign in on port 587 or 465, with the mail password.</source>
        <translation>@nifty は外部のサーバーへのポート 25 での送信を遮断しており、メールソフトはポート 587 か 465 でメールパスワードを使ってログインする必要があります。</translation>
    </message>
    <message>
        <source>Use the outgoing server and port from @nifty's setup page (587 or 465 with SSL/TLS), and turn on SMTP authentication with your mail address and mail password.</source>
        <translation>@nifty の設定案内にある送信メールサーバーとポート（587、または 465 と SSL/TLS）を使い、メールアドレスとメールパスワードで SMTP 認証をオンにしてください。</translation>
    </message>
    <message>
        <source>Sending through So-net</source>
        <translation>So-net で送信する場合</translation>
    </message>
    <message>
        <source>So-net blocks sending on port 25 to outside servers and expects mail programs to sign in on a sending port, with the mail password.</source>
        <translation>So-net は外部のサーバーへのポート 25 での送信を遮断しており、メールソフトは送信用のポートでメールパスワードを使ってログインする必要があります。</translation>
    </message>
    <message>
        <source>Use the outgoing server and port from So-net's setup page (587, or 465 with SSL/TLS), and turn on SMTP authentication with your mail address and mail password.</source>
        <translation>So-net の設定案内にある送信メールサーバーとポート（587、または 465 と SSL/TLS）を使い、メールアドレスとメールパスワードで SMTP 認証をオンにしてください。</translation>
    </message>
    <message>
        <source>Sent directly from a home connection (Spamhaus PBL)</source>
        <translation>家庭向け回線から直接送信されています（Spamhaus PBL）</translation>
    </message>
    <message>
        <source>Your internet address belongs to a range that should never send mail directly to other servers (home and mobile connections). Mail must go through your provider's outgoing server.</source>
        <translation>お使いのインターネット上のアドレスは、ほかのサーバーへ直接メールを送るべきではない範囲（家庭向けやモバイルの回線）に属しています。メールは提供元の送信メールサーバーを通して送る必要があります。</translation>
    </message>
    <message>
        <source>Set your mail program's outgoing server to your mail provider's server, with sign-in on port 587 or 465, instead of sending directly.</source>
        <translation>直接送信するのではなく、メールソフトの送信メールサーバーをメールの提供元のサーバーにし、ポート 587 か 465 でログインして送ってください。</translation>
    </message>
    <message>
        <source>The sending address is on the Spamhaus block list</source>
        <translation>送信元のアドレスが Spamhaus のブロックリストに載っています</translation>
    </message>
    <message>
        <source>The receiving server refuses mail from the internet address the message came from, because Spamhaus lists it as a spam source (a misused or infected machine, or a shared server).</source>
        <translation>Spamhaus がこのメールの送信元のインターネット上のアドレスを迷惑メールの送信元（悪用・感染したマシンや共用サーバー）として登録しているため、受信側のサーバーが拒否しています。</translation>
    </message>
    <message>
        <source>Send through your provider's outgoing server with sign-in. Whoever runs the listed address can look it up at spamhaus.org and request removal after fixing the cause.</source>
        <translation>提供元の送信メールサーバーにログインして送ってください。登録されたアドレスの運用者は、spamhaus.org で状況を確認し、原因を直したうえで解除を申請できます。</translation>
    </message>
    <message>
        <source>The sending address is on the SpamCop block list</source>
        <translation>送信元のアドレスが SpamCop のブロックリストに載っています</translation>
    </message>
    <message>
        <source>SpamCop lists the internet address the message came from after spam reports. Its listings expire by themselves once reports stop, usually within a day.</source>
        <translation>SpamCop は、迷惑メールの報告を受けて、このメールの送信元のアドレスを登録しています。報告が止まれば、登録はたいてい 1 日以内に自動で消えます。</translation>
    </message>
    <message>
        <source>Send through your provider's outgoing server with sign-in, or wait a day. Whoever runs the listed address should find out why it sent spam.</source>
        <translation>提供元の送信メールサーバーにログインして送るか、1 日待ってください。登録されたアドレスの運用者は、迷惑メールが送られた原因を調べる必要があります。</translation>
    </message>
    <message>
        <source>The sending address is on the Barracuda block list</source>
        <translation>送信元のアドレスが Barracuda のブロックリストに載っています</translation>
    </message>
    <message>
        <source>The receiving server uses Barracuda's reputation list, which has the internet address the message came from on it.</source>
        <translation>受信側のサーバーは Barracuda の評判リストを使っており、そこにこのメールの送信元のアドレスが載っています。</translation>
    </message>
    <message>
        <source>Send through your provider's outgoing server with sign-in. Whoever runs the listed address can request removal on Barracuda's reputation page.</source>
        <translation>提供元の送信メールサーバーにログインして送ってください。登録されたアドレスの運用者は、Barracuda の評判ページで解除を申請できます。</translation>
    </message>
    <message>
        <source>The sending address is on a block list</source>
        <translation>送信元のアドレスがブロックリストに載っています</translation>
    </message>
    <message>
        <source>The receiving server checks public block lists of spam sources, and the internet address the message came from is on one.</source>
        <translation>受信側のサーバーは迷惑メールの送信元を集めた公開のブロックリストを確認しており、このメールの送信元のアドレスがそこに載っています。</translation>
    </message>
    <message>
        <source>Send through your provider's outgoing server with sign-in. Whoever runs the listed address (your provider or IT department) can look it up and request removal.</source>
        <translation>提供元の送信メールサーバーにログインして送ってください。登録されたアドレスの運用者（提供元や情報システム部門）が状況を確認し、解除を申請できます。</translation>
    </message>
    <message>
        <source>Sent directly from a home connection</source>
        <translation>家庭向け回線から直接送信されています</translation>
    </message>
    <message>
        <source>The receiving server refuses mail sent directly from home or mobile internet addresses, because spam often comes from infected home computers.</source>
        <translation>迷惑メールの多くは感染した家庭のパソコンから送られるため、受信側のサーバーは家庭向けやモバイル回線のアドレスから直接送られたメールを拒否しています。</translation>
    </message>
    <message>
        <source>Your domain's SPF record lists which servers may send its mail, and the server that sent this message is not on it. Typical when sending your company address through another provider's server.</source>
        <translation>ドメインの SPF レコードにはメールを送ってよいサーバーが登録されていますが、このメールを送ったサーバーは含まれていません。会社のアドレスを別の提供元のサーバーから送るとよく起きます。</translation>
    </message>
    <message>
        <source>The DKIM signature check failed</source>
        <translation>DKIM 署名の確認に失敗しました</translation>
    </message>
    <message>
        <source>DKIM is a signature the sending domain's server adds to prove the mail is genuine. It was missing, wrong, or broken because something changed the message on the way.</source>
        <translation>DKIM は、メールが本物であることを示すために送信側ドメインのサーバーが付ける署名です。署名がないか、間違っているか、途中でメールが書き換えられて壊れています。</translation>
    </message>
    <message>
        <source>Ask whoever runs your domain or mail service to check DKIM signing. Turn off programs that change outgoing mail (for example signatures added by security software).</source>
        <translation>ドメインやメールサービスの管理者に DKIM 署名を確認してもらってください。送信メールを書き換えるソフト（たとえばセキュリティソフトが付ける署名）はオフにしてください。</translation>
    </message>
    <message>
        <source>Refused because of the sender domain's DMARC policy</source>
        <translation>送信者ドメインの DMARC ポリシーにより拒否されました</translation>
    </message>
    <message>
        <source>The domain in your From address tells receivers to refuse mail that fails SPF and DKIM, and this message failed them. This often happens when you send as a company or free-mail address through another server.</source>
        <translation>差出人アドレスのドメインは、SPF と DKIM に失敗したメールを拒否するよう受信側に求めており、このメールはそれに失敗しました。会社やフリーメールのアドレスを別のサーバーから送るとよく起きます。</translation>
    </message>
    <message>
        <source>The message was refused as spam</source>
        <translation>迷惑メールとして拒否されました</translation>
    </message>
    <message>
        <source>The receiving side's filter judged the message to be spam, because of its content, links, attachments or the sender's reputation.</source>
        <translation>受信側のフィルターが、内容、リンク、添付ファイル、送信者の評判から、このメールを迷惑メールと判断しました。</translation>
    </message>
    <message>
        <source>Send a plain, personal message without many links, shortened links or unusual attachments. If it keeps happening, ask the recipient to allow your address and tell your mail provider.</source>
        <translation>リンクや短縮 URL、特殊な添付ファイルの少ない、シンプルで個人的な文面で送ってください。続く場合は、相手にご自分のアドレスを許可してもらい、メールの提供元にも伝えてください。</translation>
    </message>
    <message>
        <source>An attachment was refused</source>
        <translation>添付ファイルが拒否されました</translation>
    </message>
    <message>
        <source>The receiving side found a virus or a blocked kind of attachment (for example .exe, .js, or a zip file with a password).</source>
        <translation>受信側で、ウイルスまたは受け付けない種類の添付ファイル（たとえば .exe、.js、パスワード付き zip ファイル）が見つかりました。</translation>
    </message>
    <message>
        <source>Scan your computer with your security software. Send the file through a shared folder or link instead of as an attachment.</source>
        <translation>セキュリティソフトでパソコンを検査してください。ファイルは添付ではなく、共有フォルダーやリンクで送ってください。</translation>
    </message>
    <message>
        <source>The sender address does not belong to your account</source>
        <translation>送信者アドレスが、ログインしたアカウントのものではありません</translation>
    </message>
    <message>
        <source>You signed in as one user, but the sender (From) address belongs to someone else, so the server refuses to send it (Postfix "not owned by user").</source>
        <translation>ある利用者としてログインしましたが、送信者（差出人）アドレスは別の人のものなので、サーバーが送信を断っています（Postfix の「not owned by user」）。</translation>
    </message>
    <message>
        <source>Make the sender address in your mail program the one of the account you sign in with, or sign in with the account that owns the address.</source>
        <translation>メールソフトの送信者アドレスをログインしているアカウントのものにするか、そのアドレスを持つアカウントでログインしてください。</translation>
    </message>
    <message>
        <source>The sender's domain was not found</source>
        <translation>送信者のドメインが見つかりませんでした</translation>
    </message>
    <message>
        <source>The domain after "@" in your sender address does not exist in DNS, so the receiving server refuses mail from it.</source>
        <translation>送信者アドレスの「@」より後ろのドメインが DNS に存在しないため、受信側のサーバーはそこからのメールを拒否しています。</translation>
    </message>
    <message>
        <source>Check the sender address in your mail program for typos. If it is your company's domain, ask its administrator to check the domain's DNS.</source>
        <translation>メールソフトの送信者アドレスに入力ミスがないか確認してください。会社のドメインであれば、ドメインの DNS を確認するよう管理者に依頼してください。</translation>
    </message>
    <message>
        <source>You must sign in to send with this address</source>
        <translation>このアドレスで送信するにはログインが必要です</translation>
    </message>
    <message>
        <source>The server only accepts this sender address from users who have signed in (SMTP authentication).</source>
        <translation>このサーバーは、ログインした利用者（SMTP 認証）からしか、この送信者アドレスを受け付けません。</translation>
    </message>
    <message>
        <source>The server refuses the computer or network you send from</source>
        <translation>サーバーが、送信元のパソコンまたはネットワークを拒否しています</translation>
    </message>
    <message>
        <source>Send through your own provider's outgoing server with sign-in on port 587 or 465, not directly to the recipient's server. If you already do, send this error to your provider.</source>
        <translation>相手のサーバーに直接送るのではなく、ご自分の提供元の送信メールサーバーに、ポート 587 か 465 でログインして送ってください。すでにそうしている場合は、このエラーを提供元に伝えてください。</translation>
    </message>
    <message>
        <source>The computer's name in the greeting was refused</source>
        <translation>あいさつで名乗ったパソコンの名前が拒否されました</translation>
    </message>
    <message>
        <source>The server checks the name a mail program introduces itself with (HELO/EHLO) and refused it: not a full host name, or a name that does not exist in DNS.</source>
        <translation>サーバーは、メールソフトが最初のあいさつ（HELO/EHLO）で名乗る名前を確認しており、その名前を拒否しました。完全なホスト名でないか、DNS に存在しない名前です。</translation>
    </message>
    <message>
        <source>Send through your provider's sending port (587 or 465) with sign-in, where this check does not apply. If the server is your company's, ask its administrator.</source>
        <translation>この確認が行われない提供元の送信用ポート（587 または 465）にログインして送ってください。会社のサーバーであれば、管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Greylisting: the receiving server asks to come back later</source>
        <translation>グレーリスティング：受信側のサーバーが後で再送するよう求めています</translation>
    </message>
    <message>
        <source>The receiving server refuses the first message from an unknown sender for a few minutes, because spam programs rarely try again. Real mail servers do retry, and the next attempt is accepted.</source>
        <translation>受信側のサーバーは、知らない送信者からの最初のメールを数分間だけ断ります。迷惑メールのプログラムはほとんど再送しないためです。通常のメールサーバーは再送するので、次の試行で受け付けられます。</translation>
    </message>
    <message>
        <source>Nothing to fix. The message is delivered on the next attempt, usually within 5 to 30 minutes.</source>
        <translation>直す必要はありません。多くは 5〜30 分以内に、次の試行で配送されます。</translation>
    </message>
    <message>
        <source>The server does not offer sign-in here</source>
        <translation>このサーバーではログインが提供されていません</translation>
    </message>
    <message>
        <source>Sign-in (SMTP AUTH) is not available on this port or before encryption.</source>
        <translation>このポート、または暗号化の前には、ログイン（SMTP 認証）が使えません。</translation>
    </message>
    <message>
        <source>Use port 587 with STARTTLS or 465 with SSL/TLS, where sign-in is offered.</source>
        <translation>ログインできるポート 587（STARTTLS）か 465（SSL/TLS）を使ってください。</translation>
    </message>
    <message>
        <source>The receiving domain's mail records point back at the sender</source>
        <translation>受信側ドメインのメール設定が送信側を指しています</translation>
    </message>
    <message>
        <source>The server would have to deliver the message to itself: the recipient domain's mail (MX) records or the server's own settings are wrong.</source>
        <translation>サーバーがメールを自分自身に配送しなければならない状態です。宛先ドメインのメールの設定（MX レコード）か、サーバー自身の設定が間違っています。</translation>
    </message>
    <message>
        <source>Nothing to change in your mail program. Tell the administrator of the recipient's domain (or your own, if it is your domain) to check its MX records.</source>
        <translation>メールソフトの設定を変える必要はありません。宛先ドメインの管理者（ご自分のドメインであればご自分の管理者）に、MX レコードを確認するよう伝えてください。</translation>
    </message>
    <message>
        <source>Encryption (STARTTLS) is required first</source>
        <translation>先に暗号化（STARTTLS）が必要です</translation>
    </message>
    <message>
        <source>The server refuses to go on until the connection is encrypted; sending the password or the message in clear text is not allowed.</source>
        <translation>接続が暗号化されるまで、サーバーは先に進みません。パスワードやメールを暗号化せずに送ることは許可されていません。</translation>
    </message>
    <message>
        <source>The connection to the receiving server broke off</source>
        <translation>受信側のサーバーとの接続が切れました</translation>
    </message>
    <message>
        <source>While passing the message on, the receiving server stopped answering or closed the connection. This is usually temporary.</source>
        <translation>メールを中継している途中で、受信側のサーバーが応答しなくなったか、接続を切りました。たいていは一時的なものです。</translation>
    </message>
    <message>
        <source>Nothing to change on your side. The sending server retries by itself; wait for its final report.</source>
        <translation>お使いの側で変更することはありません。送信側のサーバーが自動で再送するので、最終的な結果のお知らせを待ってください。</translation>
    </message>
    <message>
        <source>The recipient's domain could not be found</source>
        <translation>宛先のドメインが見つかりませんでした</translation>
    </message>
    <message>
        <source>The sending server looked up the recipient's domain in DNS and found no mail server for it. Usually the part after "@" is mistyped.</source>
        <translation>送信側のサーバーが DNS で宛先のドメインを調べましたが、メールサーバーが見つかりませんでした。多くは「@」より後ろの入力ミスです。</translation>
    </message>
    <message>
        <source>Check the part after "@" in the recipient's address. If it is right and this was a temporary error, the server tries again by itself.</source>
        <translation>宛先アドレスの「@」より後ろを確認してください。正しく、一時的なエラーであれば、サーバーが自動で再試行します。</translation>
    </message>
    <message>
        <source>The sending limit of your account is reached</source>
        <translation>アカウントの送信数の上限に達しました</translation>
    </message>
    <message>
        <source>The server allows only a certain number of messages (or failed deliveries) per hour, and your account or domain reached it.</source>
        <translation>サーバーは 1 時間に送れるメール（または配送に失敗したメール）の数を制限しており、お使いのアカウントかドメインがその上限に達しました。</translation>
    </message>
    <message>
        <source>Wait an hour and send again. Send mailings in smaller batches; if you did not send many messages, change your password and tell your provider.</source>
        <translation>1 時間待ってから再送してください。メールマガジンなどは少しずつ分けて送ってください。たくさん送った覚えがない場合は、パスワードを変更して提供元に伝えてください。</translation>
    </message>
    <message>
        <source>The recipient's domain cannot be reached</source>
        <translation>宛先のドメインに届けられません</translation>
    </message>
    <message>
        <source>The server found no way to deliver to the recipient's domain: it does not exist, or its mail records are broken.</source>
        <translation>サーバーは宛先のドメインへの配送方法を見つけられませんでした。ドメインが存在しないか、メールの設定が壊れています。</translation>
    </message>
    <message>
        <source>The sender address could not be verified</source>
        <translation>送信者アドレスを確認できませんでした</translation>
    </message>
    <message>
        <source>The receiving server checked whether your sender address can receive replies, and it could not (the mailbox or domain does not answer).</source>
        <translation>受信側のサーバーが、お使いの送信者アドレスで返信を受け取れるかを確認しましたが、確認できませんでした（メールボックスやドメインが応答しません）。</translation>
    </message>
    <message>
        <source>Check the sender address in your mail program. It must be a real address that receives mail.</source>
        <translation>メールソフトの送信者アドレスを確認してください。実際にメールを受け取れるアドレスである必要があります。</translation>
    </message>
    <message>
        <source>The message could not be delivered (cPanel report)</source>
        <translation>メールを配送できませんでした（cPanel のお知らせ）</translation>
    </message>
    <message>
        <source>This hosting server's report only guesses: the address or domain may not exist, your server may be blocked, or the recipient's DNS is broken. The reply quoted with it tells which.</source>
        <translation>このホスティングサーバーのお知らせは推測を並べているだけです。アドレスやドメインが存在しない、送信側のサーバーが遮断されている、相手の DNS が壊れている、のいずれかです。どれかは一緒に引用されたサーバーの応答でわかります。</translation>
    </message>
    <message>
        <source>Check the recipient's address first, then look at the server reply quoted in the report and its explanation here.</source>
        <translation>まず宛先のアドレスを確認し、次にお知らせに引用されたサーバーの応答と、ここでのその説明を見てください。</translation>
    </message>
    <message>
        <source>A mail server is set up wrongly (local configuration error)</source>
        <translation>メールサーバーの設定に誤りがあります（Local configuration error）</translation>
    </message>
    <message>
        <source>A server on the way reported an error in its own settings, most often because the receiving domain's mail records point back to the sending server. Until it is fixed, mail to this domain cannot arrive. Less often your own mail program or network settings are wrong.</source>
        <translation>途中のサーバーが自分の設定の誤りを報告しました。多くは、受信側ドメインのメールの設定が送信側のサーバーを指しているためです。直るまで、このドメインあてのメールは届きません。まれに、お使いのメールソフトやネットワークの設定が間違っていることもあります。</translation>
    </message>
    <message>
        <source>Check the recipient's address. If it is right, tell the recipient in another way so their administrator can fix the server; if all your mail fails, check your outgoing server settings.</source>
        <translation>宛先のアドレスを確認してください。正しい場合は、相手の管理者がサーバーを直せるよう、ほかの方法で相手に伝えてください。すべてのメールが失敗する場合は、送信メールサーバーの設定を確認してください。</translation>
    </message>
    <message>
        <source>The receiving server stopped answering</source>
        <translation>受信側のサーバーが応答しなくなりました</translation>
    </message>
    <message>
        <source>The server will not pass your mail on (qmail relay denied)</source>
        <translation>サーバーがメールの中継を断りました（qmail のリレー拒否）</translation>
    </message>
    <message>
        <source>qmail refuses to deliver to domains it does not handle unless you have signed in. Your mail program probably sends without SMTP authentication.</source>
        <translation>qmail は、ログインしていない限り、自分が扱っていないドメインへは配送しません。メールソフトが SMTP 認証なしで送っている可能性があります。</translation>
    </message>
    <message>
        <source>The receiving server could not be reached</source>
        <translation>受信側のサーバーに接続できませんでした</translation>
    </message>
    <message>
        <source>The sending server could not connect to the recipient's server. This is usually temporary.</source>
        <translation>送信側のサーバーが相手のサーバーに接続できませんでした。たいていは一時的なものです。</translation>
    </message>
    <message>
        <source>The server blocks your sender address</source>
        <translation>サーバーがお使いの送信者アドレスを遮断しています</translation>
    </message>
    <message>
        <source>The receiving server keeps a list of sender addresses it refuses, and yours is on it.</source>
        <translation>受信側のサーバーは拒否する送信者アドレスの一覧を持っており、お使いのアドレスがそこに載っています。</translation>
    </message>
    <message>
        <source>Send from your normal address through your provider's server. If you think the block is a mistake, contact the recipient in another way.</source>
        <translation>普段のアドレスから提供元のサーバーを通して送ってください。間違いで遮断されていると思う場合は、ほかの方法で相手に連絡してください。</translation>
    </message>
    <message>
        <source>Exchange: the mail program did not sign in</source>
        <translation>Exchange：メールソフトがログインしていません</translation>
    </message>
    <message>
        <source>The Exchange server only accepts mail from users who have signed in, and your mail program sent without signing in.</source>
        <translation>Exchange サーバーはログインした利用者からしかメールを受け付けませんが、メールソフトはログインせずに送ろうとしました。</translation>
    </message>
    <message>
        <source>Turn on "My outgoing server (SMTP) requires authentication" with your user name and password, and use port 587 with STARTTLS. Ask your IT department for the correct server name.</source>
        <translation>「送信サーバー (SMTP) は認証が必要」をオンにしてユーザー名とパスワードを設定し、ポート 587 と STARTTLS を使ってください。正しいサーバー名は情報システム部門に確認してください。</translation>
    </message>
    <message>
        <source>The Exchange server is not accepting mail right now</source>
        <translation>Exchange サーバーは今メールを受け付けていません</translation>
    </message>
    <message>
        <source>The server closed the connection because it cannot take mail at the moment: it is being restarted or maintained, is short of disk space or memory ("back pressure"), or a rule refuses your connection.</source>
        <translation>サーバーは今メールを受け取れないため接続を切りました。再起動やメンテナンス中である、ディスクやメモリが不足している（「バック プレッシャー」）、または規則で接続を拒否している、などが理由です。</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again. If it lasts, tell your IT department: the Exchange server or its connector needs attention.</source>
        <translation>数分待ってから再試行してください。続く場合は、Exchange サーバーかそのコネクタの対応が必要なので、情報システム部門に伝えてください。</translation>
    </message>
    <message>
        <source>The server is short of disk space or memory</source>
        <translation>サーバーのディスクやメモリが不足しています</translation>
    </message>
    <message>
        <source>The server refuses new mail until it has enough free resources again (Exchange calls this back pressure).</source>
        <translation>サーバーは、空きの資源が十分に戻るまで新しいメールを断っています（Exchange ではこれをバック プレッシャーと呼びます）。</translation>
    </message>
    <message>
        <source>Wait and try again later. If it lasts, tell the server's administrator.</source>
        <translation>時間をおいて再試行してください。続く場合は、サーバーの管理者に伝えてください。</translation>
    </message>
    <message>
        <source>The server does not support this sign-in method</source>
        <translation>サーバーはこのログイン方式に対応していません</translation>
    </message>
    <message>
        <source>The mail program chose a sign-in method (authentication type) the server does not offer.</source>
        <translation>メールソフトが、サーバーの提供していないログイン方式（認証方式）を選びました。</translation>
    </message>
    <message>
        <source>A positive reply</source>
        <translation>正常な応答</translation>
    </message>
    <message>
        <source>Codes starting with 2 mean the server did what was asked. This is not an error.</source>
        <translation>2 で始まるコードは、サーバーが求められたことを実行したという意味です。エラーではありません。</translation>
    </message>
    <message>
        <source>The server waits for more</source>
        <translation>サーバーが続きを待っています</translation>
    </message>
    <message>
        <source>Codes starting with 3 mean the server accepted the request so far and waits for the next part. This is a normal step.</source>
        <translation>3 で始まるコードは、サーバーがここまでの要求を受け付け、次を待っているという意味です。通常の手順の一部です。</translation>
    </message>
    <message>
        <source>A temporary problem</source>
        <translation>一時的な問題</translation>
    </message>
    <message>
        <source>Codes starting with 4 mean a temporary failure: the request was refused for now, but the same message may go through later.</source>
        <translation>4 で始まるコードは一時的な失敗を表します。今は断られましたが、同じメールが後で通る可能性があります。</translation>
    </message>
    <message>
        <source>Wait and send again later. Read the server's words after the code for the reason.</source>
        <translation>時間をおいて再送してください。理由はコードの後に続くサーバーからの応答で確認してください。</translation>
    </message>
    <message>
        <source>A permanent refusal</source>
        <translation>恒久的な拒否</translation>
    </message>
    <message>
        <source>Codes starting with 5 mean a permanent failure: sending the same thing again fails the same way until something is changed.</source>
        <translation>5 で始まるコードは恒久的な失敗を表します。何かを変えない限り、同じものを送っても同じように失敗します。</translation>
    </message>
    <message>
        <source>Read the server's words after the code for the reason, fix it, then send again.</source>
        <translation>コードの後に続くサーバーからの応答で理由を確認し、直してから再送してください。</translation>
    </message>
    <message>
        <source>The mail program could not open a connection</source>
        <translation>メールソフトが接続できませんでした</translation>
    </message>
    <message>
        <source>Code 101 is not sent by a server: some mail programs show it when they could not connect to the server at all. Usually the server name or port is wrong, or the connection is blocked.</source>
        <translation>コード 101 はサーバーが送るものではなく、サーバーにまったく接続できなかったときに一部のメールソフトが表示するものです。多くはサーバー名やポートが間違っているか、接続が遮断されています。</translation>
    </message>
    <message>
        <source>Check the outgoing server name and port in your mail program's account settings (usually port 587 with STARTTLS or 465 with SSL/TLS), then try again.</source>
        <translation>メールソフトのアカウント設定で送信メールサーバー名とポート（ふつうは 587 と STARTTLS、または 465 と SSL/TLS）を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Server status information</source>
        <translation>サーバーの状態の情報</translation>
    </message>
    <message>
        <source>The server answered a request for its status or help. This is information, not an error.</source>
        <translation>サーバーが状態やヘルプの問い合わせに答えました。これは情報で、エラーではありません。</translation>
    </message>
    <message>
        <source>Help text from the server</source>
        <translation>サーバーからのヘルプ</translation>
    </message>
    <message>
        <source>The server sent help text meant for people. This is information, not an error.</source>
        <translation>サーバーが人向けのヘルプを送ってきました。これは情報で、エラーではありません。</translation>
    </message>
    <message>
        <source>The server is ready</source>
        <translation>サーバーの準備ができています</translation>
    </message>
    <message>
        <source>The mail server greets the connection and is ready to work. This is the normal start of every conversation.</source>
        <translation>メールサーバーが接続にあいさつし、準備ができたことを知らせています。すべてのやり取りはこれで始まります。</translation>
    </message>
    <message>
        <source>The server closes the connection</source>
        <translation>サーバーが接続を閉じます</translation>
    </message>
    <message>
        <source>The server says goodbye and ends the conversation. After QUIT this is normal. At any other moment the server ended the session early; look for an error just before it.</source>
        <translation>サーバーがあいさつをしてやり取りを終えます。QUIT の後なら正常です。それ以外のときは、サーバーが途中でやり取りを打ち切っています。直前のエラーを確認してください。</translation>
    </message>
    <message>
        <source>Nothing to do if the message was sent. Otherwise read the error that came before this line.</source>
        <translation>メールが送れていれば、特に必要な操作はありません。そうでなければ、この行の前のエラーを読んでください。</translation>
    </message>
    <message>
        <source>OK: the server did what was asked</source>
        <translation>OK：サーバーは求められたことを実行しました</translation>
    </message>
    <message>
        <source>The request was completed successfully. This is not an error.</source>
        <translation>要求は正常に完了しました。エラーではありません。</translation>
    </message>
    <message>
        <source>Accepted: the server forwards it elsewhere</source>
        <translation>受け付けました：サーバーが別の場所へ転送します</translation>
    </message>
    <message>
        <source>The recipient is not on this server, but the server accepted the message and passes it on to the right place.</source>
        <translation>宛先はこのサーバーの利用者ではありませんが、サーバーはメールを受け付け、正しい場所へ転送します。</translation>
    </message>
    <message>
        <source>The server cannot confirm the address, but accepts the message</source>
        <translation>サーバーはアドレスを確認できませんが、メールは受け付けます</translation>
    </message>
    <message>
        <source>The server will not say whether the address exists (this protects against address harvesting), but it will try to deliver the message.</source>
        <translation>サーバーはアドレスが存在するかどうかを答えません（アドレス収集を防ぐため）が、配送を試みます。</translation>
    </message>
    <message>
        <source>The server waits for the next part of the sign-in</source>
        <translation>サーバーがログインの続きを待っています</translation>
    </message>
    <message>
        <source>During sign-in (SMTP AUTH) the server asks for the user name or password. This is a normal step, not an error.</source>
        <translation>ログイン（SMTP 認証）の途中で、サーバーがユーザー名やパスワードを求めています。通常の手順で、エラーではありません。</translation>
    </message>
    <message>
        <source>The server is ready for the message</source>
        <translation>サーバーがメール本文を待っています</translation>
    </message>
    <message>
        <source>The sender and recipients were accepted, and the server now waits for the message itself. This is a normal step.</source>
        <translation>送信者と宛先が受け付けられ、サーバーはメール本文を待っています。通常の手順です。</translation>
    </message>
    <message>
        <source>The server is not available right now</source>
        <translation>サーバーは今使えません</translation>
    </message>
    <message>
        <source>The server closes the connection because it cannot serve you at the moment: it may be overloaded, restarting, or limiting how many connections or messages it accepts.</source>
        <translation>サーバーは今は対応できないため接続を閉じます。混み合っている、再起動中、または受け付ける接続数やメール数を制限している可能性があります。</translation>
    </message>
    <message>
        <source>Wait a few minutes and send again. If it keeps happening for hours, contact your mail provider.</source>
        <translation>数分待ってから再送してください。何時間も続く場合は、メールの提供元に問い合わせてください。</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full for now</source>
        <translation>相手のメールボックスが今いっぱいです</translation>
    </message>
    <message>
        <source>Some servers use 422 to say that the recipient's mailbox has reached its storage limit.</source>
        <translation>一部のサーバーは、相手のメールボックスが保存容量の上限に達したことを 422 で知らせます。</translation>
    </message>
    <message>
        <source>Tell the recipient in another way (phone, chat) that their mailbox is full, and send again later.</source>
        <translation>メールボックスがいっぱいであることを電話やチャットなどほかの方法で相手に伝え、後で再送してください。</translation>
    </message>
    <message>
        <source>The receiving server is short of storage space</source>
        <translation>受信側のサーバーの保存領域が不足しています</translation>
    </message>
    <message>
        <source>Some servers use 431 when their disk is full or they have too much work queued. It is a temporary problem of the receiving side.</source>
        <translation>一部のサーバーは、ディスクがいっぱいのときや処理待ちが多すぎるときに 431 を返します。受信側の一時的な問題です。</translation>
    </message>
    <message>
        <source>Nothing to change on your side. Your mail server tries again by itself; otherwise send again in a few hours.</source>
        <translation>お使いの側で変更することはありません。メールサーバーが自動で再送します。そうでなければ数時間後に再送してください。</translation>
    </message>
    <message>
        <source>The server needs you to set up or change your password before this sign-in method can be used (RFC 4954). Some Exchange servers also use 432 when their incoming queue is stopped.</source>
        <translation>このログイン方式を使う前に、パスワードの設定または変更が必要です（RFC 4954）。一部の Exchange サーバーは、受信キューが止まっているときにも 432 を返します。</translation>
    </message>
    <message>
        <source>Some servers use 441 when the recipient's server did not respond. This is usually temporary.</source>
        <translation>一部のサーバーは、相手のサーバーが応答しなかったときに 441 を返します。たいていは一時的なものです。</translation>
    </message>
    <message>
        <source>Nothing to change on your side. Your mail server tries again by itself; if it finally gives up, check the recipient's address for typos.</source>
        <translation>お使いの側で変更することはありません。メールサーバーが自動で再送します。最終的にあきらめた場合は、宛先のアドレスに入力ミスがないか確認してください。</translation>
    </message>
    <message>
        <source>The connection was lost during delivery</source>
        <translation>配送中に接続が切れました</translation>
    </message>
    <message>
        <source>Some servers use 442 when the connection dropped while the message was being passed on. This is usually temporary.</source>
        <translation>一部のサーバーは、メールを中継している途中で接続が切れたときに 442 を返します。たいていは一時的なものです。</translation>
    </message>
    <message>
        <source>Nothing to change on your side; the message is retried automatically. If your own mail program shows it, check your internet connection and send again.</source>
        <translation>お使いの側で変更することはありません。メールは自動で再送されます。お使いのメールソフトで表示された場合は、インターネット接続を確認してから再送してください。</translation>
    </message>
    <message>
        <source>The message was passed between servers too many times (too many "hops"). Usually forwarding rules point at each other.</source>
        <translation>メールがサーバー間で何度も受け渡されすぎました（「ホップ」が多すぎます）。多くは、転送の設定がお互いを指し合っています。</translation>
    </message>
    <message>
        <source>Tell the recipient or their mail administrator: their forwarding settings create a loop.</source>
        <translation>相手またはその管理者に、転送の設定がループしていることを伝えてください。</translation>
    </message>
    <message>
        <source>Delivery timed out at the receiving side</source>
        <translation>受信側で配送がタイムアウトしました</translation>
    </message>
    <message>
        <source>Some servers use 447 when sending timed out because of problems at the receiving server.</source>
        <translation>一部のサーバーは、受信側のサーバーの問題で送信がタイムアウトしたときに 447 を返します。</translation>
    </message>
    <message>
        <source>Nothing to change on your side. Wait for the final delivery report; send again later if it fails.</source>
        <translation>お使いの側で変更することはありません。最終的な配送結果のお知らせを待ち、失敗した場合は後で再送してください。</translation>
    </message>
    <message>
        <source>A routing problem on the way</source>
        <translation>途中の経路の問題</translation>
    </message>
    <message>
        <source>Some servers (for example Microsoft Exchange) use 449 for a temporary routing error on the way to the recipient.</source>
        <translation>一部のサーバー（たとえば Microsoft Exchange）は、相手までの途中で一時的な経路のエラーが起きたときに 449 を返します。</translation>
    </message>
    <message>
        <source>Nothing to change on your side. If the delivery finally fails, send the report to the recipient's mail administrator.</source>
        <translation>お使いの側で変更することはありません。最終的に配送に失敗した場合は、そのお知らせを相手のメール管理者に送ってください。</translation>
    </message>
    <message>
        <source>The mailbox is temporarily unavailable</source>
        <translation>メールボックスが一時的に使えません</translation>
    </message>
    <message>
        <source>The server could not take the message just now: the mailbox may be busy, or the server delays first messages from unknown senders (greylisting), or it is checking something that did not answer.</source>
        <translation>サーバーは今はメールを受け取れませんでした。メールボックスが使用中である、知らない送信者からの最初のメールを遅らせている（グレーリスティング）、または確認中の何かが応答しなかった可能性があります。</translation>
    </message>
    <message>
        <source>Wait and send again; mail servers retry by themselves. Greylisting usually lets the second attempt through after a few minutes.</source>
        <translation>時間をおいて再送してください。メールサーバーは自動で再送します。グレーリスティングなら、たいてい数分後の 2 回目で通ります。</translation>
    </message>
    <message>
        <source>The server had a temporary problem</source>
        <translation>サーバーで一時的な問題が起きました</translation>
    </message>
    <message>
        <source>The server stopped processing because of a local error: an overload, a failed check (a virus scanner, a DNS lookup) or greylisting. It is temporary.</source>
        <translation>サーバーは内部のエラーで処理を中止しました。混雑、確認の失敗（ウイルス検査や DNS の問い合わせ）、グレーリスティングなどです。一時的なものです。</translation>
    </message>
    <message>
        <source>Wait a few minutes and send again. If it lasts more than a few hours, contact the provider of the server that sent this reply.</source>
        <translation>数分待ってから再送してください。数時間以上続く場合は、この応答を返したサーバーの提供元に問い合わせてください。</translation>
    </message>
    <message>
        <source>The server has too little space or too many recipients</source>
        <translation>サーバーの保存領域が不足しているか、宛先が多すぎます</translation>
    </message>
    <message>
        <source>The server cannot take this now: its storage is short, the recipient's mailbox is full, or the message has more recipients than it accepts at once.</source>
        <translation>サーバーは今これを受け付けられません。保存領域が不足している、相手のメールボックスがいっぱい、または一度に受け付ける数より宛先が多い、のいずれかです。</translation>
    </message>
    <message>
        <source>Send again later. If you wrote to many people at once, send to fewer recipients per message.</source>
        <translation>後で再送してください。一度に多くの人に送った場合は、1 通あたりの宛先を減らしてください。</translation>
    </message>
    <message>
        <source>Encryption or sign-in is temporarily unavailable</source>
        <translation>暗号化またはログインが一時的に使えません</translation>
    </message>
    <message>
        <source>The server cannot start encryption (STARTTLS) or check your sign-in right now because of a temporary problem on its side. Some servers also use 454 to refuse relaying.</source>
        <translation>サーバー側の一時的な問題で、今は暗号化（STARTTLS）の開始やログインの確認ができません。中継を断るときに 454 を返すサーバーもあります。</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again. If it persists, contact your mail provider.</source>
        <translation>数分待ってから再試行してください。続く場合は、メールの提供元に問い合わせてください。</translation>
    </message>
    <message>
        <source>The server cannot handle the request's options right now</source>
        <translation>サーバーは今、要求のオプションに対応できません</translation>
    </message>
    <message>
        <source>The server cannot accommodate the extra options of the sender or recipient command at the moment (RFC 5321).</source>
        <translation>サーバーは今、送信者や宛先のコマンドに付いた追加のオプションに対応できません（RFC 5321）。</translation>
    </message>
    <message>
        <source>Send again later. If it persists, contact the server's administrator.</source>
        <translation>後で再送してください。続く場合は、サーバーの管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>A filter on the mail server had a problem</source>
        <translation>メールサーバーのフィルターで問題が起きました</translation>
    </message>
    <message>
        <source>Some servers use 471 when their spam or virus filter failed or refused the message for now.</source>
        <translation>一部のサーバーは、迷惑メールやウイルスのフィルターが失敗したか、メールを一時的に拒否したときに 471 を返します。</translation>
    </message>
    <message>
        <source>Send again later. If it keeps happening, send this report to your mail provider.</source>
        <translation>後で再送してください。何度も起きる場合は、このレポートをメールの提供元に送ってください。</translation>
    </message>
    <message>
        <source>The server did not understand a command</source>
        <translation>サーバーがコマンドを理解できませんでした</translation>
    </message>
    <message>
        <source>The server could not recognise what the mail program sent, or the line was too long. A firewall or antivirus program that rewrites the mail conversation often causes this.</source>
        <translation>サーバーは、メールソフトが送ったものを認識できなかったか、行が長すぎました。メールのやり取りを書き換えるファイアウォールやウイルス対策ソフトが原因のことがよくあります。</translation>
    </message>
    <message>
        <source>Try port 465 with SSL/TLS, which such programs cannot change. Turn off "email scanning" in your security software and try again.</source>
        <translation>そうしたソフトが書き換えられないポート 465 の SSL/TLS を試してください。セキュリティソフトの「メール検査」をオフにしてから再試行してください。</translation>
    </message>
    <message>
        <source>Something in the command was not valid</source>
        <translation>コマンドの内容に正しくないものがありました</translation>
    </message>
    <message>
        <source>The server understood the command, but not what came with it: most often an email address with a typo, spaces or invalid characters.</source>
        <translation>サーバーはコマンド自体は理解しましたが、一緒に送られた内容を理解できませんでした。多くは、入力ミス、空白、使えない文字を含むメールアドレスです。</translation>
    </message>
    <message>
        <source>Check the sender and recipient addresses for typos, spaces, missing "@" or full-width characters, then send again.</source>
        <translation>送信者と宛先のアドレスに入力ミス、空白、「@」の抜け、全角文字がないか確認してから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>The server does not support this command</source>
        <translation>サーバーはこのコマンドに対応していません</translation>
    </message>
    <message>
        <source>The server knows the command but does not offer it here, for example sign-in or encryption on a port where it is not available.</source>
        <translation>サーバーはコマンドを知っていますが、ここでは提供していません。たとえば、ログインや暗号化が使えないポートで使おうとした場合です。</translation>
    </message>
    <message>
        <source>Use your provider's sending port (587 with STARTTLS or 465 with SSL/TLS) and the settings from its setup page.</source>
        <translation>提供元の送信用ポート（587 と STARTTLS、または 465 と SSL/TLS）と、設定案内のとおりの設定を使ってください。</translation>
    </message>
    <message>
        <source>Commands came in the wrong order</source>
        <translation>コマンドの順番が違います</translation>
    </message>
    <message>
        <source>The server expected another step first. Most often it wants you to sign in (SMTP authentication) before sending, or encryption before sign-in.</source>
        <translation>サーバーは先に別の手順を求めています。多くは、送信の前にログイン（SMTP 認証）を、ログインの前に暗号化を求めています。</translation>
    </message>
    <message>
        <source>The server does not support this option</source>
        <translation>サーバーはこのオプションに対応していません</translation>
    </message>
    <message>
        <source>A parameter of the command is not available on this server, most often the chosen sign-in method (authentication type).</source>
        <translation>コマンドの指定の一部がこのサーバーでは使えません。多くは、選んだログイン方式（認証方式）です。</translation>
    </message>
    <message>
        <source>Bad recipient address</source>
        <translation>宛先のアドレスが正しくありません</translation>
    </message>
    <message>
        <source>Some servers use 510 or 511 to say that the recipient's address is wrong or does not exist.</source>
        <translation>一部のサーバーは、宛先のアドレスが間違っているか存在しないことを 510 や 511 で知らせます。</translation>
    </message>
    <message>
        <source>Check the recipient's address for typos, or ask them for their current address.</source>
        <translation>宛先のアドレスに入力ミスがないか確認するか、相手に現在のアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The recipient's domain was not found</source>
        <translation>宛先のドメインが見つかりませんでした</translation>
    </message>
    <message>
        <source>Some servers use 512 when the part after "@" in the recipient's address has no mail server (the domain does not exist or is mistyped).</source>
        <translation>一部のサーバーは、宛先アドレスの「@」より後ろにメールサーバーがない（ドメインが存在しないか入力ミス）ときに 512 を返します。</translation>
    </message>
    <message>
        <source>The address is not accepted</source>
        <translation>アドレスが受け付けられません</translation>
    </message>
    <message>
        <source>Some servers use 513 for an address in the wrong form, and some when you must sign in before sending to this address.</source>
        <translation>一部のサーバーは、形式の正しくないアドレスに 513 を返します。このアドレスに送る前にログインが必要な場合に返すサーバーもあります。</translation>
    </message>
    <message>
        <source>Check the addresses for typos, and make sure "My outgoing server (SMTP) requires authentication" is turned on in your mail program.</source>
        <translation>アドレスに入力ミスがないか確認し、メールソフトで「送信サーバー (SMTP) は認証が必要」がオンになっているか確かめてください。</translation>
    </message>
    <message>
        <source>Invalid recipient mailbox</source>
        <translation>宛先のメールボックスが正しくありません</translation>
    </message>
    <message>
        <source>Some servers use 515 when the recipient's address is not valid.</source>
        <translation>一部のサーバーは、宛先のアドレスが有効でないときに 515 を返します。</translation>
    </message>
    <message>
        <source>This server does not accept mail</source>
        <translation>このサーバーはメールを受け付けていません</translation>
    </message>
    <message>
        <source>The server says it never accepts mail (RFC 7504). Either the address's domain does not receive mail at all, or you reached a server that is not meant for mail.</source>
        <translation>サーバーは、メールを一切受け付けないと答えています（RFC 7504）。宛先のドメインがメールを受け取らないか、メール用ではないサーバーに接続しています。</translation>
    </message>
    <message>
        <source>Check the recipient's address. If this appears while you send, check the outgoing server name in your mail program.</source>
        <translation>宛先のアドレスを確認してください。送信時にこれが表示された場合は、メールソフトの送信メールサーバー名を確認してください。</translation>
    </message>
    <message>
        <source>Encryption is needed, or the message is too large</source>
        <translation>暗号化が必要か、メールが大きすぎます</translation>
    </message>
    <message>
        <source>RFC 5248 uses 523 for "encryption needed"; some servers use it when the message is larger than they accept.</source>
        <translation>RFC 5248 では 523 は「暗号化が必要」という意味ですが、メールが受け付けられる大きさを超えたときに返すサーバーもあります。</translation>
    </message>
    <message>
        <source>Turn on SSL/TLS or STARTTLS in your mail program's outgoing server settings. If the message has large attachments, send them smaller or as a link.</source>
        <translation>メールソフトの送信メールサーバーの設定で SSL/TLS か STARTTLS をオンにしてください。大きな添付ファイルがある場合は、小さくするかリンクで送ってください。</translation>
    </message>
    <message>
        <source>Sign-in or encryption is required first</source>
        <translation>先にログインか暗号化が必要です</translation>
    </message>
    <message>
        <source>The server refuses to continue until the mail program signs in (SMTP authentication), and often until the connection is encrypted.</source>
        <translation>サーバーは、メールソフトがログイン（SMTP 認証）するまで、多くの場合は接続が暗号化されるまで、先に進みません。</translation>
    </message>
    <message>
        <source>Turn on "My outgoing server (SMTP) requires authentication" with your user name and password, and set security to STARTTLS (port 587) or SSL/TLS (port 465).</source>
        <translation>「送信サーバー (SMTP) は認証が必要」をオンにしてユーザー名とパスワードを設定し、暗号化を STARTTLS（ポート 587）または SSL/TLS（ポート 465）にしてください。</translation>
    </message>
    <message>
        <source>The recipient's filter refused the message</source>
        <translation>相手のフィルターがメールを拒否しました</translation>
    </message>
    <message>
        <source>Some servers use 541 when their spam filter or the recipient's own rules refused the message.</source>
        <translation>一部のサーバーは、迷惑メールフィルターや相手自身の規則がメールを拒否したときに 541 を返します。</translation>
    </message>
    <message>
        <source>Ask the recipient in another way to add your address to their allowed senders, and avoid spam-like content such as many links or only an image.</source>
        <translation>ほかの方法で相手に連絡して、受信を許可する送信者にご自分のアドレスを追加してもらってください。リンクだらけや画像だけといった迷惑メールのような内容も避けてください。</translation>
    </message>
    <message>
        <source>Refused: mailbox unavailable or not allowed</source>
        <translation>拒否されました：メールボックスが使えないか、許可されていません</translation>
    </message>
    <message>
        <source>The server permanently refused the request. Most often the recipient's address does not exist; it can also mean your address or server is blocked, or the message broke a rule. The words after the code say which.</source>
        <translation>サーバーは要求を恒久的に拒否しました。多くは宛先のアドレスが存在しないためですが、お使いのアドレスやサーバーが遮断されている、メールが規則に反した、という場合もあります。どれに当たるかは、コードの後に続く説明文に書かれています。</translation>
    </message>
    <message>
        <source>Check the recipient's address for typos first. If it is right, read the server's words after the code and look at the other explanations shown here.</source>
        <translation>まず宛先のアドレスに入力ミスがないか確認してください。正しい場合は、コードの後に続くサーバーからの応答と、ここに表示されたほかの説明を見てください。</translation>
    </message>
    <message>
        <source>The user is not on this server</source>
        <translation>このサーバーの利用者ではありません</translation>
    </message>
    <message>
        <source>The server does not handle this recipient and will not pass the message on. With your own outgoing server this usually means you are not signed in.</source>
        <translation>サーバーはこの宛先を扱っておらず、メールを中継もしません。ご自分の送信メールサーバーでこれが出る場合、多くはログインしていません。</translation>
    </message>
    <message>
        <source>Turn on "My outgoing server (SMTP) requires authentication" in your mail program. If you typed the recipient's address, check it too.</source>
        <translation>メールソフトで「送信サーバー (SMTP) は認証が必要」をオンにしてください。宛先のアドレスを手入力した場合は、それも確認してください。</translation>
    </message>
    <message>
        <source>Too large, or the mailbox is full</source>
        <translation>大きすぎるか、メールボックスがいっぱいです</translation>
    </message>
    <message>
        <source>The message exceeds a storage limit: either the message (with attachments) is larger than the server accepts, or the recipient's mailbox is full.</source>
        <translation>メールが保存容量の上限を超えています。メール（添付ファイルを含む）がサーバーの受け付ける大きさを超えているか、相手のメールボックスがいっぱいです。</translation>
    </message>
    <message>
        <source>Send smaller attachments or share large files through a link. If the words say the mailbox is full, tell the recipient in another way.</source>
        <translation>添付ファイルを小さくするか、大きなファイルはリンクで共有してください。メールボックスがいっぱいと書かれている場合は、ほかの方法で相手に伝えてください。</translation>
    </message>
    <message>
        <source>The address is not allowed</source>
        <translation>このアドレスは許可されていません</translation>
    </message>
    <message>
        <source>The server refused an address: often the sender address does not belong to the account you signed in with, or you are not signed in, or an address has invalid characters.</source>
        <translation>サーバーがアドレスを拒否しました。多くは、送信者アドレスがログインしたアカウントのものでない、ログインしていない、またはアドレスに使えない文字がある、のいずれかです。</translation>
    </message>
    <message>
        <source>Make the sender (From) address in your mail program the one of this account, turn on SMTP authentication, and check the addresses for typos.</source>
        <translation>メールソフトの送信者（差出人）アドレスをこのアカウントのものにし、SMTP 認証をオンにして、アドレスに入力ミスがないか確認してください。</translation>
    </message>
    <message>
        <source>The server refused the transaction</source>
        <translation>サーバーが処理を拒否しました</translation>
    </message>
    <message>
        <source>The server permanently refused: at the start of the connection it means no mail service for you (often a block list), later it usually means the message was refused by policy, as spam, or because relaying is not allowed.</source>
        <translation>サーバーは恒久的に拒否しました。接続の最初であれば、この接続にはメールサービスを提供しないという意味です（多くはブロックリスト）。それより後なら、多くはポリシー、迷惑メールの判定、中継の不許可によりメールが拒否されています。</translation>
    </message>
    <message>
        <source>Read the server's words after the code: they name the reason. Send the whole error to your mail provider if it mentions a block list or policy.</source>
        <translation>コードの後に続くサーバーからの応答を読んでください。理由が書かれています。ブロックリストやポリシーについて書かれている場合は、エラー全体をメールの提供元に送ってください。</translation>
    </message>
    <message>
        <source>An option of the sender or recipient command is not supported</source>
        <translation>送信者または宛先のコマンドのオプションに対応していません</translation>
    </message>
    <message>
        <source>The mail program added an option to MAIL FROM or RCPT TO that the server does not know (RFC 5321), or the address is malformed.</source>
        <translation>メールソフトが MAIL FROM や RCPT TO に、サーバーの知らないオプションを付けたか（RFC 5321）、アドレスの形式が崩れています。</translation>
    </message>
    <message>
        <source>Check the addresses for unusual characters. Update your mail program; if it persists, send this report to your mail provider.</source>
        <translation>アドレスに特殊な文字がないか確認してください。メールソフトを更新し、続く場合はこのレポートをメールの提供元に送ってください。</translation>
    </message>
    <message>
        <source>Ready to start encryption</source>
        <translation>暗号化を始める準備ができました</translation>
    </message>
    <message>
        <source>The server agreed to STARTTLS; the connection is encrypted next. This is a normal step.</source>
        <translation>サーバーが STARTTLS に同意しました。次に接続が暗号化されます。通常の手順です。</translation>
    </message>
    <message>
        <source>The server accepted the greeting and lists its features</source>
        <translation>サーバーがあいさつを受け付け、機能の一覧を示しています</translation>
    </message>
    <message>
        <source>After EHLO the server lists what it offers, such as STARTTLS (encryption), AUTH (sign-in) and SIZE (the largest message). This is normal.</source>
        <translation>EHLO の後、サーバーは STARTTLS（暗号化）、AUTH（ログイン）、SIZE（最大のメールサイズ）など、提供する機能を一覧で示します。正常な動作です。</translation>
    </message>
    <message>
        <source>The server turned the connection away for now</source>
        <translation>サーバーが今は接続を断りました</translation>
    </message>
    <message>
        <source>Right at the start, the server said it cannot serve this connection now: it is busy, has too many connections from your address, or temporarily blocks your network.</source>
        <translation>接続の最初に、サーバーが今はこの接続に対応できないと答えました。混み合っている、お使いのアドレスからの接続が多すぎる、または一時的にお使いのネットワークを遮断しています。</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again. Close other mail programs or devices that send at the same time. If it lasts, contact your mail provider.</source>
        <translation>数分待ってから再試行してください。同時に送信しているほかのメールソフトや機器は閉じてください。続く場合は、メールの提供元に問い合わせてください。</translation>
    </message>
    <message>
        <source>The recipient cannot be accepted just now</source>
        <translation>今はこの宛先を受け付けられません</translation>
    </message>
    <message>
        <source>The receiving side delays this recipient: often greylisting (first messages from a new sender are asked to come back later), sometimes a busy mailbox or a check that did not answer.</source>
        <translation>受信側がこの宛先の受け付けを遅らせています。多くはグレーリスティング（新しい送信者からの最初のメールは後で再送するよう求める仕組み）で、メールボックスが使用中だったり、確認が応答しなかったりすることもあります。</translation>
    </message>
    <message>
        <source>Nothing to fix: mail servers retry by themselves and greylisting lets the next attempt through. If you send from a mail program, try again in 5 to 15 minutes.</source>
        <translation>直す必要はありません。メールサーバーは自動で再送し、グレーリスティングなら次の試行で通ります。メールソフトから送っている場合は、5〜15 分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The sender address could not be checked just now</source>
        <translation>今は送信者アドレスを確認できませんでした</translation>
    </message>
    <message>
        <source>The server could not verify your sender address or its domain at the moment (for example its DNS did not answer).</source>
        <translation>サーバーは今、お使いの送信者アドレスやそのドメインを確認できませんでした（たとえば DNS が応答しなかった）。</translation>
    </message>
    <message>
        <source>Check that the sender address in your mail program is correct, then try again in a few minutes.</source>
        <translation>メールソフトの送信者アドレスが正しいか確認してから、数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Too many recipients, or the mailbox is full</source>
        <translation>宛先が多すぎるか、メールボックスがいっぱいです</translation>
    </message>
    <message>
        <source>The server accepts no more recipients for this message, or the recipient's mailbox is out of space.</source>
        <translation>サーバーはこのメールの宛先をこれ以上受け付けないか、相手のメールボックスに空きがありません。</translation>
    </message>
    <message>
        <source>Send to fewer recipients per message (split a long list), or try again later if the recipient's mailbox is full.</source>
        <translation>1 通あたりの宛先を減らすか（長いリストは分けてください）、相手のメールボックスがいっぱいの場合は後でお試しください。</translation>
    </message>
    <message>
        <source>The server cannot start encryption right now</source>
        <translation>サーバーは今、暗号化を始められません</translation>
    </message>
    <message>
        <source>The server offered STARTTLS but cannot start it at the moment, usually because of a certificate or load problem on its side.</source>
        <translation>サーバーは STARTTLS を提供していますが、今は開始できません。多くはサーバー側の証明書や混雑の問題です。</translation>
    </message>
    <message>
        <source>Try again later, or use port 465 with SSL/TLS. If it persists, contact your mail provider.</source>
        <translation>時間をおいて再試行するか、ポート 465 の SSL/TLS を使ってください。続く場合は、メールの提供元に問い合わせてください。</translation>
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
        <source>The server will not pass your mail on for now</source>
        <translation>サーバーが今はメールの中継を断っています</translation>
    </message>
    <message>
        <source>Some servers answer 454 when they refuse to relay mail to outside addresses for a sender that has not signed in.</source>
        <translation>一部のサーバーは、ログインしていない送信者から外部のアドレスへのメールの中継を断るときに 454 を返します。</translation>
    </message>
    <message>
        <source>The greeting (EHLO) was not understood</source>
        <translation>あいさつ（EHLO）が理解されませんでした</translation>
    </message>
    <message>
        <source>The server or something in between did not understand the modern greeting. A firewall with "SMTP inspection" often does this, and it also hides encryption and sign-in.</source>
        <translation>サーバーか途中の何かが、新しい形式のあいさつを理解しませんでした。「SMTP インスペクション」を行うファイアウォールでよく起き、暗号化やログインの機能も見えなくなります。</translation>
    </message>
    <message>
        <source>Use port 465 with SSL/TLS. Ask your network administrator to turn off SMTP/ESMTP inspection on the firewall.</source>
        <translation>ポート 465 の SSL/TLS を使ってください。ファイアウォールの SMTP/ESMTP インスペクションをオフにするよう、ネットワーク管理者に依頼してください。</translation>
    </message>
    <message>
        <source>The server did not understand the sign-in</source>
        <translation>サーバーがログインを理解しませんでした</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in command or its data was too long (RFC 4954). Sign-in may not be offered on this port or connection.</source>
        <translation>サーバーがログインのコマンドを受け付けなかったか、そのデータが長すぎました（RFC 4954）。このポートや接続ではログインが提供されていない可能性があります。</translation>
    </message>
    <message>
        <source>Use port 587 with STARTTLS or 465 with SSL/TLS, where sign-in is offered, and the authentication method "Normal password".</source>
        <translation>ログインが提供されているポート 587（STARTTLS）か 465（SSL/TLS）を使い、認証方式を「通常のパスワード認証」にしてください。</translation>
    </message>
    <message>
        <source>The sign-in data was malformed</source>
        <translation>ログインのデータの形式が正しくありません</translation>
    </message>
    <message>
        <source>The server could not read the user name or password the mail program sent (for example broken encoding or unusual characters).</source>
        <translation>メールソフトが送ったユーザー名かパスワードを、サーバーが読み取れませんでした（たとえば符号化の誤りや特殊な文字）。</translation>
    </message>
    <message>
        <source>Enter the user name and password again by hand (do not paste spaces). If the password has unusual characters, try changing it to letters and digits.</source>
        <translation>ユーザー名とパスワードを手で入力し直してください（空白を貼り付けないでください）。パスワードに特殊な文字がある場合は、英数字だけのパスワードに変えてみてください。</translation>
    </message>
    <message>
        <source>The sender address is not valid</source>
        <translation>送信者アドレスが正しくありません</translation>
    </message>
    <message>
        <source>The server could not read the sender address: it has a typo, spaces or characters that are not allowed.</source>
        <translation>サーバーが送信者アドレスを読み取れませんでした。入力ミス、空白、使えない文字があります。</translation>
    </message>
    <message>
        <source>The recipient address is not valid</source>
        <translation>宛先のアドレスが正しくありません</translation>
    </message>
    <message>
        <source>The server could not read the recipient's address: it has a typo, spaces, a missing "@" or characters that are not allowed.</source>
        <translation>サーバーが宛先のアドレスを読み取れませんでした。入力ミス、空白、「@」の抜け、使えない文字があります。</translation>
    </message>
    <message>
        <source>The mail program introduces itself with the computer's name, and the server did not accept that name (empty or invalid).</source>
        <translation>メールソフトはパソコンの名前を名乗ってあいさつしますが、サーバーはその名前（空または不正）を受け付けませんでした。</translation>
    </message>
    <message>
        <source>Give the computer a simple name of letters and digits, or update the mail program. If the server is your company's, ask its administrator.</source>
        <translation>パソコンの名前を英数字だけの簡単なものにするか、メールソフトを更新してください。会社のサーバーであれば、管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS here</source>
        <translation>このサーバーでは STARTTLS が提供されていません</translation>
    </message>
    <message>
        <source>Encryption with STARTTLS is not available on this port, so the password would travel unencrypted.</source>
        <translation>このポートでは STARTTLS による暗号化が使えないため、パスワードが暗号化されずに送られてしまいます。</translation>
    </message>
    <message>
        <source>Use port 465 with SSL/TLS or port 587 with STARTTLS if your provider supports them. If not, ask your provider for a secure way to send.</source>
        <translation>提供元が対応していれば、ポート 465 の SSL/TLS かポート 587 の STARTTLS を使ってください。対応していない場合は、安全な送信方法を提供元に問い合わせてください。</translation>
    </message>
    <message>
        <source>The server only knows the old greeting</source>
        <translation>サーバーは古い形式のあいさつしか知りません</translation>
    </message>
    <message>
        <source>The server does not support EHLO, so it offers no encryption or sign-in. It is very old or not meant for sending from mail programs.</source>
        <translation>サーバーは EHLO に対応していないため、暗号化もログインも提供していません。とても古いサーバーか、メールソフトからの送信用ではありません。</translation>
    </message>
    <message>
        <source>Check that the outgoing server name and port are the ones your provider gives for mail programs.</source>
        <translation>送信メールサーバー名とポートが、提供元がメールソフト用に案内しているものか確認してください。</translation>
    </message>
    <message>
        <source>Sign-in is not possible at this point</source>
        <translation>この時点ではログインできません</translation>
    </message>
    <message>
        <source>The server refused AUTH at this moment: you may already be signed in, or sign-in is only allowed after encryption, or not at all on this port.</source>
        <translation>サーバーはこの時点での AUTH を断りました。すでにログイン済みか、暗号化の後でしかログインできないか、このポートではログインできません。</translation>
    </message>
    <message>
        <source>The server wants sign-in before sending</source>
        <translation>サーバーは送信の前にログインを求めています</translation>
    </message>
    <message>
        <source>The server refused to start a message: it expects the mail program to sign in first (or to greet it first).</source>
        <translation>サーバーがメールの送信開始を断りました。先にメールソフトがログインする（または先にあいさつする）ことを求めています。</translation>
    </message>
    <message>
        <source>Turn on "My outgoing server (SMTP) requires authentication" with your user name and password in your mail program's outgoing server settings.</source>
        <translation>メールソフトの送信メールサーバーの設定で「送信サーバー (SMTP) は認証が必要」をオンにし、ユーザー名とパスワードを設定してください。</translation>
    </message>
    <message>
        <source>Recipients refused: the sender step failed or sign-in is missing</source>
        <translation>宛先が拒否されました：送信者の段階で失敗したか、ログインしていません</translation>
    </message>
    <message>
        <source>The server refused the recipient because an earlier step did not succeed: usually the sender was refused or the mail program did not sign in.</source>
        <translation>前の段階がうまくいかなかったため、サーバーが宛先を拒否しました。多くは送信者が拒否されたか、メールソフトがログインしていません。</translation>
    </message>
    <message>
        <source>Look for an earlier error about the sender, and turn on "My outgoing server (SMTP) requires authentication" in your mail program.</source>
        <translation>送信者についての前のエラーを探し、メールソフトで「送信サーバー (SMTP) は認証が必要」をオンにしてください。</translation>
    </message>
    <message>
        <source>No valid recipients</source>
        <translation>有効な宛先がありません</translation>
    </message>
    <message>
        <source>The server refused the message because none of the recipients was accepted before.</source>
        <translation>それまでに受け付けられた宛先が 1 つもないため、サーバーはメールを拒否しました。</translation>
    </message>
    <message>
        <source>Look for the errors about each recipient above, and check the addresses.</source>
        <translation>上にある各宛先についてのエラーを確認し、アドレスを見直してください。</translation>
    </message>
    <message>
        <source>The server wants a full host name (like mail.example.com) in the greeting and refused the name this computer sent.</source>
        <translation>サーバーはあいさつで完全なホスト名（mail.example.com のような名前）を求めており、このパソコンが名乗った名前を拒否しました。</translation>
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
        <source>The recipient was refused</source>
        <translation>宛先が拒否されました</translation>
    </message>
    <message>
        <source>The receiving side refused this recipient: most often the mailbox does not exist. It can also mean relaying is not allowed or the recipient refuses your mail.</source>
        <translation>受信側がこの宛先を拒否しました。多くはメールボックスが存在しないためですが、中継が許可されていない、または相手がこちらからのメールを拒否している場合もあります。</translation>
    </message>
    <message>
        <source>Check the recipient's address for typos, or ask them for their correct address. If the words mention relay or authentication, turn on SMTP authentication.</source>
        <translation>宛先のアドレスに入力ミスがないか確認するか、相手に正しいアドレスを確認してください。中継（relay）や認証について書かれている場合は、SMTP 認証をオンにしてください。</translation>
    </message>
    <message>
        <source>The message was refused after it was sent</source>
        <translation>送信後にメールが拒否されました</translation>
    </message>
    <message>
        <source>The receiving side read the whole message and refused it: usually a spam or content filter, a sender check (SPF, DKIM, DMARC), or the recipient's own receiving rules.</source>
        <translation>受信側はメール全体を読んでから拒否しました。多くは迷惑メールや内容のフィルター、送信者の確認（SPF、DKIM、DMARC）、または相手自身の受信設定によるものです。</translation>
    </message>
    <message>
        <source>Read the words after the code. Ask the recipient in another way to allow your address; if it mentions SPF, DKIM or DMARC, send the report to whoever runs your domain.</source>
        <translation>コードの後に続く説明文を読んでください。ほかの方法で相手に連絡してご自分のアドレスを許可してもらい、SPF、DKIM、DMARC について書かれている場合は、このお知らせをドメインの管理者に送ってください。</translation>
    </message>
    <message>
        <source>At this stage 552 usually means the recipient's mailbox has no space left.</source>
        <translation>この段階の 552 は、多くの場合、相手のメールボックスに空きがないという意味です。</translation>
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
        <source>The recipient address is not allowed here</source>
        <translation>この宛先はここでは許可されていません</translation>
    </message>
    <message>
        <source>The server refused the recipient: either the address is malformed, or the server only passes mail on to outside addresses for users who have signed in.</source>
        <translation>サーバーが宛先を拒否しました。アドレスの形式が崩れているか、このサーバーはログインした利用者からしか外部のアドレスへ中継しません。</translation>
    </message>
    <message>
        <source>Check the recipient's address, and turn on "My outgoing server (SMTP) requires authentication" in your mail program.</source>
        <translation>宛先のアドレスを確認し、メールソフトで「送信サーバー (SMTP) は認証が必要」をオンにしてください。</translation>
    </message>
    <message>
        <source>The server refuses to talk to your connection</source>
        <translation>サーバーがこの接続とのやり取りを断っています</translation>
    </message>
    <message>
        <source>Right at the start the server said there is no mail service for you. Most often your internet address is on a block list, or the server is not meant for sending from mail programs.</source>
        <translation>接続の最初に、サーバーがこの接続にはメールサービスを提供しないと答えました。多くは、お使いのインターネット上のアドレスがブロックリストに載っているか、メールソフトからの送信用のサーバーではないためです。</translation>
    </message>
    <message>
        <source>Use your own mail provider's outgoing server with sign-in on port 587 or 465. If you already do, send this error to your provider.</source>
        <translation>ご自分のメールの提供元の送信メールサーバーに、ポート 587 か 465 でログインして使ってください。すでにそうしている場合は、このエラーを提供元に伝えてください。</translation>
    </message>
    <message>
        <source>The recipient was refused by policy</source>
        <translation>ポリシーにより宛先が拒否されました</translation>
    </message>
    <message>
        <source>The server refused this recipient. Most often it does not relay mail for senders who have not signed in; sometimes the recipient or your address is blocked.</source>
        <translation>サーバーがこの宛先を拒否しました。多くは、ログインしていない送信者のメールを中継しないためです。宛先やお使いのアドレスが遮断されていることもあります。</translation>
    </message>
    <message>
        <source>The message was refused</source>
        <translation>メールが拒否されました</translation>
    </message>
    <message>
        <source>The server received the message and refused it: usually as spam, because of a virus or blocked attachment, or because of a sender check (SPF, DKIM, DMARC).</source>
        <translation>サーバーはメールを受け取ってから拒否しました。多くは迷惑メールの判定、ウイルスや受け付けない添付ファイル、または送信者の確認（SPF、DKIM、DMARC）によるものです。</translation>
    </message>
    <message>
        <source>Read the words after the code. Remove unusual attachments (for example .exe or .zip files) and send again; if it mentions a block list or SPF/DKIM/DMARC, send the report to your mail provider.</source>
        <translation>コードの後に続く説明文を読んでください。特殊な添付ファイル（.exe や .zip など）を外して再送し、ブロックリストや SPF/DKIM/DMARC について書かれている場合は、このお知らせをメールの提供元に送ってください。</translation>
    </message>
    <message>
        <source>The code %1 means a temporary refusal and on its own usually stands for "%2"; the server's own words name the reason, so this explanation follows them.</source>
        <translation>コード %1 は一時的な拒否を表し、それだけなら通常「%2」という意味です。ただしサーバーからの応答が理由をはっきり示しているため、この説明はそちらに従っています。</translation>
    </message>
    <message>
        <source>The code %1 means a permanent refusal and on its own usually stands for "%2"; the server's own words name the reason, so this explanation follows them.</source>
        <translation>コード %1 は恒久的な拒否を表し、それだけなら通常「%2」という意味です。ただしサーバーからの応答が理由をはっきり示しているため、この説明はそちらに従っています。</translation>
    </message>
    <message>
        <source>The recipient is not in the organisation's directory (HCL Domino / Notes)</source>
        <translation>宛先が相手の組織のアドレス帳（ディレクトリ）に見つかりません（HCL Domino / Notes）</translation>
    </message>
    <message>
        <source>The recipient's organisation uses HCL Domino (Lotus Notes), which looked the address up in its directory and found nobody with it. The address is mistyped, or the person has left.</source>
        <translation>受信者の組織は HCL Domino（Lotus Notes）を使っており、そのアドレス帳でこのアドレスを探しましたが、該当する人がいませんでした。アドレスの入力ミスか、その人がすでに退職・異動しています。</translation>
    </message>
    <message>
        <source>The address matches more than one person in the recipient's directory</source>
        <translation>このアドレスに当てはまる人が相手のアドレス帳に複数います</translation>
    </message>
    <message>
        <source>The recipient's mail system found several entries for this address and cannot decide where to deliver. Its administrator has to correct the directory.</source>
        <translation>受信者のメールシステムに、このアドレスの登録が複数あり、どこへ配送すればよいか決められません。相手の管理者がアドレス帳を直す必要があります。</translation>
    </message>
    <message>
        <source>Tell the recipient in another way; their mail administrator must fix the duplicate entry. Until then, use another address of theirs if they have one.</source>
        <translation>別の方法で受信者に連絡してください。重複した登録は相手のメール管理者が直す必要があります。それまでは、相手の別のアドレスがあればそちらを使ってください。</translation>
    </message>
    <message>
        <source>The recipient's mail system cannot route mail to this mailbox</source>
        <translation>受信者のメールシステムがこのメールボックスへの経路を見つけられません</translation>
    </message>
    <message>
        <source>The address is known, but the recipient's mail system (often HCL Domino) does not know which of its servers holds the mailbox, or cannot reach it. This is a configuration problem on their side.</source>
        <translation>アドレス自体は登録されていますが、受信者のメールシステム（多くは HCL Domino）が、どのサーバーにメールボックスがあるかを把握できていないか、そのサーバーに届けられません。相手側の設定の問題です。</translation>
    </message>
    <message>
        <source>Tell the recipient in another way so that their mail administrator can fix the routing; send again afterwards.</source>
        <translation>相手のメール管理者が経路の設定を直せるよう、別の方法で受信者に伝えてください。直ってから送り直してください。</translation>
    </message>
    <message>
        <source>The mailing list is holding your post for a moderator</source>
        <translation>メーリングリストが投稿を管理者（モデレーター）の確認待ちにしています</translation>
    </message>
    <message>
        <source>The list did not refuse the message: it keeps it until a moderator approves or rejects it, because you are not a member or the post needs a review.</source>
        <translation>メーリングリストはメールを拒否したのではなく、管理者（モデレーター）が承認するか却下するまで預かっています。送信者がメンバーでないか、投稿に確認が必要なためです。</translation>
    </message>
    <message>
        <source>Wait for the moderator. To post without review, join the list with the address you send from.</source>
        <translation>管理者の判断を待ってください。確認なしで投稿したい場合は、送信に使うアドレスでメーリングリストに参加してください。</translation>
    </message>
    <message>
        <source>The server was sent commands before it had answered (SMTP synchronization error)</source>
        <translation>サーバーの応答を待たずにコマンドが送られました（SMTP synchronization error）</translation>
    </message>
    <message>
        <source>Mail servers such as Exim check that the other side waits for each answer before it sends the next command. Here commands came too early, which is what spam programs do, and also what security software or a firewall that relays the mail conversation can cause. The server then drops the conversation.</source>
        <translation>Exim などのメールサーバーは、相手が応答を待ってから次のコマンドを送っているかを確かめています。今回は早すぎるタイミングでコマンドが届きました。迷惑メール送信プログラムがよくする動きですが、メールのやり取りを中継するセキュリティソフトやファイアウォールが原因のこともあります。サーバーはそこで通信を打ち切ります。</translation>
    </message>
    <message>
        <source>If your mail program shows this, turn off mail scanning in your security software for a test, or try another network, and update the mail program. If a device or script sends the mail, update it. Between servers, the sending server's administrator must check its pipelining.</source>
        <translation>メールソフトでこの表示が出た場合は、試しにセキュリティソフトのメール検査を一時的に止めるか、別のネットワークで試し、メールソフトを更新してください。機器やスクリプトが送っている場合は、それを更新してください。サーバー同士の場合は、送信側サーバーの管理者がパイプライン処理（PIPELINING）の設定を確認する必要があります。</translation>
    </message>
    <message>
        <source>The mail server put the message on hold (frozen)</source>
        <translation>メールサーバーがメールを保留にしました（frozen）</translation>
    </message>
    <message>
        <source>Exim stopped working on the message and keeps it in its queue, usually because a delivery report could not be delivered either, or because of a configuration problem. It is neither sent nor returned until its administrator acts.</source>
        <translation>Exim がこのメールの処理を止め、キューに置いたままにしています。多くの場合、配送不能の通知自体も届けられなかったか、設定に問題があるためです。管理者が対応するまで、送信も返送もされません。</translation>
    </message>
    <message>
        <source>Tell the administrator of that mail server; they can look at the frozen message. Send again later if it does not arrive.</source>
        <translation>そのメールサーバーの管理者に伝えてください。管理者は保留中のメールを確認できます。届かない場合は、あとで送り直してください。</translation>
    </message>
    <message>
        <source>The receiving server refused the recipient address</source>
        <translation>受信側のサーバーが宛先アドレスを拒否しました</translation>
    </message>
    <message>
        <source>The recipient's server (qmail) did not accept the address as soon as it was named; usually no such mailbox exists.</source>
        <translation>受信者のサーバー（qmail）が、宛先を伝えた時点でそのアドレスを受け付けませんでした。多くの場合、そのメールボックスは存在しません。</translation>
    </message>
    <message>
        <source>The message is not formatted as mail must be</source>
        <translation>メールの形式が決まりに合っていません</translation>
    </message>
    <message>
        <source>The receiving server refused the message because its headers or body break the mail format rules (RFC 5322): for example a missing or doubled header, a From line without a proper address, bare line breaks, or unencoded special characters. Normal mail programs rarely do this; scripts, devices and web forms that build mail themselves often do.</source>
        <translation>メールのヘッダーや本文がメールの形式の決まり（RFC 5322）に反しているため、受信側のサーバーが拒否しました。たとえば、必要なヘッダーがない・二重にある、From 行に正しいアドレスがない、単独の改行がある、特殊な文字がエンコードされていない、などです。普通のメールソフトではめったに起きませんが、メールを自分で組み立てるスクリプト、機器、Web フォームではよく起きます。</translation>
    </message>
    <message>
        <source>Send the message from a normal mail program. If a script, device or web form sends it, tell its maintainer what the server said so the message is built correctly.</source>
        <translation>普通のメールソフトから送ってください。スクリプト、機器、Web フォームが送っている場合は、正しい形式のメールを作れるよう、サーバーからの応答をその管理者に伝えてください。</translation>
    </message>
    <message>
        <source>The message with its attachments is larger than the server accepts. Attachments grow by about a third when sent, so a 20 MB file becomes about 27 MB.</source>
        <translation>添付ファイルを含めたメールのサイズが、サーバーが受け付ける上限を超えています。添付ファイルは送信時に約 3 分の 1 大きくなるため、20 MB のファイルは約 27 MB になります。</translation>
    </message>
    <message>
        <source>Send smaller attachments, split them over several messages, or share large files through a download link.</source>
        <translation>添付ファイルを小さくするか、何通かに分けて送るか、大きなファイルはダウンロード用のリンクで共有してください。</translation>
    </message>
    <message>
        <source>A rule of the receiving organisation refused the message</source>
        <translation>受信側の組織のルールによってメールが拒否されました</translation>
    </message>
    <message>
        <source>The receiving side has a rule (set by its administrator) that this message breaks: for example a kind of attachment, content, size or sender it does not take. The server's words may name the rule.</source>
        <translation>受信側には管理者が決めたルールがあり、このメールはそれに反しています。たとえば、受け付けない種類の添付ファイル、内容、サイズ、送信者などです。サーバーからの応答にルールの内容が書かれていることがあります。</translation>
    </message>
    <message>
        <source>Read the server's words for what the rule objects to and change that (send without the attachment, as plain text, or from another address). If it is unclear, ask the recipient to check with their mail administrator.</source>
        <translation>サーバーからの応答で、何がルールに引っかかったかを確認し、そこを変えてください（添付ファイルなしで送る、テキスト形式で送る、別のアドレスから送る など）。はっきりしない場合は、受信者から相手のメール管理者に確認してもらってください。</translation>
    </message>
    <message>
        <source>The outgoing server refused the sender (Thunderbird)</source>
        <translation>送信メールサーバーが送信者を拒否しました（Thunderbird）</translation>
    </message>
    <message>
        <source>Thunderbird shows this when the outgoing server refused the sender address (the MAIL FROM step). The server's answer quoted in the message says why.</source>
        <translation>送信メールサーバーが送信者アドレスを拒否したとき（MAIL FROM の段階）に、Thunderbird はこの表示を出します。理由は、メッセージ内に引用されたサーバーからの応答に書かれています。</translation>
    </message>
    <message>
        <source>Check that the sender address of this identity is the address of the account, and that sign-in is turned on for the outgoing server. The explanation of the server's answer above says more.</source>
        <translation>この差出人（ID）の送信者アドレスがアカウントのアドレスと同じか、また送信メールサーバーでログイン（SMTP 認証）が有効になっているかを確認してください。上に表示されたサーバーからの応答の説明も参考にしてください。</translation>
    </message>
    <message>
        <source>The outgoing server refused a recipient (Thunderbird)</source>
        <translation>送信メールサーバーが宛先を拒否しました（Thunderbird）</translation>
    </message>
    <message>
        <source>Thunderbird shows this when the outgoing server refused one of the recipient addresses (the RCPT TO step). The server's answer quoted in the message says why: an unknown address, or sending without sign-in.</source>
        <translation>送信メールサーバーが宛先アドレスのどれかを拒否したとき（RCPT TO の段階）に、Thunderbird はこの表示を出します。理由は、メッセージ内に引用されたサーバーからの応答に書かれています。存在しないアドレスか、ログインせずに送ろうとしたかのどちらかがよくある原因です。</translation>
    </message>
    <message>
        <source>Check the recipient's address. If the server's answer mentions relaying or authentication, turn on sign-in for the outgoing server.</source>
        <translation>宛先のアドレスを確認してください。サーバーからの応答にリレー（relay）や認証（authentication）という言葉がある場合は、送信メールサーバーのログイン（SMTP 認証）を有効にしてください。</translation>
    </message>
    <message>
        <source>The outgoing server does not let this account send from here (Thunderbird)</source>
        <translation>送信メールサーバーが、この場所からこのアカウントでの送信を許可していません（Thunderbird）</translation>
    </message>
    <message>
        <source>Thunderbird shows this when the server refused to send before the message: the sign-in is missing or wrong for this server, or the server does not accept mail from the network you are on.</source>
        <translation>メール本文を送る前の段階でサーバーが送信を拒否したときに、Thunderbird はこの表示を出します。このサーバーへのログインが設定されていないか間違っている、または今つないでいるネットワークからのメールをサーバーが受け付けていません。</translation>
    </message>
    <message>
        <source>In the outgoing server (SMTP) settings, choose the right authentication method and user name, and use your provider's sending port (587 or 465).</source>
        <translation>送信（SMTP）サーバーの設定で、正しい認証方式とユーザー名を選び、提供元が指定する送信用のポート（587 または 465）を使ってください。</translation>
    </message>
    <message>
        <source>Too many recipients for the outgoing server</source>
        <translation>送信メールサーバーに対して宛先が多すぎます</translation>
    </message>
    <message>
        <source>The outgoing server accepts only a limited number of recipients per message, and this message had more.</source>
        <translation>送信メールサーバーは、1 通のメールで送れる宛先の数を制限しています。このメールはその上限を超えていました。</translation>
    </message>
    <message>
        <source>Send the message in several parts with fewer recipients each, or use a mailing list or mailing service.</source>
        <translation>宛先を減らして何回かに分けて送るか、メーリングリストやメール配信サービスを使ってください。</translation>
    </message>
    <message>
        <source>The outgoing server did not greet like a mail server</source>
        <translation>送信メールサーバーがメールサーバーらしい挨拶を返しませんでした</translation>
    </message>
    <message>
        <source>The first answer on the connection was not the greeting of a mail server. The server name or port probably points at another service (for example the incoming POP or IMAP server), or something in between answers instead.</source>
        <translation>接続して最初に返ってきた応答が、メールサーバーの挨拶ではありませんでした。サーバー名やポートが別のサービス（たとえば受信用の POP や IMAP サーバー）を指しているか、途中の何かが代わりに応答しているようです。</translation>
    </message>
    <message>
        <source>Check the outgoing server name and port (465 with SSL/TLS or 587 with STARTTLS). Run "smtpdoctor check" to see what answers there.</source>
        <translation>送信メールサーバーのサーバー名とポート（SSL/TLS なら 465、STARTTLS なら 587）を確認してください。「smtpdoctor check」を実行すると、そこで何が応答しているかを確認できます。</translation>
    </message>
    <message>
        <source>The recipient's domain could not be looked up</source>
        <translation>宛先のドメインを DNS で調べられませんでした</translation>
    </message>
    <message>
        <source>The sending server asked DNS where to deliver mail for the recipient's domain and got no usable answer. This is usually a passing problem with that domain's name servers; if it lasts, the domain's DNS is broken.</source>
        <translation>送信側のサーバーが、宛先ドメインのメールをどこへ届ければよいか DNS に問い合わせましたが、使える答えが返ってきませんでした。多くは相手のドメインのネームサーバーの一時的な問題ですが、長く続く場合はドメインの DNS 設定が壊れています。</translation>
    </message>
    <message>
        <source>Nothing to change on your side: the server tries again. If a final failure report follows, check the part after "@" and tell the recipient their domain's DNS has a problem.</source>
        <translation>こちら側で変えることはありません。サーバーが自動で再送します。最終的な配送失敗の通知が届いた場合は、「@」より後ろの部分を確認し、受信者にドメインの DNS に問題があることを伝えてください。</translation>
    </message>
    <message>
        <source>A mail server had an internal problem</source>
        <translation>メールサーバーで内部の問題が起きました</translation>
    </message>
    <message>
        <source>The server that answered has a fault or a configuration problem of its own. Nothing in your message or settings caused it.</source>
        <translation>応答したサーバー自体に故障か設定の問題があります。メールの内容やお使いの設定が原因ではありません。</translation>
    </message>
    <message>
        <source>Send again later. If it keeps failing, tell the recipient (or your provider, if it is your own server) and quote the server's words.</source>
        <translation>時間をおいて送り直してください。何度も失敗する場合は、受信者に（ご自分のサーバーなら提供元に）サーバーからの応答を添えて伝えてください。</translation>
    </message>
    <message>
        <source>The receiving server is out of space</source>
        <translation>受信側のサーバーの空き容量が足りません</translation>
    </message>
    <message>
        <source>The server that answered has no room left to store mail right now (its disk or queue is full). This is a problem of that server, not of one mailbox or of your message.</source>
        <translation>応答したサーバーには、いまメールを保存する余裕がありません（ディスクやキューがいっぱいです）。これはそのサーバーの問題で、特定のメールボックスやメールの内容の問題ではありません。</translation>
    </message>
    <message>
        <source>Wait and send again later; mail servers retry by themselves. If it lasts more than a day, tell the recipient in another way.</source>
        <translation>時間をおいて送り直してください。メールサーバーは自動で再送します。1 日以上続く場合は、別の方法で受信者に伝えてください。</translation>
    </message>
    <message>
        <source>Too many connections or recipients at once</source>
        <translation>一度に接続や宛先が多すぎます</translation>
    </message>
    <message>
        <source>The receiving server limits how many connections or recipients one sender may use at the same time, and this sending server went over that limit. It is a temporary limit.</source>
        <translation>受信側のサーバーは、1 つの送信元が同時に使える接続数や宛先数を制限しており、この送信側サーバーがその上限を超えました。一時的な制限です。</translation>
    </message>
    <message>
        <source>Send again later, and split messages to many recipients into smaller groups.</source>
        <translation>時間をおいて送り直してください。多くの宛先に送る場合は、小さなグループに分けてください。</translation>
    </message>
    <message>
        <source>A sending or receiving limit was reached</source>
        <translation>送信または受信の上限に達しました</translation>
    </message>
    <message>
        <source>A server counts how much mail passes through in a period of time, and this message went over the limit: your account's sending limit, or how much one recipient or sender may receive. Nothing is wrong with the message.</source>
        <translation>サーバーは一定時間にやり取りされるメールの量を数えていて、このメールで上限を超えました。アカウントの送信上限か、1 人の受信者や送信者が受け取れる量の上限です。メールの内容に問題はありません。</translation>
    </message>
    <message>
        <source>Wait a few hours (daily limits reset within a day) and send again. For many recipients, use a mailing service instead of your personal account.</source>
        <translation>数時間待ってから送り直してください（1 日あたりの上限は 1 日以内に元に戻ります）。多くの宛先に送る場合は、個人のアカウントではなくメール配信サービスを使ってください。</translation>
    </message>
    <message>
        <source>The mail conversation went wrong</source>
        <translation>サーバーとのやり取り（SMTP の手順）がうまくいきませんでした</translation>
    </message>
    <message>
        <source>A server did not understand a command, or commands came in the wrong order. Between mail programs and servers that normally work, this points to a device in between (a firewall, security software) changing the conversation, or to an unusual program sending the mail.</source>
        <translation>サーバーがコマンドを理解できなかったか、コマンドの順番が正しくありませんでした。普段は問題なく動くメールソフトとサーバーの間でこれが起きる場合は、途中の機器（ファイアウォールやセキュリティソフト）がやり取りを書き換えているか、特殊なプログラムがメールを送っていることが考えられます。</translation>
    </message>
    <message>
        <source>Try again. If it repeats, turn off mail scanning in security software for a test, or try another network. If a device or script sends the mail, update it or ask its maker.</source>
        <translation>もう一度試してください。繰り返す場合は、試しにセキュリティソフトのメール検査を一時的に止めるか、別のネットワークで試してください。機器やスクリプトが送っている場合は、それを更新するか、メーカーに問い合わせてください。</translation>
    </message>
    <message>
        <source>A program on the receiving side failed to store the mail</source>
        <translation>受信側のプログラムがメールを保存できませんでした</translation>
    </message>
    <message>
        <source>The receiving server accepted the message, but a program that should file or process it (a mail filter, a mailbox program, or a script the address forwards to) failed. The fault is on the receiving side, not in your message or settings.</source>
        <translation>受信側のサーバーはメールを受け取りましたが、それを振り分けたり処理したりするプログラム（メールフィルター、メールボックスのプログラム、転送先のスクリプトなど）が失敗しました。原因は受信側にあり、メールの内容やお使いの設定ではありません。</translation>
    </message>
    <message>
        <source>Tell the recipient or their mail administrator and quote the error above. Send again once they have fixed it.</source>
        <translation>上のエラーを添えて、受信者か相手のメール管理者に伝えてください。直ったら送り直してください。</translation>
    </message>
    <message>
        <source>Encryption (TLS) is required</source>
        <translation>暗号化（TLS）が必要です</translation>
    </message>
    <message>
        <source>The server insists on an encrypted connection, and this connection was not encrypted (or the other side does not offer encryption). In a mail program it is a setting; between two mail servers, one of them lacks TLS.</source>
        <translation>サーバーは暗号化された接続を求めていますが、この接続は暗号化されていませんでした（または相手側が暗号化に対応していません）。メールソフトの場合は設定の問題です。メールサーバー同士の場合は、どちらかが TLS に対応していません。</translation>
    </message>
    <message>
        <source>In your mail program, set security to SSL/TLS (port 465) or STARTTLS (port 587). In a bounce between servers, the administrator of the server without TLS must turn it on.</source>
        <translation>メールソフトで、暗号化（セキュリティ）を SSL/TLS（ポート 465）または STARTTLS（ポート 587）に設定してください。サーバー同士の配送失敗の通知の場合は、TLS に対応していない側のサーバーの管理者が有効にする必要があります。</translation>
    </message>
    <message>
        <source>The recipient's own settings refused your mail</source>
        <translation>受信者側の設定がメールを拒否しました</translation>
    </message>
    <message>
        <source>The address exists, but the recipient's filter did not let this message in: a block list, a "only from senders I know" setting, a spam rule, or, on a mobile phone, its mail reception settings. Your own settings are fine.</source>
        <translation>アドレスは存在しますが、受信者側のフィルターがこのメールを通しませんでした。拒否リスト、「知っている相手からだけ受け取る」設定、迷惑メールのルール、携帯電話の場合はメールの受信設定などです。送信側の設定には問題ありません。</translation>
    </message>
    <message>
        <source>Ask the recipient in another way to allow your address (their allowed-senders list or phone mail settings), then send again.</source>
        <translation>別の方法で受信者に連絡し、こちらのアドレスを受信許可に加えてもらってから（受信許可リストや携帯電話のメール受信設定）、送り直してください。</translation>
    </message>
    <message>
        <source>The recipient has moved to another address</source>
        <translation>受信者が別のアドレスに移っています</translation>
    </message>
    <message>
        <source>This address is no longer used: the person moved to another address, and the server does not pass mail on. Some servers name the new address in their reply.</source>
        <translation>このアドレスはもう使われていません。その人は別のアドレスに移り、サーバーはメールを転送していません。サーバーによっては、応答の中に新しいアドレスを示しています。</translation>
    </message>
    <message>
        <source>Look for a new address in the server's words, or ask the recipient for it, and send there.</source>
        <translation>サーバーからの応答に新しいアドレスが書かれていないか確認するか、受信者に新しいアドレスを尋ねて、そちらへ送ってください。</translation>
    </message>
    <message>
        <source>The mailing list or group did not accept your post</source>
        <translation>メーリングリストまたはグループが投稿を受け付けませんでした</translation>
    </message>
    <message>
        <source>The address is a mailing list or group that only takes posts from its members or from allowed senders, and your sender address is not one of them (or the group does not exist).</source>
        <translation>このアドレスはメーリングリストかグループで、メンバーや許可された送信者からの投稿しか受け付けません。お使いの送信者アドレスはそのどちらでもありません（または、そのグループが存在しません）。</translation>
    </message>
    <message>
        <source>Join the list or group with the address you send from, or ask its owner to allow your address. Check the group's address too.</source>
        <translation>送信に使うアドレスでメーリングリストやグループに参加するか、管理者（オーナー）にアドレスを許可してもらってください。グループのアドレスも確認してください。</translation>
    </message>
    <message>
        <source>The recipient's domain does not receive mail</source>
        <translation>宛先のドメインはメールを受け取りません</translation>
    </message>
    <message>
        <source>The domain after "@" says that it accepts no mail at all: it has no mail server, or it publishes a "null MX" record. The address may belong to a website only, or be mistyped.</source>
        <translation>「@」より後ろのドメインは、メールを一切受け付けないと示しています。メールサーバーがないか、「null MX」というレコードを公開しています。Web サイト専用のドメインか、入力ミスの可能性があります。</translation>
    </message>
    <message>
        <source>Check the part after "@", and ask the recipient for an address that receives mail.</source>
        <translation>「@」より後ろの部分を確認し、受信者にメールを受け取れるアドレスを尋ねてください。</translation>
    </message>
    <message>
        <source>Yahoo refuses all mail from the sending server</source>
        <translation>Yahoo Mail が送信側サーバーからのメールをすべて拒否しています</translation>
    </message>
    <message>
        <source>Yahoo (and AOL) permanently refuse mail from this sending internet address, usually because of complaints, spam or a listing on a block list such as Spamhaus. Sending again does not help.</source>
        <translation>Yahoo Mail（と AOL）は、この送信元のインターネット アドレスからのメールを恒久的に拒否しています。多くは苦情、迷惑メール、Spamhaus などの拒否リストへの登録が原因です。送り直しても届きません。</translation>
    </message>
    <message>
        <source>Send through your provider's own server with sign-in. The operator of the blocked server must fix the cause and ask Yahoo's sender support to lift the block.</source>
        <translation>提供元の送信メールサーバーにログインして送ってください。ブロックされたサーバーの運用者は、原因を取り除いたうえで、Yahoo Mail の送信者サポートにブロックの解除を依頼する必要があります。</translation>
    </message>
    <message>
        <source>Yahoo refused mail that does not prove its sender</source>
        <translation>送信者を証明できないメールを Yahoo Mail が拒否しました</translation>
    </message>
    <message>
        <source>Yahoo and AOL accept mail only when the sender's domain exists and passes SPF or DKIM (bulk senders need both, plus DMARC). This message failed that check.</source>
        <translation>Yahoo Mail と AOL は、送信者のドメインが存在し、SPF か DKIM に合格したメールだけを受け付けます（大量送信者は両方と DMARC が必要です）。このメールはこの確認に合格しませんでした。</translation>
    </message>
    <message>
        <source>Send through your provider's outgoing server with sign-in. If it is your domain, ask its administrator to set up SPF, DKIM and DMARC for every server that sends as the domain.</source>
        <translation>提供元の送信メールサーバーにログインして送ってください。ご自分のドメインの場合は、そのドメインの名前で送るすべてのサーバーについて SPF、DKIM、DMARC を設定するよう、ドメインの管理者に依頼してください。</translation>
    </message>
    <message>
        <source>iCloud Mail refused mail that fails both SPF and DKIM</source>
        <translation>iCloud メールが、SPF と DKIM の両方に失敗したメールを拒否しました</translation>
    </message>
    <message>
        <source>Apple refuses mail for which neither SPF nor DKIM proves that the sender's domain sent it.</source>
        <translation>Apple は、送信者のドメインから送られたことを SPF でも DKIM でも証明できないメールを拒否します。</translation>
    </message>
    <message>
        <source>Send through your provider's outgoing server with sign-in. If it is your domain, ask its administrator to set up SPF and DKIM for the server you send through.</source>
        <translation>提供元の送信メールサーバーにログインして送ってください。ご自分のドメインの場合は、送信に使うサーバーについて SPF と DKIM を設定するよう、ドメインの管理者に依頼してください。</translation>
    </message>
    <message>
        <source>QQ Mail limits how much mail it takes from this sender</source>
        <translation>QQ メールがこの送信元から受け取るメールの量を制限しています</translation>
    </message>
    <message>
        <source>Tencent's QQ Mail accepts only a certain amount of mail or connections from one sending address, domain or server in a period of time, and this sender went over it.</source>
        <translation>Tencent の QQ メールは、1 つの送信元アドレス、ドメイン、サーバーから一定時間に受け取るメールや接続の量を制限しており、この送信元はそれを超えました。</translation>
    </message>
    <message>
        <source>Wait a few hours; the sending server retries by itself. Send to QQ Mail addresses in smaller batches.</source>
        <translation>数時間待ってください。送信側のサーバーが自動で再送します。QQ メールのアドレスへは、少しずつ分けて送ってください。</translation>
    </message>
    <message>
        <source>Gmail does not trust the sending server or domain</source>
        <translation>Gmail が送信側のサーバーまたはドメインを信頼していません</translation>
    </message>
    <message>
        <source>Gmail judged the reputation of the sending internet address or of the sender's domain to be very low, usually because much unwanted mail came from it recently, so it refused or delayed this message.</source>
        <translation>Gmail は、送信元のインターネット アドレスか送信者のドメインの評価（レピュテーション）がとても低いと判断し、このメールを拒否または後回しにしました。多くは、最近そこから不要なメールがたくさん送られたためです。</translation>
    </message>
    <message>
        <source>Send through your provider's own server with sign-in. If you run the sending server or domain, find out what sent unwanted mail, stop it, set up SPF, DKIM and DMARC, and watch Google Postmaster Tools; reputation recovers over days to weeks.</source>
        <translation>提供元の送信メールサーバーにログインして送ってください。送信サーバーやドメインをご自分で運用している場合は、何が不要なメールを送ったのかを調べて止め、SPF、DKIM、DMARC を設定し、Google Postmaster Tools で様子を見てください。評価は数日から数週間で回復します。</translation>
    </message>
    <message>
        <source>Gmail distrusts the sender domain's SPF record</source>
        <translation>Gmail が送信ドメインの SPF レコードを信用していません</translation>
    </message>
    <message>
        <source>The SPF record of the sending domain allows suspiciously much (for example whole address ranges or "+all"), so Gmail does not count it as proof of the sender.</source>
        <translation>送信ドメインの SPF レコードが許可する範囲が広すぎる（アドレスの範囲をまるごと許可している、「+all」がある など）ため、Gmail は送信者の証明として扱いません。</translation>
    </message>
    <message>
        <source>Ask whoever manages the domain's DNS to list only the servers that really send its mail in the SPF record and to end it with "-all" or "~all".</source>
        <translation>ドメインの DNS を管理している人に、実際にメールを送るサーバーだけを SPF レコードに記載し、最後を「-all」か「~all」にするよう依頼してください。</translation>
    </message>
    <message>
        <source>Gmail refused the message: the SPF check failed</source>
        <translation>Gmail がメールを拒否しました（SPF の確認に失敗）</translation>
    </message>
    <message>
        <source>The sender's domain has an SPF record, and the server that sent this message is not in it. Gmail requires bulk senders to pass SPF, so it refused or delayed the message.</source>
        <translation>送信者のドメインには SPF レコードがありますが、このメールを送ったサーバーはそこに含まれていません。Gmail は大量送信者に SPF の合格を求めているため、このメールを拒否または後回しにしました。</translation>
    </message>
    <message>
        <source>Send through the server your domain's SPF record allows (normally your provider's outgoing server with sign-in). If you use a new sending service, ask the domain's administrator to add it to the SPF record.</source>
        <translation>ドメインの SPF レコードが許可しているサーバー（通常は、提供元の送信メールサーバーにログインして使うもの）から送ってください。新しい送信サービスを使う場合は、ドメインの管理者にそのサービスを SPF レコードに追加してもらってください。</translation>
    </message>
    <message>
        <source>Gmail refused the message: the DKIM check failed</source>
        <translation>Gmail がメールを拒否しました（DKIM の確認に失敗）</translation>
    </message>
    <message>
        <source>The message has no valid DKIM signature for the sender's domain. Gmail requires bulk senders to sign their mail with DKIM, so it refused or delayed the message.</source>
        <translation>このメールには、送信者のドメインの有効な DKIM 署名がありません。Gmail は大量送信者に DKIM 署名を求めているため、このメールを拒否または後回しにしました。</translation>
    </message>
    <message>
        <source>Ask the domain's administrator to turn on DKIM signing at the mail service that sends for the domain and to publish its key in DNS.</source>
        <translation>ドメインの管理者に、そのドメインの名前で送っているメールサービスで DKIM 署名を有効にし、その鍵を DNS に公開するよう依頼してください。</translation>
    </message>
    <message>
        <source>Gmail refused the message: the From domain does not match SPF or DKIM</source>
        <translation>Gmail がメールを拒否しました（From のドメインが SPF とも DKIM とも一致しません）</translation>
    </message>
    <message>
        <source>SPF or DKIM passed, but for another domain than the one in the From address. Gmail wants at least one of them to belong to the From domain (DMARC alignment).</source>
        <translation>SPF か DKIM には合格しましたが、From アドレスとは別のドメインとしてでした。Gmail は、少なくともどちらか一方が From のドメインのものであることを求めています（DMARC のアライメント）。</translation>
    </message>
    <message>
        <source>Send with a From address of the domain your mail service signs for, or ask the domain's administrator to set up DKIM for the From domain at that service.</source>
        <translation>メールサービスが署名しているドメインの From アドレスで送るか、ドメインの管理者に、そのサービスで From のドメインの DKIM を設定してもらってください。</translation>
    </message>
    <message>
        <source>Gmail refused the message: the sender domain has no DMARC record</source>
        <translation>Gmail がメールを拒否しました（送信ドメインに DMARC レコードがありません）</translation>
    </message>
    <message>
        <source>Gmail requires domains that send much mail to publish a DMARC record, and the sender's domain has none (or one without a policy).</source>
        <translation>Gmail は大量のメールを送るドメインに DMARC レコードの公開を求めていますが、送信者のドメインにはありません（またはポリシーのないものだけです）。</translation>
    </message>
    <message>
        <source>Ask the domain's administrator to publish a DMARC record, for example "v=DMARC1; p=none" at _dmarc.&lt;domain&gt;, after SPF and DKIM work.</source>
        <translation>ドメインの管理者に、SPF と DKIM が動くようになってから、DMARC レコード（たとえば _dmarc.&lt;ドメイン&gt; に「v=DMARC1; p=none」）を公開するよう依頼してください。</translation>
    </message>
    <message>
        <source>Gmail wants this mail over an encrypted connection</source>
        <translation>Gmail はこのメールを暗号化した接続で受け取ることを求めています</translation>
    </message>
    <message>
        <source>The sending server delivered without encryption (TLS), and Gmail requires it for this sender or recipient domain.</source>
        <translation>送信側のサーバーが暗号化（TLS）なしで配送しようとしましたが、Gmail はこの送信者または宛先ドメインについて暗号化を必須にしています。</translation>
    </message>
    <message>
        <source>The administrator of the sending server must turn on TLS for outgoing mail. Sending through a normal provider's server with sign-in avoids it.</source>
        <translation>送信側サーバーの管理者が、送信するメールで TLS を有効にする必要があります。一般的な提供元の送信メールサーバーにログインして送れば、この問題は起きません。</translation>
    </message>
    <message>
        <source>Gmail refused a message that breaks the mail format</source>
        <translation>Gmail がメールの形式の決まりに反するメールを拒否しました</translation>
    </message>
    <message>
        <source>Gmail checks that headers follow the mail format (RFC 5322): one valid From address, a Message-ID, no doubled headers. This message failed the check; it usually comes from a script, a device or a web form rather than a mail program.</source>
        <translation>Gmail は、ヘッダーがメールの形式（RFC 5322）に従っているかを確認します。有効な From アドレスが 1 つあること、Message-ID があること、ヘッダーが二重になっていないことなどです。このメールは確認に合格しませんでした。多くの場合、メールソフトではなく、スクリプト、機器、Web フォームから送られたメールで起きます。</translation>
    </message>
    <message>
        <source>Send from a normal mail program, or have the script or device fixed so it writes a proper From address and Message-ID.</source>
        <translation>普通のメールソフトから送るか、スクリプトや機器を直して正しい From アドレスと Message-ID を書くようにしてください。</translation>
    </message>
    <message>
        <source>The Gmail account is inactive or disabled</source>
        <translation>Gmail のアカウントが使われていないか、無効になっています</translation>
    </message>
    <message>
        <source>The Google account exists but does not receive mail: it has not been used for a long time or was disabled.</source>
        <translation>Google アカウントは存在しますが、メールを受け取っていません。長い間使われていないか、無効にされています。</translation>
    </message>
    <message>
        <source>Reach the recipient in another way and ask for an address they use.</source>
        <translation>別の方法で受信者に連絡し、使っているアドレスを尋ねてください。</translation>
    </message>
    <message>
        <source>Gmail blocked the message's attachment or links as dangerous</source>
        <translation>Gmail がメールの添付ファイルまたはリンクを危険と判断してブロックしました</translation>
    </message>
    <message>
        <source>Gmail refuses attachments that could carry malware (programs, scripts, some archives and documents with macros) and messages with links it considers dangerous.</source>
        <translation>Gmail は、マルウェアを含むおそれのある添付ファイル（プログラム、スクリプト、一部の圧縮ファイル、マクロ付きの文書）や、危険と判断したリンクを含むメールを拒否します。</translation>
    </message>
    <message>
        <source>Send the file through a cloud storage link instead, or in a format Gmail accepts (PDF instead of a document with macros). Remove links that could look suspicious.</source>
        <translation>ファイルはクラウドストレージのリンクで送るか、Gmail が受け付ける形式（マクロ付きの文書ではなく PDF など）にしてください。怪しく見えるおそれのあるリンクは外してください。</translation>
    </message>
    <message>
        <source>Google's relay did not accept this server</source>
        <translation>Google のリレーがこのサーバーを受け付けませんでした</translation>
    </message>
    <message>
        <source>The message was sent to Google's SMTP relay (Google Workspace) from a server or address that the relay settings do not allow, or without the sign-in the relay expects.</source>
        <translation>Google の SMTP リレー（Google Workspace）に、リレーの設定で許可されていないサーバーやアドレスから、またはリレーが求めるログインなしでメールが送られました。</translation>
    </message>
    <message>
        <source>The Google Workspace administrator must allow the sending server's address or require sign-in in the SMTP relay settings; then send with those credentials.</source>
        <translation>Google Workspace の管理者が、SMTP リレーの設定で送信側サーバーのアドレスを許可するか、ログインを必須にする必要があります。そのうえで、そのログイン情報を使って送ってください。</translation>
    </message>
    <message>
        <source>The Google group did not accept your post</source>
        <translation>Google グループが投稿を受け付けませんでした</translation>
    </message>
    <message>
        <source>The address is a Google group. Either it does not exist, or it only accepts posts from members (or from certain senders), and the address you sent from is not allowed.</source>
        <translation>このアドレスは Google グループです。グループが存在しないか、メンバー（または特定の送信者）からの投稿しか受け付けず、送信に使ったアドレスは許可されていません。</translation>
    </message>
    <message>
        <source>Check the group's address. Join the group with the address you send from, or ask the group's owner to let you post.</source>
        <translation>グループのアドレスを確認してください。送信に使うアドレスでグループに参加するか、グループのオーナーに投稿を許可してもらってください。</translation>
    </message>
    <message>
        <source>Microsoft 365 no longer takes a password for sending</source>
        <translation>Microsoft 365 は送信にパスワードを受け付けなくなりました</translation>
    </message>
    <message>
        <source>Microsoft 365 has retired password sign-in ("basic authentication") for sending through smtp.office365.com. A correct password no longer helps: the mail program must sign in through Microsoft's web page (OAuth).</source>
        <translation>Microsoft 365 は、smtp.office365.com を使った送信でのパスワードによるログイン（「基本認証」）を廃止しました。パスワードが正しくても送れません。メールソフトは Microsoft の Web ページを通してログインする方式（OAuth）を使う必要があります。</translation>
    </message>
    <message>
        <source>Use a mail program that offers "Sign in with Microsoft" (OAuth 2.0) for this account, such as current Outlook or Thunderbird. For a printer, scanner or script, ask your administrator about OAuth, a relay connector or another sending service.</source>
        <translation>このアカウントで「Microsoft でサインイン」（OAuth 2.0）に対応したメールソフト（最新の Outlook や Thunderbird など）を使ってください。プリンター、スキャナー、スクリプトの場合は、OAuth、リレー用のコネクタ、別の送信サービスについて管理者に相談してください。</translation>
    </message>
    <message>
        <source>Outlook.com refused mail from a domain without proper SPF, DKIM and DMARC</source>
        <translation>Outlook.com が、SPF、DKIM、DMARC が正しく設定されていないドメインからのメールを拒否しました</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Live.com require domains that send them a lot of mail to pass SPF and DKIM and to publish a DMARC record. The sender's domain did not meet that level, so the message was refused.</source>
        <translation>Outlook.com、Hotmail、Live.com は、大量のメールを送ってくるドメインに、SPF と DKIM の合格と DMARC レコードの公開を求めています。送信者のドメインはその水準を満たしていなかったため、メールが拒否されました。</translation>
    </message>
    <message>
        <source>Ask the administrator of the sending domain to make SPF and DKIM pass for every service that sends as the domain and to publish a DMARC record (at least "p=none"), aligned with the From address.</source>
        <translation>送信ドメインの管理者に、そのドメインの名前で送るすべてのサービスで SPF と DKIM が合格するようにし、From アドレスにそろえた DMARC レコード（少なくとも「p=none」）を公開するよう依頼してください。</translation>
    </message>
    <message>
        <source>Microsoft 365 needs TLS 1.2 or newer</source>
        <translation>Microsoft 365 には TLS 1.2 以降が必要です</translation>
    </message>
    <message>
        <source>The mail program or device connected with an old encryption version (TLS 1.0 or 1.1), which Microsoft no longer accepts. Old Windows versions, old mail programs and many printers and scanners still use it.</source>
        <translation>メールソフトや機器が古い暗号化の方式（TLS 1.0 や 1.1）で接続しましたが、Microsoft はもう受け付けていません。古い Windows、古いメールソフト、多くのプリンターやスキャナーがまだ使っています。</translation>
    </message>
    <message>
        <source>Update the mail program, the operating system or the device's firmware so it uses TLS 1.2. If that is impossible, send through another relay that accepts the device and forwards with TLS 1.2.</source>
        <translation>メールソフト、OS、機器のファームウェアを更新して、TLS 1.2 を使えるようにしてください。それができない場合は、その機器からのメールを受け付けて TLS 1.2 で転送してくれる別のリレーを通して送ってください。</translation>
    </message>
    <message>
        <source>Microsoft 365's daily recipient limit is reached</source>
        <translation>Microsoft 365 の 1 日あたりの宛先数の上限に達しました</translation>
    </message>
    <message>
        <source>The account sent to more recipients in 24 hours than Microsoft 365 allows (about 10,000), so sending is blocked until the count goes down. If nobody sent that much, the account may have been misused.</source>
        <translation>このアカウントは 24 時間のうちに、Microsoft 365 が認める数（約 10,000）を超える宛先に送信したため、数が減るまで送信が止められています。誰もそれほど送っていない場合は、アカウントが不正に使われているおそれがあります。</translation>
    </message>
    <message>
        <source>Wait up to 24 hours. If you did not send that much mail, change the password at once and tell your administrator. Use a mailing service for large mailings.</source>
        <translation>最大 24 時間待ってください。それほど多く送っていない場合は、すぐにパスワードを変更し、管理者に伝えてください。大量に送る場合はメール配信サービスを使ってください。</translation>
    </message>
    <message>
        <source>The Microsoft 365 recipient gets too much mail right now</source>
        <translation>Microsoft 365 の受信者がいま受け取っているメールが多すぎます</translation>
    </message>
    <message>
        <source>Microsoft 365 limits how many messages one mailbox may receive per hour (in total, or from one sender), and this recipient reached the limit. Automatic notification systems cause this most often.</source>
        <translation>Microsoft 365 は、1 つのメールボックスが 1 時間に受け取れるメールの数（全体、または 1 人の送信者から）を制限しており、この受信者は上限に達しました。自動通知のシステムが原因になることが最も多いです。</translation>
    </message>
    <message>
        <source>Wait an hour or two and send again; send fewer messages to the same recipient.</source>
        <translation>1〜2 時間待ってから送り直し、同じ受信者に送る数を減らしてください。</translation>
    </message>
    <message>
        <source>Microsoft 365 has blocked this account from sending</source>
        <translation>Microsoft 365 がこのアカウントからの送信を止めました</translation>
    </message>
    <message>
        <source>Microsoft saw spam coming from this account, which usually means the account was taken over, and blocked it from sending mail.</source>
        <translation>Microsoft はこのアカウントから迷惑メールが送られていることを検知し、送信を止めました。多くの場合、アカウントが乗っ取られたことを意味します。</translation>
    </message>
    <message>
        <source>Change the password, check the account for forwarding rules you did not make, and ask your administrator to release the account in the Microsoft 365 Defender portal (restricted entities).</source>
        <translation>パスワードを変更し、身に覚えのない転送ルールがないか確認したうえで、管理者に Microsoft 365 Defender ポータル（制限されたエンティティ）でアカウントの制限を解除してもらってください。</translation>
    </message>
    <message>
        <source>The recipient's organisation blocks the sending server</source>
        <translation>受信者の組織が送信側のサーバーをブロックしています</translation>
    </message>
    <message>
        <source>The recipient's Microsoft 365 organisation put the internet address of the sending server on its own block list.</source>
        <translation>受信者の Microsoft 365 の組織が、送信側サーバーのインターネット アドレスを独自の拒否リストに登録しています。</translation>
    </message>
    <message>
        <source>Ask the recipient in another way to have their administrator remove the block. Nothing in your mail program changes it.</source>
        <translation>別の方法で受信者に連絡し、相手の管理者にブロックを解除してもらってください。メールソフトの設定では変えられません。</translation>
    </message>
    <message>
        <source>Microsoft is holding back mail from a server with a poor reputation</source>
        <translation>Microsoft が評価の低いサーバーからのメールの受け取りを控えています</translation>
    </message>
    <message>
        <source>Microsoft saw suspicious activity or a poor reputation for the sending internet address and accepts its mail only slowly for now.</source>
        <translation>Microsoft は、送信元のインターネット アドレスに不審な動きか低い評価（レピュテーション）を確認したため、いまはそのメールをゆっくりとしか受け付けていません。</translation>
    </message>
    <message>
        <source>Wait; the sending server retries by itself. If it lasts, the operator of the sending server should check it for spam and register with Microsoft's sender programs (SNDS).</source>
        <translation>お待ちください。送信側のサーバーが自動で再送します。長く続く場合は、送信側サーバーの運用者が迷惑メールを送っていないか確認し、Microsoft の送信者向けプログラム（SNDS）に登録してください。</translation>
    </message>
    <message>
        <source>Microsoft 365 could not deliver securely to the recipient's server</source>
        <translation>Microsoft 365 が受信者のサーバーに安全に配送できませんでした</translation>
    </message>
    <message>
        <source>The recipient's domain requires a verified encrypted connection (DANE or MTA-STS), and its mail server did not provide one: no TLS, an expired certificate, or a certificate that does not match its records.</source>
        <translation>受信者のドメインは、確認済みの暗号化された接続（DANE または MTA-STS）を求めていますが、そのメールサーバーはそれを提供しませんでした。TLS がない、証明書の期限が切れている、証明書が登録内容と一致しない、のいずれかです。</translation>
    </message>
    <message>
        <source>Nothing to change on your side. Tell the recipient that their mail server's certificate or TLS settings are broken.</source>
        <translation>こちら側で変えることはありません。受信者に、相手のメールサーバーの証明書か TLS の設定に問題があることを伝えてください。</translation>
    </message>
    <message>
        <source>Microsoft refused a message that breaks the mail format</source>
        <translation>Microsoft がメールの形式の決まりに反するメールを拒否しました</translation>
    </message>
    <message>
        <source>The message has no valid From address, contains bare line breaks, or has a header Exchange cannot handle. This happens with scripts, devices and some old mail programs.</source>
        <translation>メールに有効な From アドレスがないか、単独の改行が含まれているか、Exchange が扱えないヘッダーがあります。スクリプト、機器、一部の古いメールソフトで起きます。</translation>
    </message>
    <message>
        <source>Send from a normal mail program, or have the script or device fixed so that it writes a From address in angle brackets and uses CRLF line ends.</source>
        <translation>普通のメールソフトから送るか、スクリプトや機器を直して、From アドレスを山かっこ（&lt; &gt;）で囲み、行末を CRLF にするようにしてください。</translation>
    </message>
    <message>
        <source>Your own organisation blocks this recipient</source>
        <translation>ご自分の組織がこの宛先をブロックしています</translation>
    </message>
    <message>
        <source>Your Microsoft 365 organisation has this address or domain on its block list (Tenant Allow/Block List), so the whole message was stopped.</source>
        <translation>お使いの Microsoft 365 の組織が、このアドレスかドメインを拒否リスト（テナントの許可/ブロック一覧）に登録しているため、メール全体が止められました。</translation>
    </message>
    <message>
        <source>Ask your administrator whether the block is intended; only they can remove it.</source>
        <translation>ブロックが意図したものか、管理者に確認してください。解除できるのは管理者だけです。</translation>
    </message>
    <message>
        <source>Microsoft refused mail sent over IPv6 without the required checks</source>
        <translation>Microsoft が、必要な確認を満たさない IPv6 経由のメールを拒否しました</translation>
    </message>
    <message>
        <source>Over IPv6, Microsoft accepts mail only from servers with a reverse DNS name that also pass SPF or DKIM, or not at all for some domains.</source>
        <translation>Microsoft は IPv6 経由では、逆引き DNS の名前があり、SPF か DKIM にも合格するサーバーからのメールだけを受け付けます。ドメインによっては IPv6 では一切受け付けません。</translation>
    </message>
    <message>
        <source>The sending server's administrator should give its IPv6 address a reverse DNS name and set up SPF and DKIM, or deliver to Microsoft over IPv4.</source>
        <translation>送信側サーバーの管理者が、IPv6 アドレスに逆引き DNS の名前を付け、SPF と DKIM を設定するか、Microsoft へは IPv4 で配送するようにしてください。</translation>
    </message>
    <message>
        <source>The receiving side does not trust the sender's reputation</source>
        <translation>受信側が送信元の評価（レピュテーション）を信頼していません</translation>
    </message>
    <message>
        <source>The receiving server rates senders by how much wanted and unwanted mail came from them, and the sending server or domain scored too low. This is about the sender's history, not about this one message.</source>
        <translation>受信側のサーバーは、送信元からこれまでに届いた必要なメールと不要なメールの量をもとに送信元を評価しており、送信側のサーバーかドメインの点数が低すぎました。このメール 1 通の問題ではなく、送信元のこれまでの送信履歴の問題です。</translation>
    </message>
    <message>
        <source>Send through your provider's own server with sign-in. If you run the sending server or domain, stop any unwanted mail, set up SPF, DKIM and DMARC, and send only to people who asked for your mail; reputation recovers over time.</source>
        <translation>提供元の送信メールサーバーにログインして送ってください。送信サーバーやドメインをご自分で運用している場合は、不要なメールの送信を止め、SPF、DKIM、DMARC を設定し、受信を希望した人にだけ送ってください。評価は時間とともに回復します。</translation>
    </message>
    <message>
        <source>The receiving server refuses the sending server's internet address</source>
        <translation>受信側のサーバーが送信側サーバーのインターネット アドレスを拒否しています</translation>
    </message>
    <message>
        <source>The receiving server does not take mail from the internet address the message came from: it is on a block list, looks like a home connection, or sent spam before. Mail sent directly from a home or mobile connection is refused this way.</source>
        <translation>受信側のサーバーは、このメールの送信元のインターネット アドレスからのメールを受け付けていません。拒否リストに載っている、家庭用回線のように見える、以前に迷惑メールを送った、のいずれかです。家庭や携帯の回線から直接送ったメールは、このように拒否されます。</translation>
    </message>
    <message>
        <source>Send through your provider's outgoing server with sign-in (port 587 or 465), not directly. If you run the sending server, find out why its address is blocked and ask for removal.</source>
        <translation>直接ではなく、提供元の送信メールサーバーにログインして（ポート 587 または 465）送ってください。送信サーバーをご自分で運用している場合は、そのアドレスがブロックされている理由を調べ、解除を依頼してください。</translation>
    </message>
    <message>
        <source>This report is only a warning: the sending server keeps trying for a while and reports again if it finally gives up.</source>
        <translation>この通知は警告だけです。送信側のサーバーはしばらく再送を続け、最終的にあきらめた場合は改めて通知します。</translation>
    </message>
    <message>
        <source>The recipient's domain names no mail server</source>
        <translation>宛先のドメインにはメールを受け取るサーバーがありません</translation>
    </message>
    <message>
        <source>The recipient's domain exists, but its DNS names no server that receives mail for it (no MX record and no address, or a record saying the domain takes no mail). Waiting does not help: the domain's owner has to set this up.</source>
        <translation>宛先のドメインは存在しますが、DNS にメールを受け取るサーバーが登録されていません（MX レコードもアドレスもないか、「メールを受け取らない」と示すレコードがあります）。待っても解決しません。ドメインの持ち主が設定する必要があります。</translation>
    </message>
    <message>
        <source>Check the part after "@" in the recipient's address. If it is right, ask the recipient in another way for an address that receives mail.</source>
        <translation>宛先アドレスの「@」より後ろを確認してください。正しい場合は、別の方法で受信者に連絡して、メールを受け取れるアドレスを教えてもらってください。</translation>
    </message>
    <message>
        <source>The receiving side blocks your sender address</source>
        <translation>受信側が、お使いの送信者アドレスを拒否しています</translation>
    </message>
    <message>
        <source>The receiving server keeps a list of sender addresses or domains it refuses, and the address you send from is on it. This is about your address, not about your internet connection or server, so waiting does not help.</source>
        <translation>受信側のサーバーは受け取らない送信者アドレスやドメインの一覧（ブロックリスト）を持っていて、送信に使ったアドレスがそこに載っています。問題はアドレスそのもので、回線や送信メールサーバーではないため、待っても解決しません。</translation>
    </message>
    <message>
        <source>Ask the recipient in another way to take your address off their block list, or write from another address.</source>
        <translation>別の方法で受信者に連絡して、ブロックリストからアドレスを外してもらうか、別のアドレスから送ってください。</translation>
    </message>
    <message>
        <source>The recipient's spam filter stopped the message</source>
        <translation>受信側の迷惑メールフィルターがメールを止めました</translation>
    </message>
    <message>
        <source>A spam filter on the receiving side judged this message to be unwanted mail and did not deliver it. Its content, its links or the sending server's reputation made it look like spam. Sending it again unchanged does not help.</source>
        <translation>受信側の迷惑メールフィルターがこのメールを迷惑メールと判断し、届けませんでした。本文やリンク、または送信元サーバーの評判から迷惑メールに見えたためです。同じ内容のまま送り直しても届きません。</translation>
    </message>
    <message>
        <source>Send a short, personal message without many links or attachments, and make sure your domain has SPF and DKIM. If it keeps happening, ask the recipient in another way to allow your address in their spam filter.</source>
        <translation>リンクや添付ファイルの少ない、短い個人的な文面で送ってください。お使いのドメインに SPF と DKIM が設定されていることも確認してください。それでも続く場合は、別の方法で受信者に連絡して、迷惑メールフィルターでこのアドレスを許可してもらってください。</translation>
    </message>
    <message>
        <source>The recipient's mail server could not be reached</source>
        <translation>受信側のメールサーバーに接続できませんでした</translation>
    </message>
    <message>
        <source>A mail server that was passing your message on tried to connect to the recipient's server and got no answer. Servers retry such a delivery for a few days; a report that says the message failed means the server stopped trying and the message was not delivered.</source>
        <translation>メールを中継していたサーバーが受信側のサーバーに接続しようとしましたが、応答がありませんでした。このような配送は数日間自動で再試行されます。「送信できなかった」という通知にこの行がある場合は、再試行が打ち切られ、メールは届いていません。</translation>
    </message>
    <message>
        <source>Check the part of the recipient's address after "@" for typos. If it is right, the recipient's server has been out of reach: tell them in another way, and send again later.</source>
        <translation>宛先アドレスの「@」より後ろに入力ミスがないか確認してください。正しい場合は、受信側のサーバーにつながらない状態が続いています。別の方法で相手に連絡し、時間をおいてから送り直してください。</translation>
    </message>
    <message>
        <source>The recipient's domain could not be looked up, so the server gave up</source>
        <translation>宛先のドメインを DNS で調べられず、サーバーが配送をあきらめました</translation>
    </message>
    <message>
        <source>Check the part after "@" in the recipient's address. If it is right, tell the recipient in another way that mail to their domain fails, and send again once they have fixed it.</source>
        <translation>宛先アドレスの「@」より後ろを確認してください。正しい場合は、そのドメインあてのメールが届かないことを別の方法で相手に伝え、直ったら送り直してください。</translation>
    </message>
    <message>
        <source>The sending server asked DNS where to deliver mail for the recipient's domain, got no usable answer, and stopped trying. Either the domain after "@" is mistyped, or its DNS settings are broken.</source>
        <translation>送信側のサーバーは、宛先のドメインのメールをどこへ届ければよいかを DNS に問い合わせましたが、使える答えが得られず、配送をやめました。「@」より後ろのドメインが打ち間違っているか、そのドメインの DNS 設定が壊れています。</translation>
    </message>
    <message>
        <source>A spam complaint about a delivered message (feedback report)</source>
        <translation>届いたメールへの迷惑メール報告（フィードバック レポート）</translation>
    </message>
    <message>
        <source>This is not a delivery failure: the message was delivered, and its recipient (or the recipient's mail provider) reported it as spam. Providers send these reports to the sender's provider so that it can act on complaints.</source>
        <translation>配信の失敗ではありません。メールは相手に届いていて、受信者（または受信側のメールの提供元）がそれを迷惑メールとして報告しました。メールの提供元は、苦情に対応できるよう、この報告を送信側のメールの提供元に送ります。</translation>
    </message>
    <message>
        <source>Nothing in the mail program needs changing. If you send newsletters, stop sending to this recipient and make unsubscribing easy: many complaints make providers refuse your later mail.</source>
        <translation>メールソフトの設定を変える必要はありません。メールマガジンなどを送っている場合は、この受信者への送信をやめ、配信停止の手続きを簡単にしてください。苦情が多いと、今後のメールが受け取りを拒否されるようになります。</translation>
    </message>
    <message>
        <source>Your sender domain says it receives no mail (null MX)</source>
        <translation>送信者のドメインが「メールを受け取らない」と宣言しています（null MX）</translation>
    </message>
    <message>
        <source>The domain after "@" in your sender address has a "null MX" record in DNS (RFC 7505), which declares that the domain never receives mail. Replies could not reach you, so the receiving server refuses mail from that address.</source>
        <translation>送信者アドレスの「@」より後ろのドメインには、DNS に「null MX」というレコード（RFC 7505）が登録されています。これは「このドメインはメールを一切受け取らない」という宣言です。返信が届かないアドレスになるため、受信側のサーバーはそのアドレスからのメールを拒否しています。</translation>
    </message>
    <message>
        <source>Check the sender address in your mail program for typos. If the domain is yours, ask whoever manages its DNS to replace the null MX record (an MX record of ".") with your mail server's MX record.</source>
        <translation>メールソフトの送信者アドレスに入力ミスがないか確認してください。ご自分のドメインであれば、DNS を管理している人に、null MX レコード（「.」だけの MX レコード）をメールサーバーの MX レコードに置き換えるよう依頼してください。</translation>
    </message>
    <message>
        <source>The local sending program could not be started</source>
        <translation>パソコン内の送信用プログラムを起動できませんでした</translation>
    </message>
    <message>
        <source>This mail program does not talk to an outgoing server itself: it hands each message to a sending program on this computer (such as sendmail), and that program is missing or could not run (exit code 127 means "not found"). No server was asked.</source>
        <translation>このメールソフトは送信サーバーと直接やり取りせず、メッセージをパソコン内の送信用プログラム（sendmail など）に渡して送る設定になっています。そのプログラムが見つからないか、起動できませんでした（終了コード 127 は「見つからない」という意味です）。サーバーにはまだ接続していません。</translation>
    </message>
    <message>
        <source>Set the outgoing server (SMTP) in the mail program instead, for example in mutt: set smtp_url = "smtps://you@smtp.example.com:465". Or install and set up the sending program it names.</source>
        <translation>メールソフトに送信サーバー（SMTP）を設定して、直接送るようにしてください。たとえば mutt では、set smtp_url の値に smtps://you@smtp.example.com:465 を指定します。または、メッセージに書かれている送信用プログラムをインストールして設定してください。</translation>
    </message>
    <message>
        <source>Sign-in with Secure Password Authentication failed (Outlook 0x800CCC18)</source>
        <translation>セキュリティで保護されたパスワード認証 (SPA) でログインできませんでした（Outlook 0x800CCC18）</translation>
    </message>
    <message>
        <source>The mail program is set to sign in with Secure Password Authentication (SPA), a Windows sign-in method that almost no mail provider supports, so the server did not let it sign in.</source>
        <translation>メールソフトが「セキュリティで保護されたパスワード認証 (SPA)」でログインする設定になっています。SPA は Windows 独自のログイン方法で、ほとんどのメールサービスは対応していないため、サーバーがログインを受け付けませんでした。</translation>
    </message>
    <message>
        <source>In the account's settings, turn off "Require logon using Secure Password Authentication (SPA)" for the outgoing server and try again with your normal password.</source>
        <translation>アカウント設定で、送信サーバーの「セキュリティで保護されたパスワード認証 (SPA) でのログオンが必要」のチェックを外し、いつものパスワードでもう一度送信してください。</translation>
    </message>
    <message>
        <source>The mail program cannot sign in the way the server needs</source>
        <translation>メールソフトがサーバーの求める方法でログインできません</translation>
    </message>
    <message>
        <source>The server asks for sign-in, but this copy of the mail program has no sign-in method it can use (it was built without SASL support, or none of its methods is set up).</source>
        <translation>サーバーはログインを求めていますが、お使いのメールソフトには使えるログイン方法がありません（SASL に対応せずに作られているか、ログイン方法が設定されていません）。</translation>
    </message>
    <message>
        <source>Install a version of the program with sign-in support (for mutt, one built with SASL), or set its sign-in method and user name in its configuration, then send again.</source>
        <translation>ログインに対応した版のメールソフトを入れる（mutt なら SASL 対応の版）か、設定ファイルでログイン方法とユーザー名を設定してから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>The server's certificate was not accepted</source>
        <translation>サーバーの証明書が受け入れられませんでした</translation>
    </message>
    <message>
        <source>The mail program refused the server's certificate (its proof of identity): it has expired, was not issued by an authority the computer trusts, is self-signed, or security software put its own certificate in its place.</source>
        <translation>メールソフトがサーバーの証明書（サーバーの身元を証明するもの）を受け入れませんでした。有効期限が切れている、パソコンが信頼する発行元のものではない、自己署名である、またはセキュリティソフトが自分の証明書に置き換えている、のいずれかです。</translation>
    </message>
    <message>
        <source>First check that the computer's date and time are right. If they are, send the exact message to your mail provider or IT department; if security software scans encrypted mail, turn that option off. Do not accept the certificate for good unless IT confirms it is theirs.</source>
        <translation>まずパソコンの日付と時刻が正しいか確認してください。正しければ、表示されたメッセージをそのままメールサービスの窓口または社内の IT 担当者に伝えてください。セキュリティソフトが暗号化されたメールを検査している場合は、その機能をオフにしてください。IT 担当者が自社のものと確認しない限り、その証明書を常に受け入れる設定にはしないでください。</translation>
    </message>
    <message>
        <source>Something on the way replaced the server's certificate</source>
        <translation>途中で何かがサーバーの証明書を差し替えています</translation>
    </message>
    <message>
        <source>The certificate chain ends in an authority that signed itself and that the computer does not trust. Public mail providers never send such a chain: most often antivirus software or a company proxy reads the encrypted connection and puts its own certificate in its place.</source>
        <translation>証明書をたどっていくと、自分で自分に署名した、パソコンが信頼していない発行元に行き着きます。一般のメールサービスがこのような証明書を送ることはありません。多くの場合、ウイルス対策ソフトや会社のプロキシが暗号化された通信を読み取るために、自分の証明書に置き換えています。</translation>
    </message>
    <message>
        <source>Turn off the option that scans encrypted (SSL/TLS) mail in your security software, or ask IT whether a proxy inspects mail. If the server is your company's own, ask IT for its authority's certificate and add it as trusted.</source>
        <translation>セキュリティソフトの「暗号化された（SSL/TLS）メールを検査する」機能をオフにするか、プロキシがメールを検査していないか社内の IT 担当者に確認してください。自社のサーバーの場合は、IT 担当者から発行元の証明書を受け取り、信頼する証明書として追加してください。</translation>
    </message>
    <message>
        <source>The server's name could not be looked up just now</source>
        <translation>いまはサーバー名を調べられませんでした</translation>
    </message>
    <message>
        <source>The computer asked DNS for the outgoing server's address and got no answer. The name may be right: the network, the router or the DNS server it uses is not answering.</source>
        <translation>パソコンが送信メールサーバーのアドレスを DNS に問い合わせましたが、答えが返ってきませんでした。サーバー名は正しいかもしれません。ネットワーク、ルーター、または使っている DNS サーバーが応答していません。</translation>
    </message>
    <message>
        <source>Check that web pages open. Restart the router or reconnect to the network, then send again. On a server or in a container, check its DNS settings.</source>
        <translation>Web ページが開けるか確認してください。ルーターを再起動するかネットワークにつなぎ直してから、もう一度送ってください。サーバーやコンテナーから送っている場合は、その DNS 設定を確認してください。</translation>
    </message>
    <message>
        <source>The program would not send the password without encryption</source>
        <translation>暗号化されていないため、プログラムがパスワードを送りませんでした</translation>
    </message>
    <message>
        <source>The connection to the outgoing server was not encrypted, so the program stopped before sending the password. The security setting does not match the port, or encryption is turned off.</source>
        <translation>送信メールサーバーとの接続が暗号化されていなかったので、プログラムはパスワードを送る前に止まりました。セキュリティ（暗号化）の設定がポートに合っていないか、暗号化がオフになっています。</translation>
    </message>
    <message>
        <source>Use port 587 with STARTTLS or port 465 with SSL/TLS, and turn encryption on in the program's mail settings.</source>
        <translation>ポート 587 なら STARTTLS、465 なら SSL/TLS を使い、プログラムのメール設定で暗号化をオンにしてください。</translation>
    </message>
    <message>
        <source>The connection was turned away at once: nothing accepts connections on that port, or a firewall or security program on the way refuses them. If your mail program shows this, also check the port and server name. In a bounce, the recipient's server is not accepting connections.</source>
        <translation>接続がすぐに断られました。そのポートで接続を受け付けているものがないか、途中のファイアウォールやセキュリティソフトが接続を拒んでいます。メールソフトにこの表示が出た場合は、ポートとサーバー名も確認してください。エラーメールに書かれている場合は、相手のサーバーが接続を受け付けていません。</translation>
    </message>
    <message>
        <source>Check the port in your mail program's outgoing server settings: most providers use 465 (SSL/TLS) or 587 (STARTTLS). If they are right, try another network (a phone's hotspot) once: if it works there, your network or security software blocks the port. In a bounce, nothing to change: the server retries.</source>
        <translation>メールソフトの送信メールサーバーの設定でポートを確認してください。多くの提供元は 465（SSL/TLS）か 587（STARTTLS）を使います。設定が正しければ、一度だけ別のネットワーク（スマートフォンのテザリングなど）で試してください。そこで送れるなら、いつものネットワークかセキュリティソフトがそのポートを止めています。エラーメールの場合は、何も変える必要はありません。サーバーが送り直します。</translation>
    </message>
    <message>
        <source>Your sending limit was reached</source>
        <translation>送信の上限に達しました</translation>
    </message>
    <message>
        <source>Your account or your mail server sent more mail in a period of time than it may: providers and receiving servers allow only so many messages or recipients per hour or per day. Nothing is wrong with the message.</source>
        <translation>アカウントまたはメールサーバーが、一定時間に送ってよい量を超えてメールを送りました。提供元や受信側のサーバーは、1 時間や 1 日あたりに送れるメールの数や宛先の数に上限を設けています。メールの内容に問題はありません。</translation>
    </message>
    <message>
        <source>The recipient's server does not take mail for that domain</source>
        <translation>相手のサーバーがそのドメインのメールを受け付けていません</translation>
    </message>
    <message>
        <source>Your server found the recipient's mail server, but that server answered that it does not handle mail for the recipient's domain. Either the part after "@" is mistyped, or the recipient's domain points to a mail server that is not set up for it.</source>
        <translation>こちらのサーバーは相手のメールサーバーを見つけましたが、そのサーバーは「このドメインのメールは扱っていない」と答えました。宛先の「@」より後ろが打ち間違っているか、相手のドメインが、受け取る準備のできていないメールサーバーを指しています。</translation>
    </message>
    <message>
        <source>Check the part after "@" in the recipient's address. If it is right, tell the recipient in another way: their domain's mail settings (MX records) need fixing.</source>
        <translation>宛先アドレスの「@」より後ろを確認してください。正しければ、ドメインのメール設定（MX レコード）を直す必要があることを、別の方法で相手に伝えてください。</translation>
    </message>
    <message>
        <source>Your domain or a link in the message is on a domain block list</source>
        <translation>送信元のドメインか、メール内のリンクがドメインのブロックリストに載っています</translation>
    </message>
    <message>
        <source>The receiving side looked up the domain of your address, or the domains of the links in the message, in a list of domains used for spam, and found one of them. This is about a domain name, not about your internet connection or your mail server.</source>
        <translation>受信側が、送信元アドレスのドメインやメール内のリンク先のドメインを、迷惑メールに使われるドメインの一覧で調べたところ、そのどれかが載っていました。問題はドメイン名にあり、インターネット接続やメールサーバーの問題ではありません。</translation>
    </message>
    <message>
        <source>Look the domain up on the block list's website (the refusal names it) and follow its removal steps. If the listed domain is in a link you pasted (for example a link shortener), remove that link and send again.</source>
        <translation>拒否の文面に書かれているブロックリストの Web サイトでドメインを調べ、そこに書かれた削除の手順に従ってください。載っているのが貼り付けたリンク（短縮 URL など）のドメインなら、そのリンクを消してから送り直してください。</translation>
    </message>
    <message>
        <source>The provider wants an app password, not your usual password</source>
        <translation>いつものパスワードではなく、アプリ パスワードが必要です</translation>
    </message>
    <message>
        <source>For mail programs, this provider does not accept the password you use on its website. It wants an app password: a separate password that you create in the account's security settings, usually after turning on 2-step verification.</source>
        <translation>この提供元は、メールソフトからの接続に、Web サイトで使っているパスワードを受け付けません。必要なのはアプリ パスワードです。これはアカウントのセキュリティ設定で別に作るパスワードで、多くの場合は 2 段階認証をオンにしてから作れます。</translation>
    </message>
    <message>
        <source>Sign in to your account on the provider's website, create an app password for mail (in the security settings), and type it into the mail program instead of your usual password.</source>
        <translation>提供元の Web サイトでアカウントにログインし、セキュリティ設定でメール用のアプリ パスワードを作ってください。メールソフトには、いつものパスワードの代わりにそのアプリ パスワードを入力してください。</translation>
    </message>
    <message>
        <source>A link in the message is on a block list</source>
        <translation>メール内のリンクがブロックリストに載っています</translation>
    </message>
    <message>
        <source>The receiving side checked the links in the message against a list of web addresses used in spam, and one of them is on it. The message is refused for its content; your address and your server are not the problem.</source>
        <translation>受信側がメール内のリンクを、迷惑メールに使われる Web アドレスの一覧と照らし合わせたところ、その中の 1 つが載っていました。拒否されたのはメールの内容のためで、送信元のアドレスやサーバーに問題はありません。</translation>
    </message>
    <message>
        <source>Remove the link the refusal names (link shorteners and tracking links are often listed), or write the address without making it a link, and send again.</source>
        <translation>拒否の文面に書かれているリンクを削除するか（短縮 URL や追跡用のリンクはよく載っています）、リンクにせずにアドレスを書いてから、送り直してください。</translation>
    </message>
    <message>
        <source>An error about signing in</source>
        <translation>ログインに関するエラーです</translation>
    </message>
    <message>
        <source>This exact message is not in SMTP Doctor's list, but it is about signing in to the outgoing server: the user name, the password or the sign-in method was not accepted.</source>
        <translation>このメッセージそのものは SMTP Doctor の一覧にありませんが、送信メールサーバーへのログインに関するものです。ユーザー名、パスワード、またはログインの方式が受け付けられませんでした。</translation>
    </message>
    <message>
        <source>Check the user name (usually your full email address) and type the password again. If your provider uses 2-step verification, use an app password. "smtpdoctor check" tests the sign-in step by step.</source>
        <translation>ユーザー名（多くはメールアドレス全体）を確認し、パスワードを入力し直してください。提供元で 2 段階認証を使っている場合は、アプリ パスワードを使ってください。「smtpdoctor check」でログインを順に確かめられます。</translation>
    </message>
    <message>
        <source>An error about the encrypted connection</source>
        <translation>暗号化された接続に関するエラーです</translation>
    </message>
    <message>
        <source>This exact message is not in SMTP Doctor's list, but it is about the encrypted (SSL/TLS) connection: the security setting may not match the port, or the server's certificate was not accepted.</source>
        <translation>このメッセージそのものは SMTP Doctor の一覧にありませんが、暗号化された（SSL/TLS）接続に関するものです。セキュリティ（暗号化）の設定がポートに合っていないか、サーバーの証明書が受け入れられなかった可能性があります。</translation>
    </message>
    <message>
        <source>Use port 465 with SSL/TLS or 587 with STARTTLS, and check the computer's date and time. "smtpdoctor check" shows which part of the connection fails.</source>
        <translation>ポート 465 なら SSL/TLS、587 なら STARTTLS を使い、パソコンの日付と時刻を確認してください。「smtpdoctor check」で接続のどの段階で失敗するか分かります。</translation>
    </message>
    <message>
        <source>An error about the server's name</source>
        <translation>サーバー名に関するエラーです</translation>
    </message>
    <message>
        <source>This exact message is not in SMTP Doctor's list, but it is about finding the server by its name: the name may be mistyped, or the network's name service did not answer.</source>
        <translation>このメッセージそのものは SMTP Doctor の一覧にありませんが、名前からサーバーを探す処理に関するものです。サーバー名の打ち間違いか、ネットワークの名前解決（DNS）が応答しなかった可能性があります。</translation>
    </message>
    <message>
        <source>Compare the outgoing server name letter by letter with your provider's setup page, and check that web pages open.</source>
        <translation>送信メールサーバー名を、提供元の設定案内と 1 文字ずつ見比べてください。また、Web ページが開けるか確認してください。</translation>
    </message>
    <message>
        <source>An error about the connection</source>
        <translation>接続に関するエラーです</translation>
    </message>
    <message>
        <source>This exact message is not in SMTP Doctor's list, but it is about the connection to the outgoing server: it could not be opened or did not last. A wrong server name or port, a firewall, security software or an unstable network are the usual causes.</source>
        <translation>このメッセージそのものは SMTP Doctor の一覧にありませんが、送信メールサーバーとの接続に関するものです。接続できなかったか、途中で切れました。よくある原因は、サーバー名やポートの間違い、ファイアウォール、セキュリティソフト、不安定なネットワークです。</translation>
    </message>
    <message>
        <source>Check the outgoing server name and port (587 with STARTTLS or 465 with SSL/TLS) and that web pages open. "smtpdoctor check" finds which port works.</source>
        <translation>送信メールサーバー名とポート（587 なら STARTTLS、465 なら SSL/TLS）を確認し、Web ページが開けるか確かめてください。「smtpdoctor check」でどのポートが使えるか分かります。</translation>
    </message>
    <message>
        <source>An error about a recipient</source>
        <translation>宛先に関するエラーです</translation>
    </message>
    <message>
        <source>This exact message is not in SMTP Doctor's list, but it is about a recipient's address: it may be mistyped or not exist, or the server did not accept it for another reason.</source>
        <translation>このメッセージそのものは SMTP Doctor の一覧にありませんが、宛先のアドレスに関するものです。アドレスの打ち間違いか存在しないアドレスの可能性があり、ほかの理由でサーバーが受け付けなかったことも考えられます。</translation>
    </message>
    <message>
        <source>Check each recipient's address for typos. If the addresses are right, send the whole message to your mail provider's support.</source>
        <translation>宛先のアドレスに打ち間違いがないか、1 つずつ確認してください。アドレスが正しければ、表示されたメッセージ全体をメールサービスの窓口に伝えてください。</translation>
    </message>
    <message>
        <source>An error about the sender address</source>
        <translation>送信元アドレスに関するエラーです</translation>
    </message>
    <message>
        <source>This exact message is not in SMTP Doctor's list, but it is about the sender (From) address: it may be empty, mistyped, or not one the account may send from.</source>
        <translation>このメッセージそのものは SMTP Doctor の一覧にありませんが、送信元（From）のアドレスに関するものです。空になっている、打ち間違えている、またはそのアカウントから送ることが認められていないアドレスの可能性があります。</translation>
    </message>
    <message>
        <source>Check the email address set for the account or the program: it should be the address of the account you sign in with.</source>
        <translation>アカウントまたはプログラムに設定したメールアドレスを確認してください。ログインに使うアカウントのアドレスにしてください。</translation>
    </message>
    <message>
        <source>An error SMTP Doctor does not know</source>
        <translation>SMTP Doctor の知らないエラーです</translation>
    </message>
    <message>
        <source>The text reports a failure, but neither its words nor a reply code in it are in SMTP Doctor's list, so its cause cannot be told from the text alone.</source>
        <translation>このテキストは失敗を伝えていますが、その言葉も応答コードも SMTP Doctor の一覧にないため、テキストだけでは原因が分かりません。</translation>
    </message>
    <message>
        <source>Run "smtpdoctor check" with your account settings to find the failing step, and give the exact text to your mail provider or helpdesk.</source>
        <translation>アカウントの設定で「smtpdoctor check」を実行して失敗する段階を調べ、表示されたテキストをそのままメールサービスの窓口かヘルプデスクに伝えてください。</translation>
    </message>
    <message>
        <source>Your provider has stopped sending from your account</source>
        <translation>メール事業者がこのアカウントからの送信を止めています</translation>
    </message>
    <message>
        <source>Your mail provider has suspended or disabled your account, or its sending, often after unusual activity, an unpaid bill or a report of spam. Nothing is wrong with the recipient.</source>
        <translation>ご利用のメール事業者が、このアカウント（またはその送信機能）を停止しています。普段と違う大量の送信、料金の未払い、迷惑メールの報告などがきっかけになることがよくあります。受信者の側には問題はありません。</translation>
    </message>
    <message>
        <source>Sign in to your provider's website or contact its support to find out why and to reactivate sending. Change your password if someone else may have used the account.</source>
        <translation>メール事業者の Web サイトにログインするか、サポート窓口に問い合わせて、止められた理由と送信を再開する方法を確認してください。他人にアカウントを使われた心配があるときは、パスワードも変更してください。</translation>
    </message>
    <message>
        <source>The receiving side does not accept this kind of attachment</source>
        <translation>受信側がこの種類の添付ファイルを受け付けていません</translation>
    </message>
    <message>
        <source>The receiving server's rules refuse some kinds of attached files (for example .exe, .js, .bat, Office files with macros, or archives with a password), whatever they contain. No virus has to be found for this.</source>
        <translation>受信側のサーバーは、決まりとして一部の種類の添付ファイル（たとえば .exe、.js、.bat、マクロ付きの Office ファイル、パスワード付きの圧縮ファイル）を中身に関係なく受け取りません。ウイルスが見つかったわけではありません。</translation>
    </message>
    <message>
        <source>Send the file through a shared folder or a download link instead, or ask the recipient which kinds of files their side accepts. Packing it into a zip file helps only where the refusal says so.</source>
        <translation>ファイルは共有フォルダーやダウンロード用のリンクで渡すか、どの種類のファイルなら受け取れるかを受信者に確認してください。zip に圧縮して送り直すのは、エラーの文面がそう勧めている場合だけ効果があります。</translation>
    </message>
    <message>
        <source>The program could not send with its mail settings</source>
        <translation>メールの設定のままでは送信できませんでした</translation>
    </message>
    <message>
        <source>The program tried the outgoing server in its settings and failed, but its message does not say why. Most often the server name, port, encryption or sign-in in those settings does not match what the provider expects.</source>
        <translation>プログラムは設定された送信サーバーで送信を試みて失敗しましたが、メッセージには原因が書かれていません。多くの場合、設定のサーバー名、ポート、暗号化、ログインのどれかがメール事業者の求める内容と合っていません。</translation>
    </message>
    <message>
        <source>Compare the outgoing server, port (587 with STARTTLS or 465 with SSL/TLS), encryption, user name and password with your provider's setup page. Run the check in SMTP Doctor with the same settings to see which step fails.</source>
        <translation>送信サーバー、ポート（587 なら STARTTLS、465 なら SSL/TLS）、暗号化、ユーザー名、パスワードを、メール事業者の設定案内のページと見比べてください。同じ設定で SMTP Doctor のチェックを実行すると、どの段階で失敗するかがわかります。</translation>
    </message>
    <message>
        <source>The mail program's sign-in has expired</source>
        <translation>メールソフトのログインの有効期限が切れています</translation>
    </message>
    <message>
        <source>The program signs in with a permission (a token) it got when you signed in through the browser. That permission has expired or was withdrawn, for example after a password change or a security check.</source>
        <translation>このプログラムは、ブラウザーでログインしたときに受け取った許可（トークン）を使ってログインしています。パスワードの変更やセキュリティの確認などのあとで、その許可の期限が切れたか、取り消されました。</translation>
    </message>
    <message>
        <source>Sign in to the account again from the mail program (remove and re-add it if it offers no way to), and complete the sign-in in the browser window it opens.</source>
        <translation>メールソフトからもう一度アカウントにログインし直し、開いたブラウザーの画面でログインを最後まで済ませてください。ログインし直す方法が見当たらない場合は、アカウントをいったん削除して追加し直してください。</translation>
    </message>
    <message>
        <source>The address has characters this server cannot carry</source>
        <translation>このサーバーでは送れない文字がアドレスに含まれています</translation>
    </message>
    <message>
        <source>The part of an address before "@" contains characters other than plain English letters and digits (for example Japanese). Such addresses need a server extension (SMTPUTF8) that this outgoing server does not offer.</source>
        <translation>アドレスの「@」より前の部分に、半角の英字や数字以外の文字（日本語など）が入っています。こうしたアドレスに送るにはサーバーの拡張機能（SMTPUTF8）が必要ですが、この送信サーバーは対応していません。</translation>
    </message>
    <message>
        <source>Check the address: it is often a typo or a full-width character. If the address really is like that, ask the recipient for another address made of plain letters and digits.</source>
        <translation>アドレスを確認してください。入力ミスや全角文字が混じっていることがよくあります。本当にそのアドレスで正しい場合は、半角の英字と数字だけでできた別のアドレスを受信者に教えてもらってください。</translation>
    </message>
    <message>
        <source>The server did not accept the Kerberos sign-in</source>
        <translation>サーバーが Kerberos によるログインを受け付けませんでした</translation>
    </message>
    <message>
        <source>The mail program is set to sign in with Kerberos/GSSAPI (a company network sign-in), and the outgoing server refused the ticket: you are not signed in to that network, the ticket expired, or the server does not use Kerberos.</source>
        <translation>メールソフトが Kerberos/GSSAPI（会社のネットワークへのログイン）でログインする設定になっていて、送信サーバーがそのチケットを受け付けませんでした。そのネットワークにログインしていない、チケットの期限が切れている、またはサーバーが Kerberos を使っていない、のどれかです。</translation>
    </message>
    <message>
        <source>Outside a company network, set the authentication method of the outgoing server to "Normal password" (or OAuth2 where the provider uses it). Inside one, sign in to the company network again and retry.</source>
        <translation>会社のネットワークの外で使う場合は、送信サーバーの認証方式を「通常のパスワード認証」（メール事業者が使っている場合は OAuth2）に変えてください。会社のネットワークの中なら、もう一度ネットワークにログインしてから送り直してください。</translation>
    </message>
    <message>
        <source>The server cannot check sign-ins just now</source>
        <translation>サーバーがいまログインを確認できません</translation>
    </message>
    <message>
        <source>Your provider's outgoing server could not check the user name and password because of a temporary problem on its side. Your password may well be right.</source>
        <translation>メール事業者の送信サーバー側の一時的な問題で、ユーザー名とパスワードを確認できませんでした。パスワード自体は正しい可能性が十分あります。</translation>
    </message>
    <message>
        <source>Wait a few minutes and send again. If it lasts longer than an hour, look at your provider's status page or contact its support.</source>
        <translation>数分待ってから送り直してください。1 時間以上続く場合は、メール事業者の障害情報のページを見るか、サポート窓口に問い合わせてください。</translation>
    </message>
    <message>
        <source>No sender address is set</source>
        <translation>差出人のアドレスが設定されていません</translation>
    </message>
    <message>
        <source>The message or the program's settings have no sender (From) address, so the program cannot send it, or the server refuses a message without one.</source>
        <translation>メッセージかプログラムの設定に差出人（From）のアドレスがないため、プログラムが送信できないか、サーバーが差出人のないメッセージを受け付けません。</translation>
    </message>
    <message>
        <source>Type your own email address as the sender in the account or program settings (in a web application, its "From address" or "sender" setting), then send again.</source>
        <translation>アカウントやプログラムの設定で、差出人としてご自分のメールアドレスを入力してから送り直してください（Web アプリケーションでは「From アドレス」や「送信者」の設定です）。</translation>
    </message>
    <message>
        <source>Your outgoing server refused the message</source>
        <translation>送信サーバーがメッセージを受け付けませんでした</translation>
    </message>
    <message>
        <source>The outgoing server took the connection but refused this message. The mail program does not show the server's reason: common ones are a sign-in that is missing, a sender address that is not yours, content its filter rejects, or a sending limit.</source>
        <translation>送信サーバーへの接続はできましたが、このメッセージは受け付けられませんでした。メールソフトにはサーバーが示した理由が表示されていません。よくある理由は、ログインしていない、差出人がご自分のアドレスではない、内容がフィルターで拒否された、送信数の上限に達した、のいずれかです。</translation>
    </message>
    <message>
        <source>Check that the outgoing server signs in with your user name and password and that the sender is your own address. If the program can show a log or details, paste the server's reply here to see its reason.</source>
        <translation>送信サーバーにユーザー名とパスワードでログインする設定になっているか、差出人がご自分のアドレスになっているかを確認してください。ログや詳細を表示できる場合は、サーバーの応答をここに貼り付けると理由がわかります。</translation>
    </message>
    <message>
        <source>The message asked for a delivery status notification (a receipt that the message arrived), and the outgoing server does not offer that.</source>
        <translation>メッセージで配信状況通知（届いたことの通知）を求めていますが、送信サーバーはこの機能に対応していません。</translation>
    </message>
    <message>
        <source>The sender address is not of the website's own domain</source>
        <translation>差出人のアドレスが Web サイト自身のドメインのものではありません</translation>
    </message>
    <message>
        <source>The form sends mail with a sender (From) address of another domain. Receiving servers check SPF, DKIM and DMARC for that domain, see that the website may not send for it, and refuse or hide the mail.</source>
        <translation>フォームが、別のドメインの差出人（From）アドレスでメールを送っています。受信側のサーバーはそのドメインの SPF、DKIM、DMARC を確認し、この Web サイトには送信する資格がないと判断して、メールを拒否したり迷惑メールに振り分けたりします。</translation>
    </message>
    <message>
        <source>Set the form's sender to an address of the website's own domain (for example wordpress@your-site.example), and put the visitor's address in Reply-To instead.</source>
        <translation>フォームの差出人を Web サイト自身のドメインのアドレス（例：wordpress@your-site.example）にして、訪問者のアドレスは Reply-To（返信先）に入れてください。</translation>
    </message>
    <message>
        <source>This account may not send this mail</source>
        <translation>このアカウントではこのメールを送信できません</translation>
    </message>
    <message>
        <source>Your provider or your organisation has not enabled sending for this account, or allows it only to addresses inside the organisation. The settings in your mail program are not the cause.</source>
        <translation>メール事業者または所属する組織が、このアカウントの送信を有効にしていないか、組織の中のアドレスあてにしか送信を認めていません。メールソフトの設定が原因ではありません。</translation>
    </message>
    <message>
        <source>Ask your email administrator or provider to allow sending (to outside addresses) for your account.</source>
        <translation>メールの管理者かメール事業者に、このアカウントで（外部のアドレスへも）送信できるようにしてもらってください。</translation>
    </message>
    <message>
        <source>Your own mailbox is full</source>
        <translation>ご自分のメールボックスがいっぱいです</translation>
    </message>
    <message>
        <source>Your account has used up its storage, so the provider does not send (or keep a copy of) new mail until there is room again.</source>
        <translation>アカウントの保存容量を使い切っているため、空きができるまでメール事業者が新しいメールを送信しない（または送信済みの控えを保存しない）状態です。</translation>
    </message>
    <message>
        <source>Delete large or old messages, empty the trash and the sent folder on the provider's website, or buy more storage; then send again.</source>
        <translation>メール事業者の Web サイトで、大きなメールや古いメールを削除し、ごみ箱と送信済みフォルダーを空にするか、容量を追加購入してから送り直してください。</translation>
    </message>
    <message>
        <source>Your provider's filter held the message as spam</source>
        <translation>メール事業者のフィルターがメッセージを迷惑メールとして止めました</translation>
    </message>
    <message>
        <source>Your own provider checks outgoing mail, and its filter judged this message to be spam, so it was not sent on. This can follow from the content or links, many recipients at once, or a sign that the account was misused.</source>
        <translation>ご利用のメール事業者は送信するメールも検査していて、そのフィルターがこのメッセージを迷惑メールと判断したため、先へ送られませんでした。内容やリンク、一度に多数の宛先、アカウントの不正利用の疑いなどがきっかけになります。</translation>
    </message>
    <message>
        <source>Send a plainer message to fewer recipients. If you did not send it yourself, change your password at once. If it keeps happening, contact your provider.</source>
        <translation>内容を簡潔にして、宛先を減らして送ってください。ご自分で送ったメールでない場合は、すぐにパスワードを変更してください。何度も起きる場合は、メール事業者に問い合わせてください。</translation>
    </message>
    <message>
        <source>The server does not offer delivery status notifications</source>
        <translation>サーバーが配送状況通知に対応していません</translation>
    </message>
    <message>
        <source>Turn off "Delivery Status Notification" for this message (in Thunderbird: Options menu of the message window) or in the account settings, then send again. A read receipt is something else and can stay on.</source>
        <translation>このメッセージの「配送状況通知」をオフにして（Thunderbird では作成画面の [オプション] メニュー）、またはアカウントの設定でオフにしてから送り直してください。開封確認は別の機能なので、オンのままでかまいません。</translation>
    </message>
    <message>
        <source>The outgoing server is not taking connections</source>
        <translation>送信サーバーが接続を受け付けていません</translation>
    </message>
    <message>
        <source>The mail program reached the outgoing server's address, but the server did not accept the connection. It may be down or overloaded, or the server name or port points at a machine that does not send mail.</source>
        <translation>メールソフトは送信サーバーのアドレスまでは届きましたが、サーバーが接続を受け付けませんでした。サーバーが停止しているか混み合っている、またはサーバー名やポート番号がメール送信用ではないマシンを指している可能性があります。</translation>
    </message>
    <message>
        <source>Check the outgoing server name and port in the settings. If they are right, try again later; if it keeps failing, ask the provider whether their sending server has a problem.</source>
        <translation>設定の送信サーバー名とポート番号を確認してください。正しければ、しばらくしてからもう一度送信してください。それでも失敗が続く場合は、送信サーバーに障害がないかメール事業者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Mailgun's test domain may only send to confirmed addresses</source>
        <translation>Mailgun のテスト用ドメインは、確認済みのアドレスにしか送信できません</translation>
    </message>
    <message>
        <source>The message was sent from Mailgun's sandbox domain. That domain is for trying Mailgun out: it only delivers to addresses that were added and confirmed as authorized recipients.</source>
        <translation>このメールは Mailgun のサンドボックスドメインから送信されました。このドメインはお試し用で、許可済みの宛先として登録・確認されたアドレスにしか配信されません。</translation>
    </message>
    <message>
        <source>In Mailgun, add and verify your own sending domain and use it in the program's settings, or add the recipient as an authorized recipient of the sandbox domain.</source>
        <translation>Mailgun で自分の送信用ドメインを追加・認証し、プログラムの設定でそのドメインを使ってください。または、宛先をサンドボックスドメインの許可済みの宛先に追加してください。</translation>
    </message>
    <message>
        <source>The program could not send through its outgoing server</source>
        <translation>プログラムが送信サーバー経由でメールを送れませんでした</translation>
    </message>
    <message>
        <source>This is the program's own message, not a delivery report: sending through the outgoing (SMTP) server it names failed. The words after it give the reason and are explained separately here when recognised.</source>
        <translation>これは配送エラーの通知ではなく、プログラム自身のメッセージです。ここに書かれた送信 (SMTP) サーバー経由での送信に失敗しました。原因はその後ろに書かれており、分かるものはこの一覧で別に説明しています。</translation>
    </message>
    <message>
        <source>Look at the other explanations in this list, then check the outgoing server settings in the program (server name, port, security and sign-in).</source>
        <translation>この一覧のほかの説明を確認してから、プログラムの送信サーバーの設定（サーバー名、ポート番号、暗号化、ログイン）を見直してください。</translation>
    </message>
    <message>
        <source>Outlook used a saved address that is no longer valid</source>
        <translation>Outlook が、もう使えない保存済みの宛先を使いました</translation>
    </message>
    <message>
        <source>The recipient was taken from Outlook's list of remembered addresses (the suggestions that appear while you type) or from an old contact, and that entry holds no usable email address.</source>
        <translation>宛先が Outlook の入力候補（入力中に表示される候補）や古い連絡先から選ばれましたが、その項目には使えるメールアドレスが入っていません。</translation>
    </message>
    <message>
        <source>Remove the suggestion from the list (click the X next to it while typing), type the recipient's full email address again, and send.</source>
        <translation>入力候補からその宛先を削除し（入力中に候補の横の × をクリック）、宛先のメールアドレスを最後まで入力し直してから送信してください。</translation>
    </message>
    <message>
        <source>The server does not accept connections from the internet address the message came from: it has no proper name in DNS ("cannot find your hostname"), belongs to a home connection, or is blocked by a rule. In a delivery report that address is your provider's sending server; in your mail program's message it is your own connection.</source>
        <translation>このサーバーは、メールの送信元のインターネット上のアドレスからの接続を受け付けません。DNS に正しい名前がない（「cannot find your hostname」）、家庭向け回線のアドレスである、または規則で遮断されている、などが理由です。配送エラーの通知に書かれている場合、そのアドレスはご利用のメール事業者の送信サーバーのものです。メールソフトに表示された場合は、お使いの回線のアドレスです。</translation>
    </message>
</context>
</TS>