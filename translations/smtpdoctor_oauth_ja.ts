<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>OAuth</name>
    <message>
        <source>This page does not belong to a sign-in that SMTP Doctor is waiting for.</source>
        <translation>このページは、SMTP Doctor が待っているログインとは関係がありません。</translation>
    </message>
    <message>
        <source>SMTP Doctor did not accept this sign-in answer because it does not belong to the sign-in it started. Go back to SMTP Doctor and try again.</source>
        <translation>このログインの結果は、SMTP Doctor が始めたログインのものではないため、受け付けませんでした。SMTP Doctor の画面に戻って、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in was not completed. Go back to SMTP Doctor to see why.</source>
        <translation>ログインは完了しませんでした。SMTP Doctor の画面に戻ると、理由を確認できます。</translation>
    </message>
    <message>
        <source>Signed in. You can close this page and go back to SMTP Doctor.</source>
        <translation>ログインしました。このページを閉じて、SMTP Doctor の画面に戻ってください。</translation>
    </message>
</context>
</TS>
