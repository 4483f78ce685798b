<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>DomainAssessment</name>
    <message>
        <source>The policy p= is missing or is not none, quarantine or reject.</source>
        <translation>ポリシー（p=）がないか、none・quarantine・reject のどれでもありません。</translation>
    </message>
    <message>
        <source>The subdomain policy sp= is not none, quarantine or reject; receivers use p= instead.</source>
        <translation>サブドメイン用のポリシー（sp=）が none・quarantine・reject のどれでもないため、受信側は代わりに p= を使います。</translation>
    </message>
    <message>
        <source>adkim= and aspf= may only be r (relaxed) or s (strict).</source>
        <translation>adkim= と aspf= に書けるのは r（緩やか）か s（厳密）だけです。</translation>
    </message>
    <message>
        <source>pct= must be a number from 0 to 100.</source>
        <translation>pct= は 0〜100 の数字でなければなりません。</translation>
    </message>
    <message>
        <source>A report address (rua= or ruf=) is not of the form mailto:name@example.com; receivers skip it.</source>
        <translation>レポートの送り先（rua= または ruf=）が mailto:name@example.com の形になっていないため、受信側はその送り先を無視します。</translation>
    </message>
    <message>
        <source>The record is not a list of tag=value pairs separated by &quot;;&quot; that starts with v=DMARC1.</source>
        <translation>レコードが「v=DMARC1」で始まり「;」で区切られた「タグ=値」の並びになっていません。</translation>
    </message>
    <message>
        <source>There are %1 DMARC records at this name; with more than one, receivers use none of them.</source>
        <translation>この名前に DMARC レコードが %1 件あります。2 件以上あると、受信側はどれも使いません。</translation>
    </message>
    <message>
        <source>No working DKIM key was found for %1, so only SPF can vouch for your mail. Forwarded mail and mailing lists fail SPF, and with this policy receivers then refuse it.</source>
        <translation>%1 には使える DKIM の鍵が見つからなかったため、メールの正しさを証明できるのは SPF だけです。転送されたメールやメーリングリスト経由のメールは SPF に合格しないため、このポリシーでは受信を拒否されます。</translation>
    </message>
    <message>
        <source>SPF does not vouch for your sending server either, so receivers that follow the policy refuse your mail right now.</source>
        <translation>さらに、SPF もお使いの送信サーバーを許可していないため、このポリシーに従う受信側は今の時点でお使いのメールを拒否します。</translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own; the record of its parent domain applies to it (with the subdomain policy sp= when given).</source>
        <translation>%1 には独自の DMARC レコードがないため、親ドメインのレコードが適用されます（サブドメイン用ポリシー sp= があればそれが使われます）。</translation>
    </message>
    <message>
        <source>p=none only watches: receivers deliver failing mail as usual and report it. Once the reports show that all your mail passes, p=quarantine protects the domain against forgery.</source>
        <translation>p=none は監視だけの設定です。認証に失敗したメールも受信側は通常どおり配送し、レポートで知らせるだけです。レポートで自分のメールがすべて合格していると確認できたら、p=quarantine にするとドメインのなりすましを防げます。</translation>
    </message>
    <message>
        <source>The record asks for no reports (rua=), so nobody learns when mail fails. Add rua=mailto: with an address that may receive them.</source>
        <translation>レコードにレポートの送り先（rua=）がないため、メールが認証に失敗しても誰も気づけません。レポートを受け取ってよいアドレスを rua=mailto: の後に書いて追加してください。</translation>
    </message>
    <message>
        <source>The policy applies to %1% of failing mail only (pct=).</source>
        <translation>このポリシーは、認証に失敗したメールのうち %1% にだけ適用されます（pct=）。</translation>
    </message>
    <message>
        <source>Alignment is strict (aspf=s or adkim=s): mail passes only when SPF or DKIM is for exactly %1, not a subdomain.</source>
        <translation>アライメントが「厳密」（aspf=s または adkim=s）になっているため、SPF や DKIM がサブドメインではなく %1 そのものの場合にだけ合格します。</translation>
    </message>
    <message>
        <source>The record is not a list of tag=value pairs separated by &quot;;&quot;.</source>
        <translation>レコードが「;」で区切られた「タグ=値」の並びになっていません。</translation>
    </message>
    <message>
        <source>The record must start with v=DKIM1 (or leave v= out).</source>
        <translation>レコードは v=DKIM1 で始める必要があります（v= を書かないこともできます）。</translation>
    </message>
    <message>
        <source>The record has no key (no p= part).</source>
        <translation>レコードに鍵がありません（p= の部分がありません）。</translation>
    </message>
    <message>
        <source>The key after p= is damaged: it is not a complete public key (often cut off, or with extra characters from copying).</source>
        <translation>p= の後の鍵が壊れていて、完全な公開鍵になっていません（途中で切れている、またはコピーしたときに余分な文字が入ったことがよくある原因です）。</translation>
    </message>
    <message>
        <source>The key type (k=) is neither rsa nor ed25519.</source>
        <translation>鍵の種類（k=）が rsa でも ed25519 でもありません。</translation>
    </message>
    <message>
        <source>The record says (s=) that the key is not for email.</source>
        <translation>レコードの s= に、この鍵はメール用ではないと書かれています。</translation>
    </message>
    <message>
        <source>Mail for %1 then goes to the address of %1 itself (%2), which works only if a mail server answers there.</source>
        <translation>この場合、%1 宛てのメールは %1 そのもののアドレス（%2）に届けられます。そこでメールサーバーが動いていなければ受け取れません。</translation>
    </message>
    <message>
        <source>Not even the basic records of %1 could be read, so nothing about the domain could be checked.</source>
        <translation>%1 の基本的なレコードさえ読み取れなかったため、このドメインについては何も確認できませんでした。</translation>
    </message>
    <message>
        <source>The check stopped at its time limit before every answer had arrived.</source>
        <translation>すべての応答が届く前に、確認が制限時間に達して終了しました。</translation>
    </message>
    <message>
        <source>A 1024-bit key still works, but 2048 bits is recommended today.</source>
        <translation>1024 ビットの鍵もまだ使えますが、現在は 2048 ビットが推奨されています。</translation>
    </message>
    <message>
        <source>The key is marked as a test (t=y): some receivers do not act on its results.</source>
        <translation>この鍵はテスト用（t=y）と指定されているため、受信側によってはその結果を判断に使いません。</translation>
    </message>
    <message>
        <source>The name points (CNAME) to %1, where the key is.</source>
        <translation>この名前は CNAME で %1 を指していて、鍵はそこにあります。</translation>
    </message>
    <message>
        <source>This is the value %1 documents for the domains of its customers.</source>
        <translation>これは %1 が利用者のドメイン向けに案内している値です。</translation>
    </message>
    <message>
        <source>This value allows the server you send through (%1). If your mail provider documents its own SPF value (often an include:), use that instead.</source>
        <translation>この値は、お使いの送信サーバー（%1）を許可します。メールの提供元が独自の SPF の値（多くは include:）を案内している場合は、そちらを使ってください。</translation>
    </message>
    <message>
        <source>This value allows the servers that receive your mail (the MX records) to send it too, which is right for most small hosting services. Ask your mail provider whether it documents another value.</source>
        <translation>この値は、メールを受け取るサーバー（MX レコード）に送信も許可します。小規模なレンタルサーバーの多くではこれで正しく動きます。ほかの値が案内されていないか、メールの提供元に確認してください。</translation>
    </message>
    <message>
        <source>The record of %1 is used by the SPF record of %2 (include: or redirect=), so the error makes the SPF record of %2 unusable too.</source>
        <translation>%1 のレコードは %2 の SPF レコードから（include: または redirect= で）参照されているため、この誤りで %2 の SPF レコードも使えなくなります。</translation>
    </message>
    <message>
        <source>%1 has no SPF record of its own, so receiving servers treat &quot;%2&quot; as an error.</source>
        <translation>%1 には SPF レコードがないため、受信側のサーバーは「%2」をエラーとして扱います。</translation>
    </message>
    <message>
        <source>%1 publishes more than one SPF record, which receiving servers treat as an error.</source>
        <translation>%1 には SPF レコードが 2 件以上あり、受信側のサーバーはこれをエラーとして扱います。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than 10 mail servers; receiving servers stop there with an error.</source>
        <translation>「%1」は 10 台を超えるメールサーバーを指しているため、受信側のサーバーはそこでエラーとして処理を止めます。</translation>
    </message>
    <message>
        <source>%1 documents &quot;%2&quot; as the SPF entry for its servers, and the record of %3 does not contain it.</source>
        <translation>%1 は自社のサーバー用の SPF の記述として「%2」を案内していますが、%3 のレコードにはそれが含まれていません。</translation>
    </message>
    <message>
        <source>SMTP Doctor can only see the server your mail program hands the mail to. Your provider may pass it on from other servers, which this check cannot see from outside: ask your provider which SPF entry it publishes (often an include:). If this server delivers the mail itself, the record above is right.</source>
        <translation>SMTP Doctor から見えるのは、メールソフトがメールを渡すサーバーだけです。メールの提供元がそこから別のサーバーでメールを送り出している場合、外からは確認できません。どの SPF の記述（多くは include:）を使えばよいか、メールの提供元に確認してください。このサーバー自身がメールを届けている場合は、上のレコードで正しく動きます。</translation>
    </message>
    <message>
        <source>It allows the server you send through: %1.</source>
        <translation>お使いの送信サーバーを許可しています：%1。</translation>
    </message>
    <message>
        <source>Which server you send through is not known, so whether the record allows it was not checked.</source>
        <translation>どの送信サーバーを使っているかがわからないため、このレコードがそのサーバーを許可しているかは確認していません。</translation>
    </message>
    <message>
        <source>Whether it allows %1 could not be told: not every DNS answer arrived.</source>
        <translation>DNS の応答がすべては届かなかったため、%1 を許可しているかは判断できませんでした。</translation>
    </message>
    <message>
        <source>It needs %1 of the 10 DNS lookups receivers allow.</source>
        <translation>受信側が認める 10 回の DNS 問い合わせのうち、%1 回を使います。</translation>
    </message>
    <message>
        <source>The record contains macros that depend on each message&apos;s sender or server, so its result can differ from message to message.</source>
        <translation>このレコードには、メールごとの送信者や送信サーバーによって変わるマクロが含まれているため、結果がメールごとに変わることがあります。</translation>
    </message>
