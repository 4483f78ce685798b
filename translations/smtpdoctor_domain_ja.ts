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
        <translation>pct= は 0～100 の数字でなければなりません。</translation>
    </message>
    <message>
        <source>A report address (rua= or ruf=) is not of the form mailto:name@example.com; receivers skip it.</source>
        <translation>レポートの送り先（rua= または ruf=）が mailto:name@example.com の形になっていないため、受信側はその送り先を無視します。</translation>
    </message>
    <message>
        <source>The record is not a list of tag=value pairs separated by ";" that starts with v=DMARC1.</source>
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
        <source>The record is not a list of tag=value pairs separated by ";".</source>
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
        <translation>この値は、お使いの送信サーバー（%1）を許可します。メールの提供元（プロバイダー）が独自の SPF の値（多くは include:）を案内している場合は、そちらを使ってください。</translation>
    </message>
    <message>
        <source>This value allows the servers that receive your mail (the MX records) to send it too, which is right for most small hosting services. Ask your mail provider whether it documents another value.</source>
        <translation>この値は、メールを受け取るサーバー（MX レコード）に送信も許可します。小規模なレンタルサーバーの多くではこれで正しく動きます。ほかの値が案内されていないか、メールの提供元（プロバイダー）に確認してください。</translation>
    </message>
    <message>
        <source>The record of %1 is used by the SPF record of %2 (include: or redirect=), so the error makes the SPF record of %2 unusable too.</source>
        <translation>%1 のレコードは %2 の SPF レコードから（include: または redirect= で）参照されているため、この誤りで %2 の SPF レコードも使えなくなります。</translation>
    </message>
    <message>
        <source>%1 has no SPF record of its own, so receiving servers treat "%2" as an error.</source>
        <translation>%1 には SPF レコードがないため、受信側のサーバーは「%2」をエラーとして扱います。</translation>
    </message>
    <message>
        <source>%1 publishes more than one SPF record, which receiving servers treat as an error.</source>
        <translation>%1 には SPF レコードが 2 件以上あり、受信側のサーバーはこれをエラーとして扱います。</translation>
    </message>
    <message>
        <source>"%1" names more than 10 mail servers; receiving servers stop there with an error.</source>
        <translation>「%1」は 10 台を超えるメールサーバーを指しているため、受信側のサーバーはそこでエラーとして処理を止めます。</translation>
    </message>
    <message>
        <source>%1 documents "%2" as the SPF entry for its servers, and the record of %3 does not contain it.</source>
        <translation>%1 は自社のサーバー用の SPF の記述として「%2」を案内していますが、%3 のレコードにはそれが含まれていません。</translation>
    </message>
    <message>
        <source>SMTP Doctor can only see the server your mail program hands the mail to. Your provider may pass it on from other servers, which this check cannot see from outside: ask your provider which SPF entry it publishes (often an include:). If this server delivers the mail itself, the record above is right.</source>
        <translation>SMTP Doctor から見えるのは、メールソフトがメールを渡すサーバーだけです。プロバイダーがそこから別のサーバーでメールを送り出している場合、外からは確認できません。どの SPF の記述（多くは include:）を使えばよいか、プロバイダーに確認してください。このサーバー自身がメールを届けている場合は、上のレコードで正しく動きます。</translation>
    </message>
    <message>
        <source>It allows the server you send through: %1.</source>
        <translation>お使いの送信サーバーを許可しています：%1</translation>
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
        <source>The record contains macros that depend on each message's sender or server, so its result can differ from message to message.</source>
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
    <name>Finding</name>
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
        <translation>SPF レコードは、@%1 のメールを送ってよいサーバーを書いておく、ドメインの DNS 設定の 1 行です。これがないと、Gmail・Yahoo・Microsoft など多くの受信側がメールを「確認できない送信者」として扱い、迷惑メールに振り分けたり受け取りを拒否したりします（例：「550 5.7.26」）。</translation>
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
        <translation>%1 の DNS 設定で、v=spf1 で始まる TXT レコードの「%2」を正しく直すか削除してください。プロバイダーの案内からコピーした記述なら、そこからもう一度正確にコピーしてください。</translation>
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
        <translation>メールの提供元（プロバイダー）の設定で %1 の DKIM 署名を有効にしてください。%1 の DNS 設定に %2._domainkey という名前で追加するレコード（TXT または CNAME）が表示されます。</translation>
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
        <translation>送信したメールを開き（「メッセージのソースを表示」や「原文を表示」）、DKIM-Signature の行を探してください。s= がセレクター、d= がドメインです。そのヘッダーかセレクターを SMTP Doctor に渡して、もう一度確認してください。DKIM-Signature の行がない場合は、メールの提供元（プロバイダー）の設定で DKIM 署名を有効にしてください。</translation>
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
        <translation>メールの提供元（プロバイダー）の設定画面から DKIM のレコードをもう一度、表示どおり正確に DNS 設定にコピーしてください。長い鍵は、貼り付けたときに途中で切れたり、余分な空白や引用符が入ったりしがちです。</translation>
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
        <translation>プロバイダーがまだこの名前で署名している場合は、プロバイダーの設定画面にある現在の鍵を公開してください。そうでない場合は、鍵が公開されている名前で署名されるようにしてください。</translation>
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
        <translation>メールの提供元（プロバイダー）で 2048 ビットの DKIM の鍵を新しく作り、表示されたレコードを古いものと置き換えて公開してください。</translation>
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
        <translation>メールの提供元（プロバイダー）で、独自ドメイン %2 の DKIM を設定してください（「独自 DKIM」や「メールの認証」などと呼ばれます）。d=%2 で署名されるようになります。</translation>
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
        <translation>DMARC は、SPF と DKIM に失敗したメールをどう扱うか、その報告をどこに送るかを受信側に伝える仕組みです。Gmail・Yahoo・Microsoft は大量にメールを送る送信者に DMARC を求めていて、DMARC のないメールは信頼度が下がります。</translation>
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
        <translation>まずメールの提供元（プロバイダー）で %1 の DKIM を設定し、SPF レコードに送信サーバーが含まれていることを確認してください。両方が整うまでは、DMARC レコード（_dmarc.%1）を p=none に変えておいてください。</translation>
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
        <translation>%1 の DNS 設定（多くはレンタルサーバーのコントロールパネル）に、メールの提供元（プロバイダー）から案内された MX レコードを追加してください。</translation>
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
        <translation>%1 からメールを送る場合は、ドメインの DNS 設定で null MX をメールの提供元（プロバイダー）の MX レコードに置き換えてください。</translation>
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
        <translation>%1 の DNS 設定で、MX レコードをメールの提供元（プロバイダー）から案内された正確なサーバー名に直してください。</translation>
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
        <translation>IP アドレス %1 を持っている会社（プロバイダーやレンタルサーバー会社）に、%2 に %1 を指すアドレスのレコード（A または AAAA）を追加するか、正しく戻る PTR の名前を設定するよう依頼してください。</translation>
    </message>
