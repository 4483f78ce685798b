#!/usr/bin/env python3
"""Each mechanical rule of translations/GLOSSARY.md (translations/jalint.py) catches a string that
breaks it and lets the corrected string pass, so the lint test cannot pass by checking nothing."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "translations"))
import jalint  # noqa: E402

NAMES = {"Sakura Internet": "さくらインターネット", "SoftBank": "ソフトバンク"}

# rule id: (context, source, bad translation, good translation)
CASES = {
    "no-anata": ("Knowledge", "Your mailbox is full.", "あなたのメールボックスがいっぱいです。", "お使いのメールボックスがいっぱいです。"),
    "no-okyakusama": ("Knowledge", "Without your consent.", "お客様の同意なしには送りません。", "許可がない限り送りません。"),
    "server-reply": ("Knowledge", "Read the server's words.", "サーバーの言葉を読んでください。", "サーバーからの応答を読んでください。"),
    "wave-dash": ("Knowledge", "Wait 5 to 30 minutes.", "5～30 分待ってください。", "5〜30 分待ってください。"),
    "colon-ja": ("TextReport", "What to do: %1", "対処方法: %1", "対処方法：%1"),
    "colon-token": ("TextReport", "Server: %1", "サーバー： %1", "サーバー：%1"),
    "provider-name": ("Provider", "Shown in Sakura Internet's panel.", "Sakura Internet のパネルに表示されます。", "さくらインターネットのパネルに表示されます。"),
    "yahoo": ("Knowledge", "Yahoo refused it.", "Yahoo が拒否しました。", "Yahoo Mail が拒否しました。"),
    "keychain": ("Credentials", "Saved in the keychain.", "キーチェーンに保存しました。", "パスワード保管庫に保存しました。"),
    "mail-service": ("Autodetect", "See your provider's guide.", "メールの提供元（プロバイダー）の案内を見てください。", "メールの提供元の案内を見てください。"),
    "isp": ("Finding", "Your provider blocks port 25.", "プロバイダーがポート 25 を遮断しています。", "インターネットのプロバイダーがポート 25 を遮断しています。"),
    "long-vowel": ("Knowledge", "The server answered.", "サーバが応答しました。", "サーバーが応答しました。"),
    "halfwidth": ("Knowledge", "Turn on 2-step verification.", "２段階認証をオンにしてください。", "2 段階認証をオンにしてください。"),
    "quotes": ("Knowledge", 'Tick "Use SSL".', '"SSLを使用" をオンにしてください。', "「SSLを使用」をオンにしてください。"),
    "sentence-end": ("Knowledge", "Send again later.", "後で再送してください", "後で再送してください。"),
    "status-label": ("PortVerdict", "refused", "接続を拒否された", "接続拒否"),
    "sign-in": ("Knowledge", "Sign in again.", "もう一度サインインしてください。", "もう一度ログインしてください。"),
    "e-mail": ("Knowledge", "Send an email.", "電子メールを送ってください。", "メールを送ってください。"),
    "app-password": ("Knowledge", "Use an app password.", "アプリパスワードを使ってください。", "アプリ パスワードを使ってください。"),
    "op25b": ("Finding", "Port 25 is blocked (OP25B).", "ポート 25 が遮断されています（OP25B）。",
              "ポート 25 が遮断されています（OP25B）。送信メールサーバー（SMTP）のポート番号を 587 に変え、SMTP 認証をオンにしてください。"),
    "ja-ascii-space": ("Knowledge", "Use port 587.", "ポート587を使ってください。", "ポート 587 を使ってください。"),
    "paren": ("Knowledge", "Use SSL/TLS (port 465).", "SSL/TLS(ポート 465)を使ってください。", "SSL/TLS（ポート 465）を使ってください。"),
    "punct": ("Knowledge", "Is it right?", "正しいですか?", "正しいですか？"),
}


def rules_broken(context, source, translation):
    found = set()
    for message in jalint.lint_entry("test", context, source, translation, NAMES):
        found.add(message.split(" rule ", 1)[1].split(" ", 1)[0])
    return found


def main():
    failures = []
    ids = {rule.id for rule in jalint.RULES}
    if ids != set(CASES):
        failures.append(f"rules without a case: {sorted(ids - set(CASES))}; cases without a rule: {sorted(set(CASES) - ids)}")
    for rule_id, (context, source, bad, good) in CASES.items():
        if rule_id not in rules_broken(context, source, bad):
            failures.append(f"{rule_id}: did not catch {bad!r}")
        if rules_broken(context, source, good):
            failures.append(f"{rule_id}: the corrected {good!r} breaks {sorted(rules_broken(context, source, good))}")
    # A scheme or SPF mechanism named on its own keeps its ASCII colon: rua=mailto:, include:.
    named = "レポートの送り先を rua=mailto: の後に書き、SPF の記述（多くは include:）を確認してください。"
    if rules_broken("DomainAssessment", "Check it.", named):
        failures.append(f"colon-ja: a named token {named!r} breaks {sorted(rules_broken('DomainAssessment', 'Check it.', named))}")
    # Quoted real labels keep their own spelling: Apple's 「送信用メールサーバ」, Outlook's brackets.
    quoted = "「送信用メールサーバ」の「送信サーバー (SMTP) は認証が必要」を確認してください。"
    if rules_broken("Knowledge", "Check it.", quoted):
        failures.append(f"a quoted label was judged: {sorted(rules_broken('Knowledge', 'Check it.', quoted))}")
    for f in failures:
        print("test_jalint:", f)
    print(f"test_jalint: {len(CASES)} rules, {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