</context>
<context>
    <name>DomainReport</name>
    <message>
        <source>The records of %1 could not be read: DNS did not answer.</source>
        <translation>%1 のレコードを読み取れませんでした。DNS が応答していません。</translation>
    </message>
    <message>
        <source>Receiving servers may refuse mail from %1 or put it into spam: its DNS records need fixing.</source>
        <translation>%1 からのメールは、受信側に拒否されたり迷惑メールに振り分けられたりするおそれがあります。DNS のレコードを直す必要があります。</translation>
    </message>
    <message>
        <source>Mail from %1 is accepted, but some of its records should be improved.</source>
        <translation>%1 からのメールは受け取られますが、改善したほうがよいレコードがあります。</translation>
    </message>
    <message>
        <source>The sender records of %1 are in order.</source>
        <translation>%1 の送信者認証のレコードは整っています。</translation>
    </message>
</context>
<context>
    <name>ProviderRecords</name>
    <message>
        <source>Google Workspace: in the Google Admin console, open Apps &gt; Google Workspace &gt; Gmail &gt; Authenticate email, generate the DKIM record for the domain, add it in DNS as a TXT record named google._domainkey, then click &quot;Start authentication&quot;.</source>
        <translation>Google Workspace の場合：Google 管理コンソールで「アプリ」&gt;「Google Workspace」&gt;「Gmail」&gt;「メールの認証」を開き、ドメインの DKIM レコードを生成します。それを DNS に google._domainkey という名前の TXT レコードとして追加してから、「認証を開始」をクリックします。</translation>
    </message>
    <message>
        <source>Microsoft 365: in the Microsoft Defender portal, open Email &amp; collaboration &gt; Policies &amp; rules &gt; Threat policies &gt; Email authentication settings &gt; DKIM, select the domain: it shows two CNAME records (selector1._domainkey and selector2._domainkey) to add in DNS; after adding them, turn on &quot;Sign messages for this domain with DKIM signatures&quot;.</source>
        <translation>Microsoft 365 の場合：Microsoft Defender ポータルで「メールとコラボレーション」&gt;「ポリシーとルール」&gt;「脅威ポリシー」&gt;「メール認証の設定」&gt;「DKIM」を開き、ドメインを選びます。DNS に追加する 2 つの CNAME レコード（selector1._domainkey と selector2._domainkey）が表示されるので、追加したあとで DKIM 署名を有効にします（英語表示では「Sign messages for this domain with DKIM signatures」）。</translation>
    </message>
    <message>
        <source>Fastmail: Settings &gt; Domains lists the DNS records for the domain, among them three CNAME records fm1._domainkey, fm2._domainkey and fm3._domainkey for DKIM.</source>
        <translation>Fastmail の場合：「Settings」&gt;「Domains」にドメイン用の DNS レコードが表示されます。その中の DKIM 用の 3 つの CNAME レコード（fm1._domainkey、fm2._domainkey、fm3._domainkey）を追加します。</translation>
    </message>
    <message>
        <source>Xserver: in the server panel, open Mail &gt; DKIM settings (DKIM設定) and turn DKIM on for the domain. If the domain&apos;s DNS is managed elsewhere, copy the record shown there (name default._domainkey) into that DNS.</source>
        <translation>エックスサーバーの場合：サーバーパネルの「メール」&gt;「DKIM設定」で、ドメインの DKIM を ON にします。ドメインの DNS をほかの会社で管理している場合は、そこに表示されるレコード（名前は default._domainkey）をその DNS に追加します。</translation>
    </message>
    <message>
        <source>Sakura Internet: DKIM is turned on per domain in the server control panel&apos;s domain settings; it shows the record to publish.</source>
        <translation>さくらインターネットの場合：サーバーコントロールパネルのドメイン設定で、ドメインごとに DKIM を有効にします。追加するレコードはそこに表示されます。</translation>
    </message>
</context>
</TS>