</context>
<context>
    <name>ProviderRecords</name>
    <message>
        <source>Google Workspace: in the Google Admin console, open Apps &gt; Google Workspace &gt; Gmail &gt; Authenticate email, generate the DKIM record for the domain, add it in DNS as a TXT record named google._domainkey, then click "Start authentication".</source>
        <translation>Google Workspace の場合：Google 管理コンソールで「アプリ」&gt;「Google Workspace」&gt;「Gmail」&gt;「メールの認証」を開き、ドメインの DKIM レコードを生成します。それを DNS に google._domainkey という名前の TXT レコードとして追加してから、「認証を開始」をクリックします。</translation>
    </message>
    <message>
        <source>Microsoft 365: in the Microsoft Defender portal, open Email &amp; collaboration &gt; Policies &amp; rules &gt; Threat policies &gt; Email authentication settings &gt; DKIM, select the domain: it shows two CNAME records (selector1._domainkey and selector2._domainkey) to add in DNS; after adding them, turn on "Sign messages for this domain with DKIM signatures".</source>
        <translation>Microsoft 365 の場合：Microsoft Defender ポータルで「メールとコラボレーション」&gt;「ポリシーとルール」&gt;「脅威ポリシー」&gt;「メール認証の設定」&gt;「DKIM」を開き、ドメインを選びます。DNS に追加する 2 つの CNAME レコード（selector1._domainkey と selector2._domainkey）が表示されるので、追加したあとで DKIM 署名を有効にします（英語表示では「Sign messages for this domain with DKIM signatures」）。</translation>
    </message>
    <message>
        <source>Fastmail: Settings &gt; Domains lists the DNS records for the domain, among them three CNAME records fm1._domainkey, fm2._domainkey and fm3._domainkey for DKIM.</source>
        <translation>Fastmail の場合：「Settings」&gt;「Domains」にドメイン用の DNS レコードが表示されます。その中の DKIM 用の 3 つの CNAME レコード（fm1._domainkey、fm2._domainkey、fm3._domainkey）を追加します。</translation>
    </message>
    <message>
        <source>Xserver: in the server panel, open Mail &gt; DKIM settings (DKIM設定) and turn DKIM on for the domain. If the domain's DNS is managed elsewhere, copy the record shown there (name default._domainkey) into that DNS.</source>
        <translation>エックスサーバーの場合：サーバーパネルの「メール」&gt;「DKIM設定」で、ドメインの DKIM を ON にします。ドメインの DNS をほかの会社で管理している場合は、そこに表示されるレコード（名前は default._domainkey）をその DNS に追加します。</translation>
    </message>
    <message>
        <source>Sakura Internet: DKIM is turned on per domain in the server control panel's domain settings; it shows the record to publish.</source>
        <translation>さくらインターネットの場合：サーバーコントロールパネルのドメイン設定で、ドメインごとに DKIM を有効にします。追加するレコードはそこに表示されます。</translation>
    </message>
</context>
</TS>