<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>HtmlReport</name>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法: %1</translation>
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
        <translation>問い合わせ先: %1</translation>
    </message>
    <message>
        <source>The server said:</source>
        <translation>サーバーの応答:</translation>
    </message>
    <message>
        <source>Settings to use in your mail program</source>
        <translation>メールソフトに設定する値</translation>
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
        <translation>原因の場所: %1</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>ログイン方法</translation>
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
        <source>Everything works: use %1, port %2 with %3, and sign in through the browser (OAuth 2.0).</source>
        <translation>すべて正常です。サーバー %1、ポート %2（%3）で、ブラウザーでのログイン（OAuth 2.0）を使って送信できます。</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>The server said: %1</source>
        <translation>サーバーの応答: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>SMTP Doctor %1 report, %2</source>
        <translation>SMTP Doctor %1 診断レポート（%2）</translation>
    </message>
    <message>
        <source>Server: %1  Port: %2  Security: %3  User: %4</source>
        <translation>サーバー: %1  ポート: %2  暗号化: %3  ユーザー名: %4</translation>
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
        <translation>問い合わせ先: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source>Settings to use in your mail program: server %1, port %2, security %3</source>
        <translation>メールソフトに設定する値: サーバー「%1」、ポート「%2」、暗号化「%3」</translation>
    </message>
    <message>
        <source>Ports tried:</source>
        <translation>試したポート:</translation>
    </message>
    <message>
        <source>Conversation with the server (passwords hidden):</source>
        <translation>サーバーとのやり取り（パスワードは伏せてあります）:</translation>
    </message>
    <message>
        <source>Where the problem is: %1</source>
        <translation>原因の場所: %1</translation>
    </message>
    <message>
        <source>Sign-in method: %1</source>
        <translation>ログイン方法: %1</translation>
    </message>
    <message>
        <source>Sign-in in your mail program: through the browser (OAuth 2.0; in Thunderbird, Authentication method "OAuth2")</source>
        <translation>メールソフトでのログイン: ブラウザーでログイン（OAuth 2.0。Thunderbird では認証方式「OAuth2」）</translation>
    </message>
</context>
</TS>