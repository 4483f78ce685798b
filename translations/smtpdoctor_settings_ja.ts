<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Autodetect</name>
    <message>
        <source>your whole email address</source>
        <translation>メールアドレス全体</translation>
    </message>
    <message>
        <source>the part of your address before &quot;@&quot;</source>
        <translation>メールアドレスの「@」より前の部分</translation>
    </message>
    <message>
        <source>the account ID your provider gave you</source>
        <translation>メールサービスから受け取ったアカウント ID</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>CaFile</name>
    <message>
        <source>The file &quot;%1&quot; cannot be opened. Please check the name and location.</source>
        <translation>ファイル「%1」を開けません。ファイル名と保存場所を確認してください。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; contains no certificate in PEM format (text that starts with &quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>ファイル「%1」には PEM 形式の証明書（「-----BEGIN CERTIFICATE-----」で始まるテキスト）が含まれていません。</translation>
    </message>
</context>
<context>
    <name>InputValidation</name>
    <message>
        <source>The server name contains a line break or an invisible control character. Please type it again.</source>
        <translation>サーバー名に改行か、目に見えない制御文字が入っています。もう一度入力してください。</translation>
    </message>
    <message>
        <source>Please enter the outgoing mail server (for example smtp.example.com).</source>
        <translation>送信メールサーバー（SMTP サーバー）を入力してください（例：smtp.example.com）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a web or other address, not a mail server name. Enter only the server name, such as smtp.example.com.</source>
        <translation>「%1」はウェブページなどのアドレスで、メールサーバー名ではありません。smtp.example.com のように、サーバー名だけを入力してください。</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is missing its closing bracket &quot;]&quot;.</source>
        <translation>サーバーのアドレス「%1」に、閉じかっこ「]」がありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name.</source>
        <translation>「%1」はサーバー名として正しくありません。</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; contains a space. Server names have no spaces; please check it.</source>
        <translation>サーバー名「%1」にスペース（空白）が入っています。サーバー名にスペースは入らないので、確認してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an email address. Enter the server name here, such as smtp.example.com.</source>
        <translation>「%1」はメールアドレスのようです。ここには smtp.example.com のようなサーバー名を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name. A server name looks like smtp.example.com.</source>
        <translation>「%1」はサーバー名として正しくありません。サーバー名は smtp.example.com のような形です。</translation>
    </message>
    <message>
        <source>The email address contains a line break or an invisible control character. Please type it again.</source>
        <translation>メールアドレスに改行か、目に見えない制御文字が入っています。もう一度入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete email address. It should look like name@example.com.</source>
        <translation>「%1」はメールアドレスとして完全ではありません。name@example.com のような形で入力してください。</translation>
    </message>
    <message>
        <source>The user name contains a line break or an invisible control character. Please type it again.</source>
        <translation>ユーザー名に改行か、目に見えない制御文字が入っています。もう一度入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid port: a port is a number from 1 to 65535 (mail programs usually use 465 or 587).</source>
        <translation>「%1」はポートとして使えません。ポートは 1〜65535 の数字です（メールソフトでは、ふつう 465 か 587 を使います）。</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>Preset %1, line %2: %3</source>
        <translation>プリセット「%1」の %2 行目：%3</translation>
    </message>
    <message>
        <source>Preset %1: %2</source>
        <translation>プリセット「%1」：%2</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ja or en.</source>
        <translation>言語「%1」には対応していません。ja か en を指定してください。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in [organisation]: use name, helpdesk or language.</source>
        <translation>[organisation] に不明な項目「%1」があります。name、helpdesk、language のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>Unknown security &quot;%1&quot;: use auto, tls, starttls or none.</source>
        <translation>暗号化の指定「%1」は使えません。auto、tls、starttls、none のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown user name form &quot;%1&quot;: use address (the whole email address) or local-part (the part before &quot;@&quot;).</source>
        <translation>ユーザー名の形式「%1」は使えません。address（メールアドレス全体）か local-part（「@」より前の部分）を指定してください。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in [server]: use host, port, security, username, ca-file or locked.</source>
        <translation>[server] に不明な項目「%1」があります。host、port、security、username、ca-file、locked のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; after locked: use host, port, security or username.</source>
        <translation>locked に不明な項目「%1」があります。host、port、security、username のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>This line is longer than %1 characters.</source>
        <translation>この行は %1 文字を超えています。</translation>
    </message>
    <message>
        <source>A section name must end with &quot;]&quot;.</source>
        <translation>セクション名の最後には「]」を付けてください。</translation>
    </message>
    <message>
        <source>This line is not a [section], a &quot;key = value&quot; line or a comment.</source>
        <translation>この行は [セクション]、「キー = 値」の行、コメントのどれにも当てはまりません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes before any [section].</source>
        <translation>「%1」が、最初の [セクション] より前に書かれています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set twice in [%2].</source>
        <translation>[%2] の中で「%1」が 2 回設定されています。</translation>
    </message>
    <message>
        <source>This line contains a line break or an invisible control character.</source>
        <translation>この行に改行か、目に見えない制御文字が入っています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is locked but the preset does not set it.</source>
        <translation>「%1」は locked で固定されていますが、プリセットに値が設定されていません。</translation>
    </message>
    <message>
        <source>The file is larger than %1 KiB. A preset is a short text file.</source>
        <translation>ファイルが %1 KiB を超えています。プリセットは短いテキストファイルです。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as UTF-8 in a text editor.</source>
        <translation>ファイルが UTF-8 のテキストではありません。テキストエディターで UTF-8 形式で保存し直してください。</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>ファイルを読み込めません（%1）。</translation>
    </message>
    <message>
        <source>%1 must be a whole https:// address, such as https://login.example.com/oauth2/token (sign-in data is only sent over an encrypted connection).</source>
        <translation>%1 には、https://login.example.com/oauth2/token のような「https://」で始まる完全なアドレスを指定してください（ログインの情報は暗号化された接続でしか送りません）。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in [oauth]: use provider, client-id, client-secret, tenant, authorize-url, token-url or scope.</source>
        <translation>[oauth] に不明な項目「%1」があります。provider、client-id、client-secret、tenant、authorize-url、token-url、scope のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value. Remove the line or fill it in.</source>
        <translation>「%1」に値がありません。この行を削除するか、値を書いてください。</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;: use microsoft, google or custom.</source>
        <translation>OAuth の提供元の指定「%1」は使えません。microsoft、google、custom のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown tenant &quot;%1&quot;: use organizations, common, consumers, the tenant&apos;s ID or its domain name.</source>
        <translation>テナントの指定「%1」は使えません。organizations、common、consumers、テナント ID、テナントのドメイン名のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; contains characters a scope cannot have (quotes, backslashes or non-ASCII letters).</source>
        <translation>スコープ「%1」に、スコープには使えない文字（引用符、バックスラッシュ、半角英数字以外の文字）が含まれています。</translation>
    </message>
    <message>
        <source>The [oauth] section needs a provider: microsoft, google or custom.</source>
        <translation>[oauth] セクションには provider（microsoft、google、custom のいずれか）の指定が必要です。</translation>
    </message>
    <message>
        <source>A custom provider needs both authorize-url and token-url.</source>
        <translation>provider = custom のときは、authorize-url と token-url の両方が必要です。</translation>
    </message>
    <message>
        <source>tenant is used only with provider = microsoft.</source>
        <translation>tenant は provider = microsoft のときだけ使えます。</translation>
    </message>
    <message>
        <source>Unknown section [%1]: use [organisation], [server] or [oauth].</source>
        <translation>不明なセクション [%1] があります。[organisation]、[server]、[oauth] のいずれかを使ってください。</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>none (unencrypted)</source>
        <translation>暗号化なし</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>OAuth 2.0 (sign-in through the browser)</source>
        <translation>OAuth 2.0（ブラウザーでログイン）</translation>
    </message>
    <message>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
</context>
</TS>
