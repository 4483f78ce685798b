<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccountAssistant</name>
    <message>
        <source>%1 SMTP Doctor started without the prepared settings.</source>
        <translation>%1 用意された設定を使わずに SMTP Doctor を起動しました。</translation>
    </message>
    <message>
        <source>These settings were prepared by %1.</source>
        <translation>この設定は %1 が用意したものです。</translation>
    </message>
    <message>
        <source>The password will be saved in this computer's password store (Windows Credential Manager, the macOS keychain or GNOME Keyring) after a successful sign-in.</source>
        <translation>ログインに成功したら、パスワードをこのパソコンのパスワード保管庫（Windows の資格情報マネージャー、Mac のキーチェーン、Linux の GNOME キーリングなど）に保存します。</translation>
    </message>
</context>
<context>
    <name>AccountModel</name>
    <message>
        <source>Please enter your password. To check only the server without signing in, leave the user name empty.</source>
        <translation>パスワードを入力してください。ログインせずにサーバーだけを確認する場合は、ユーザー名を空欄にしてください。</translation>
    </message>
    <message>
        <source>The password contains a line break or an invisible control character. Please type it again.</source>
        <translation>パスワードに改行または目に見えない制御文字が含まれています。もう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>SMTP Doctor does not know the sign-in page for this server, so the sign-in through the browser cannot be tested. The check says what to do instead.</source>
        <translation>SMTP Doctor はこのサーバーのログインページを知らないため、ブラウザーでのログインは確認できません。代わりにできることは、確認の結果でお知らせします。</translation>
    </message>
    <message>
        <source>This copy of SMTP Doctor has no registration with %1, so the sign-in through the browser cannot be tested. The check says what to do instead.</source>
        <translation>この SMTP Doctor は %1 に登録されていないため、ブラウザーでのログインは確認できません。代わりにできることは、確認の結果でお知らせします。</translation>
    </message>
    <message>
        <source>When the check gets to the sign-in, %1's sign-in page opens in your browser. Sign in there and allow access; your password stays with %1.</source>
        <translation>確認がログインの段階に進むと、ブラウザーで %1 のログインページが開きます。そこでログインして、アクセスを許可してください。パスワードは %1 にだけ入力され、SMTP Doctor には渡りません。</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>The report could not be saved as %1: %2</source>
        <translation>レポートを %1 に保存できませんでした：%2</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>レポートの保存</translation>
    </message>
    <message>
        <source>Web page, easy to read (*.html)</source>
        <translation>ウェブページ（読みやすい形式） (*.html)</translation>
    </message>
    <message>
        <source>Plain text, for a support ticket (*.txt)</source>
        <translation>テキスト（問い合わせに貼り付ける用） (*.txt)</translation>
    </message>
    <message>
        <source>JSON, for tools (*.json)</source>
        <translation>JSON（ツール用） (*.json)</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>The report was copied. Paste it into your message to the helpdesk (Ctrl+V).</source>
        <translation>レポートをコピーしました。問い合わせのメールなどに貼り付けてください（Ctrl+V）。</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>レポートを %1 に保存しました。</translation>
    </message>
    <message>
        <source>%1 was copied. Paste it into your mail program (Ctrl+V).</source>
        <translation>「%1」をコピーしました。メールソフトに貼り付けてください（Ctrl+V）。</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::AccountAssistant</name>
    <message>
        <source>Found in %1.</source>
        <translation>%1で見つけました。</translation>
    </message>
    <message>
        <source>User name: %1.</source>
        <translation>ユーザー名：%1。</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::AccountPage</name>
    <message>
        <source>Choose the certificate file of your organisation</source>
        <translation>組織の証明書ファイルを選択</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>証明書 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>アカウントの設定</translation>
    </message>
    <message>
        <source>Type the settings from your mail program or from your provider's instructions.</source>
        <translation>メールソフトの設定画面か、メールの提供元の案内に書かれている値を入力してください。</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>メールアドレス(&amp;E)：</translation>
    </message>
    <message>
        <source>Outgoing mail &amp;server:</source>
        <translation>送信メールサーバー(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート番号(&amp;P)：</translation>
    </message>
    <message>
        <source>Securi&amp;ty:</source>
        <translation>暗号化(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W)：</translation>
    </message>
    <message>
        <source>Company &amp;certificate:</source>
        <translation>組織の証明書(&amp;C)：</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>自動（おすすめ）</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>なし（暗号化しない）</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>パスワードを隠す</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>パスワードを表示する</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer's password store</source>
        <translation>パスワードをこのパソコンのパスワード保管庫に保存する(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;More settings</source>
        <translation>詳細設定(&amp;M)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>参照(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>証明書ファイルを選択</translation>
    </message>
    <message>
        <source>Only needed when your organisation uses its own certificate authority. Your IT department gives you this file (PEM format).</source>
        <translation>会社や学校などが独自の認証局を使っている場合だけ必要です。このファイル（PEM 形式）は、組織のシステム担当者から受け取ってください。</translation>
    </message>
    <message>
        <source>Some settings were set by your organisation and cannot be changed here.</source>
        <translation>一部の設定は組織によって決められているため、ここでは変更できません。</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>組織によって設定されています</translation>
    </message>
    <message>
        <source>Usually your full email address.</source>
        <translation>多くの場合、メールアドレス全体です。</translation>
    </message>
    <message>
        <source>&amp;Allow sending my password without encryption</source>
        <translation>暗号化されていない接続でもパスワードを送る(&amp;A)</translation>
    </message>
    <message>
        <source>Unsafe: choose this only if your mail provider really works without encryption. Otherwise SMTP Doctor never sends your password over a connection that is not encrypted, or to a server whose certificate cannot be verified.</source>
        <translation>危険な設定です。メールの提供元が本当に暗号化なしで運用している場合だけ選んでください。選ばなければ、SMTP Doctor は暗号化されていない接続や、証明書を確認できないサーバーには決してパスワードを送りません。</translation>
    </message>
    <message>
        <source>The password store is Windows Credential Manager on Windows, the keychain on a Mac, and GNOME Keyring or KWallet on Linux. SMTP Doctor writes the password nowhere else.</source>
        <translation>パスワード保管庫とは、パスワードを安全に保管する場所のことで、Windows では資格情報マネージャー、Mac ではキーチェーン、Linux では GNOME キーリングや KWallet です。SMTP Doctor がパスワードをそれ以外の場所に書き込むことはありません。</translation>
    </message>
    <message>
        <source>Sign-&amp;in:</source>
        <translation>ログイン方法(&amp;I)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Sign in with the browser (OAuth 2.0)</source>
        <translation>ブラウザーでログイン（OAuth 2.0）</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::CheckingPage</name>
    <message>
        <source>Time so far: %1 seconds</source>
        <translation>経過時間：%1 秒</translation>
    </message>
    <message>
        <source>Finished in %1 seconds.</source>
        <translation>%1 秒で終わりました。</translation>
    </message>
    <message>
        <source>Stopped after %1 seconds.</source>
        <translation>%1 秒で中止しました。</translation>
    </message>
    <message>
        <source>Checking your settings</source>
        <translation>設定を確認しています</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>実行中：%1</translation>
    </message>
    <message>
        <source>All steps are done. Press Next to see the result and what to do.</source>
        <translation>すべての確認が終わりました。「次へ」を押すと、結果と対処方法が表示されます。</translation>
    </message>
    <message>
        <source>Checking was stopped. Press Back to change your settings, or check again.</source>
        <translation>確認を中止しました。設定を変えるには「戻る」を押してください。もう一度確認することもできます。</translation>
    </message>
    <message>
        <source>&amp;Stop checking</source>
        <translation>確認を中止(&amp;S)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>もう一度確認(&amp;A)</translation>
    </message>
    <message>
        <source>Each step is checked in order; this usually takes a few seconds. A server that does not answer can take up to %1 seconds per try. You can stop at any time.</source>
        <translation>項目を順番に確認します。ふつうは数秒で終わります。サーバーが応答しない場合、1 回の確認に最大 %1 秒かかることがあります。いつでも中止できます。</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::ConversationDialog</name>
    <message>
        <source>Conversation with the server</source>
        <translation>サーバーとのやり取り</translation>
    </message>
    <message>
        <source>Everything SMTP Doctor and the server said to each other, with times in milliseconds. "C:" is this computer, "S:" is the server. Passwords are replaced by [hidden].</source>
        <translation>SMTP Doctor とサーバーが交わしたやり取りのすべてです。時刻はミリ秒単位です。「C:」はこのパソコン、「S:」はサーバーの発言です。パスワードは [hidden] に置き換えてあります。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>閉じる(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::ExplainPage</name>
    <message>
        <source>Explain an error message</source>
        <translation>エラーメッセージの説明</translation>
    </message>
    <message>
        <source>Copy the error message, the server's reply or the whole returned mail ("Undelivered Mail"), paste it below and press Explain. Nothing is sent anywhere: the text stays on this computer.</source>
        <translation>エラーメッセージ、サーバーの応答、または戻ってきたメール（「Undelivered Mail」など）全体をコピーして下に貼り付け、「説明する」を押してください。テキストはどこにも送信されず、このパソコンの中だけで調べます。</translation>
    </message>
    <message>
        <source>For example: 535 5.7.8 Username and Password not accepted</source>
        <translation>例：535 5.7.8 Username and Password not accepted</translation>
    </message>
    <message>
        <source>Error message to explain</source>
        <translation>説明してほしいエラーメッセージ</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>消去(&amp;L)</translation>
    </message>
    <message>
        <source>Reading the text…</source>
        <translation>テキストを調べています…</translation>
    </message>
    <message>
        <source>SMTP Doctor did not recognise anything in this text. Try pasting the complete message, including the lines with numbers such as 550 or 5.7.1.</source>
        <translation>このテキストからは、説明できる内容が見つかりませんでした。550 や 5.7.1 のような番号を含む行も含めて、メッセージ全体を貼り付けてみてください。</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>説明する(&amp;E)</translation>
    </message>
    <message>
        <source>SMTP Doctor recognised the following in this text, the most important first:</source>
        <translation>このテキストから次の内容が見つかりました。重要なものから順に表示します：</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::FindingView</name>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>the server waits for more</source>
        <translation>サーバーは続きを待っています</translation>
    </message>
    <message>
        <source>temporary problem: trying again later may work</source>
        <translation>一時的な問題です。しばらくしてからやり直すとうまくいくことがあります</translation>
    </message>
    <message>
        <source>permanent problem: trying again will not help until something is changed</source>
        <translation>恒久的な問題です。原因を直さない限り、やり直してもうまくいきません</translation>
    </message>
    <message>
        <source>unknown kind of answer</source>
        <translation>種類のわからない応答</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>The server's own words</source>
        <translation>サーバーからの応答（原文）</translation>
    </message>
    <message>
        <source>Found in your text</source>
        <translation>貼り付けたテキストの該当部分</translation>
    </message>
    <message>
        <source>Code %1: %2</source>
        <translation>コード %1：%2</translation>
    </message>
    <message>
        <source>Where the problem is: %1</source>
        <translation>原因の場所：%1</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::MainWizard</name>
    <message>
        <source>SMTP Doctor</source>
        <translation>SMTP Doctor</translation>
    </message>
    <message>
        <source>Makes all text larger, for example to share your screen (Ctrl++, Ctrl+-, Ctrl+0).</source>
        <translation>すべての文字を大きくします。画面共有のときなどに便利です（Ctrl++、Ctrl+-、Ctrl+0）。</translation>
    </message>
    <message>
        <source>Larger te&amp;xt</source>
        <translation>文字を大きく(&amp;X)</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::ResultPage</name>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Need help? Contact: %1</source>
        <translation>お困りの場合の問い合わせ先：%1</translation>
    </message>
    <message>
        <source>Details of each step</source>
        <translation>各項目の詳細</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>レポートをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the report as text, ready to paste into a message to your helpdesk.</source>
        <translation>レポートをテキストとしてコピーします。問い合わせのメールなどにそのまま貼り付けられます。</translation>
    </message>
    <message>
        <source>S&amp;ave report…</source>
        <translation>レポートを保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Saves the report as a web page, text or JSON file.</source>
        <translation>レポートを、ウェブページ、テキスト、JSON のいずれかの形式で保存します。</translation>
    </message>
    <message>
        <source>Show con&amp;versation</source>
        <translation>やり取りを表示(&amp;V)</translation>
    </message>
    <message>
        <source>Shows everything this computer and the server said (passwords hidden).</source>
        <translation>このパソコンとサーバーの間のやり取りをすべて表示します（パスワードは伏せてあります）。</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>もう一度確認(&amp;G)</translation>
    </message>
    <message>
        <source>Send a &amp;test message…</source>
        <translation>テストメールを送信(&amp;T)…</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法：%1</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::SettingsCardView</name>
    <message>
        <source>Settings for your mail program</source>
        <translation>メールソフトに設定する値</translation>
    </message>
    <message>
        <source>Type these into the outgoing mail server (SMTP) settings of your mail program:</source>
        <translation>メールソフトの送信メールサーバー（SMTP サーバー）の設定に、次の値を入力してください：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>%1をコピー</translation>
    </message>
    <message>
        <source>Copies the value, to paste it into your mail program (Ctrl+V).</source>
        <translation>この値をコピーします。メールソフトに貼り付けて使えます（Ctrl+V）。</translation>
    </message>
    <message>
        <source>How to enter them in &amp;your program:</source>
        <translation>お使いのメールソフトでの入力方法(&amp;Y)：</translation>
    </message>
    <message>
        <source>Your mail program</source>
        <translation>お使いのメールソフト</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::StepRow</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>詳細を隠す</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>詳細を表示</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>操作待ち</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>ブラウザーでのログインを待っています…</translation>
    </message>
    <message>
        <source>Sign in on the page that opened in your browser, and allow access. If no page opened, copy the address and open it in your browser.</source>
        <translation>ブラウザーで開いたページでログインし、アクセスを許可してください。ページが開かない場合は、アドレスをコピーしてブラウザーで開いてください。</translation>
    </message>
    <message>
        <source>Copy the &amp;address</source>
        <translation>アドレスをコピー(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>ログインを中止(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::SuggestionBox</name>
    <message>
        <source>Suggested settings</source>
        <translation>おすすめの設定</translation>
    </message>
    <message>
        <source>When SMTP Doctor knows the settings of your mail provider, they appear here.</source>
        <translation>お使いのメールサービスの設定がわかる場合は、ここに表示されます。</translation>
    </message>
    <message>
        <source>Server %1, port %2, security %3</source>
        <translation>サーバー「%1」、ポート「%2」、暗号化「%3」</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Use these</source>
        <translation>この設定を使う</translation>
    </message>
    <message>
        <source>Use these settings: %1</source>
        <translation>この設定を使う：%1</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::TestMessageBox</name>
    <message>
        <source>SMTP Doctor checks everything again and then sends one short test message. Sending it to your own address lets you see that it arrives.</source>
        <translation>もう一度すべてを確認してから、短いテストメールを 1 通送ります。自分のアドレスに送ると、届いたかどうかを確かめられます。</translation>
    </message>
    <message>
        <source>Recipient of the test message</source>
        <translation>テストメールの宛先</translation>
    </message>
    <message>
        <source>Send test &amp;message</source>
        <translation>テストメールを送信(&amp;M)</translation>
    </message>
    <message>
        <source>Send t&amp;o:</source>
        <translation>宛先(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::WelcomePage</name>
    <message>
        <source>Welcome to SMTP Doctor</source>
        <translation>SMTP Doctor へようこそ</translation>
    </message>
    <message>
        <source>SMTP Doctor checks, step by step, whether your computer can reach your outgoing mail server, connect securely and sign in, and tells you in plain words what is wrong and what to do. It can also explain an error message that your mail program or a returned mail showed you.</source>
        <translation>SMTP Doctor は、このパソコンから送信メールサーバー（SMTP サーバー）に接続できるか、安全に通信できるか、ログインできるかを順番に確かめ、何が問題で、どうすればよいかをわかりやすく説明します。メールソフトや戻ってきたメールに表示されたエラーメッセージの意味を調べることもできます。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>表示言語(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>何をしますか？</translation>
    </message>
    <message>
        <source>&amp;Diagnose my mail settings</source>
        <translation>メールの設定を診断する(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Explain an error message I got</source>
        <translation>表示されたエラーメッセージの意味を調べる(&amp;E)</translation>
    </message>
    <message>
        <source>Tip: press Ctrl and + for larger text, Ctrl and - for smaller, Ctrl and 0 to go back to normal.</source>
        <translation>ヒント：Ctrl キーを押しながら + を押すと文字が大きく、- を押すと小さくなります。Ctrl キーを押しながら 0 を押すと元の大きさに戻ります。</translation>
    </message>
    <message>
        <source>The diagnosis checks these five steps, in this order:</source>
        <translation>診断では、次の 5 つの項目をこの順番で確認します：</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
</TS>