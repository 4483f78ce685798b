<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>InterceptionProduct</name>
    <message>
        <source>Mail Shield&apos;s scanning of outgoing mail (Menu › Settings › Protection › Core Shields › Mail Shield: &quot;Scan outbound emails (SMTP)&quot;) and HTTPS/SSL scanning</source>
        <translation>メールシールドの送信メールのスキャン（メニュー › 設定 › 保護 › コアシールド › メールシールドの「送信メールをスキャン (SMTP)」）と HTTPS/SSL のスキャン</translation>
    </message>
    <message>
        <source>Email Shield&apos;s scanning of outgoing mail (Menu › Settings › Basic Protection › Email Shield: &quot;Scan outbound emails (SMTP)&quot;) and HTTPS/SSL scanning</source>
        <translation>メールシールドの送信メールのスキャン（メニュー › 設定 › 基本保護 › メールシールドの「送信メールをスキャン (SMTP)」）と HTTPS/SSL のスキャン</translation>
    </message>
    <message>
        <source>email scanning (Settings › Antivirus › Scans and Risks: &quot;Email Antivirus Scan&quot;) and Web/Mail Shield&apos;s scanning of encrypted connections</source>
        <translation>メールのスキャン（「設定」›「ウイルス対策」›「スキャンとリスク」の「電子メールウイルス対策スキャン」）と、Web/メールシールドによる暗号化された通信のスキャン</translation>
    </message>
    <message>
        <source>SSL/TLS filtering (Setup › Advanced setup › Protections › SSL/TLS: &quot;Enable SSL/TLS&quot;) or email client protection</source>
        <translation>SSL/TLS フィルタリング（「設定」›「詳細設定」›「保護」›「SSL/TLS」の「SSL/TLS を有効にする」）、または「電子メールクライアント保護」</translation>
    </message>
    <message>
        <source>the scanning of encrypted connections (Settings › Network settings: &quot;Do not scan encrypted connections&quot;) or Mail Anti-Virus</source>
        <translation>暗号化された接続のスキャン（設定 › ネットワーク設定で「暗号化された接続をスキャンしない」を選ぶ）またはメール保護</translation>
    </message>
    <message>
        <source>&quot;Encrypted web scan&quot; and &quot;Email protection&quot; (Protection › Online Threat Prevention › Settings)</source>
        <translation>「暗号化された Web スキャン」と「メール保護」（保護 › オンライン脅威対策 › 設定）</translation>
    </message>
    <message>
        <source>SSL scanning (certificate verification / HTTPS scanning) for the mail server</source>
        <translation>メールサーバーに対する SSL スキャン（証明書の検証・HTTPS スキャン）</translation>
    </message>
    <message>
        <source>HTTPS/SSL scanning (web protection&apos;s &quot;Scan HTTPS&quot; or the firewall&apos;s SSL/TLS inspection rule) for the mail server</source>
        <translation>メールサーバーに対する HTTPS/SSL スキャン（Web 保護の「HTTPS をスキャン」、またはファイアウォールの SSL/TLS インスペクションのルール）</translation>
    </message>
    <message>
        <source>the scanning of encrypted (HTTPS/SSL) connections and mail</source>
        <translation>暗号化された通信（HTTPS/SSL）とメールのスキャン</translation>
    </message>
    <message>
        <source>outgoing mail scanning (Settings › Email › Scan outgoing mail) and the checking of encrypted connections</source>
        <translation>送信メールのスキャン（設定 › メール › 送信メールをスキャン）と、暗号化された通信のチェック</translation>
    </message>
    <message>
        <source>the checking of encrypted traffic (SpIDer Gate / SpIDer Mail settings)</source>
        <translation>暗号化された通信のチェック（SpIDer Gate／SpIDer Mail の設定）</translation>
    </message>
    <message>
        <source>deep SSL inspection (the SSL/SSH inspection profile) for the mail server</source>
        <translation>メールサーバーに対する SSL のディープインスペクション（SSL/SSH インスペクションのプロファイル）</translation>
    </message>
    <message>
        <source>SSL inspection for the mail server (an SSL inspection bypass rule)</source>
        <translation>メールサーバーに対する SSL インスペクション（SSL インスペクションの除外ルールを追加）</translation>
    </message>
    <message>
        <source>HTTPS inspection (decryption) for the mail server</source>
        <translation>メールサーバーに対する HTTPS インスペクション（復号）</translation>
    </message>
    <message>
        <source>SSL decryption for the mail server (a &quot;no-decrypt&quot; rule)</source>
        <translation>メールサーバーに対する SSL 復号（「復号しない」ルールを追加）</translation>
    </message>
    <message>
        <source>SSL interception for the mail server</source>
        <translation>メールサーバーに対する SSL の中継・検査</translation>
    </message>
    <message>
        <source>SSL decryption for the mail server (a steering or decryption exception)</source>
        <translation>メールサーバーに対する SSL 復号（ステアリングまたは復号の例外を追加）</translation>
    </message>
    <message>
        <source>SSL decryption for the mail server</source>
        <translation>メールサーバーに対する SSL 復号</translation>
    </message>
    <message>
        <source>HTTPS/SSL inspection for the mail server</source>
        <translation>メールサーバーに対する HTTPS/SSL インスペクション</translation>
    </message>
    <message>
        <source>content inspection of encrypted connections for the mail server</source>
        <translation>メールサーバーとの暗号化された通信の内容検査</translation>
    </message>
    <message>
        <source>DPI-SSL for the mail server</source>
        <translation>メールサーバーに対する DPI-SSL</translation>
    </message>
</context>
</TS>
