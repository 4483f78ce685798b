"""The mechanical rules of translations/GLOSSARY.md, checked on every Japanese translation.

Used by `tstool.py lint` (ctest i18n_glossary_lint). Each rule has an id that GLOSSARY.md names, so a
message such as

    knowledge: [Knowledge] rule no-anata (「あなた」: use お使いの／この／ご自分の, or drop the subject)
        found 「あなた」 in: 「あなたのメールボックス…」  (source: 'Your mailbox…')

says which line of the glossary a string breaks. Text inside 「…」 is a quotation (a real program's
label, a server's words) and is exempt from the form rules; the content rules (あなた, お客様,
サーバーの言葉, the wave dash) apply everywhere.
"""
import re

JA = "\u3040-\u30fa\u30fc-\u30ff\u3400-\u9fff"  # kana and kanji, without the middle dot ・ (U+30FB)
JA_CHAR = re.compile(f"[{JA}]")
QUOTED = re.compile("「[^「」]*」|『[^『』]*』")
# Status labels: the step statuses, the states of a step row and the verdict of each port tried.
STATUS_CONTEXTS = {"PortVerdict"}
STATUS_SOURCES = {("Step", s) for s in ("OK", "Warning", "Problem found", "Not checked")} | {
    ("SmtpDoctor::StepRow", s) for s in ("Waiting", "Checking…", "Stopped")}


def unquoted(text):
    """The text with 「…」 quotations removed (innermost first, so nesting works)."""
    previous = None
    while previous != text:
        previous = text
        text = QUOTED.sub("「」", text)
    return text


class Rule:
    def __init__(self, rule_id, summary, check, quoted=False):
        self.id = rule_id
        self.summary = summary
        self.check = check  # (translation, source, context, names) -> list of findings
        self.quoted = quoted  # also look inside 「…」


def find_all(pattern, flags=0):
    regex = re.compile(pattern, flags)

    def check(text, *_):
        return [m.group(0) for m in regex.finditer(text)]

    return check


def ascii_colon(text, *_):
    found = []
    for m in re.finditer(":", text):
        before = text[m.start() - 1] if m.start() > 0 else ""
        after = text[m.end()] if m.end() < len(text) else ""
        token = re.match(r"[\x21-\x7e]", before or " ") and re.match(r"[\x21-\x7e]", after or " ")
        # A scheme or mechanism named on its own (mailto:, include:) ends in its colon.
        word = re.search(r"(?<![A-Za-z0-9])[a-z][a-z0-9-]*$", text[:m.start()])
        named = word and not JA_CHAR.match(after or " ")
        token = token or named
        if not token:
            found.append(text[max(0, m.start() - 6):m.end() + 2])
    return found


def fullwidth_colon(text, *_):
    found = []
    for m in re.finditer("：", text):
        before = text[m.start() - 1] if m.start() > 0 else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if after in (" ", "\u3000") or (re.match(r"[0-9A-Za-z%]", before or " ") and re.match(r"[0-9]", after or " ")):
            found.append(text[max(0, m.start() - 6):m.end() + 2])
    return found


def untranslated_names(text, source, context, names):
    found = []
    for english, japanese in names.items():
        if re.search(r"(?<![\w.@/-])" + re.escape(english) + r"(?![\w.@/-])", text):
            found.append(f"{english} (write {japanese})")
    return found


def yahoo(text, *_):
    return [text[m.start():m.start() + 14] for m in re.finditer(r"Yahoo(?!! JAPAN|!メール| Mail)", text)]


def keychain(text, *_):
    if "キーチェーン" in text and not ("パスワード保管庫" in text and "資格情報マネージャー" in text):
        return ["キーチェーン"]
    return []


def sentence_end(text, source, *_):
    src = source.rstrip()
    if src.endswith(".") and not src.endswith("...") and not text.rstrip().endswith(("。", "。」", "。）", "）。")):
        return ["…" + text.rstrip()[-8:]]
    return []


def status_label(text, source, context, names):
    if context not in STATUS_CONTEXTS and (context, source) not in STATUS_SOURCES:
        return []
    if len(source) > 40 or source.rstrip().endswith("."):
        return []
    stripped = text.rstrip("…")
    if re.search("(た|だ|ない|る|す|。)$", stripped):
        return [text]
    return []


def op25b(text, *_):
    if ("OP25B" in text or "Outbound Port 25 Blocking" in text) and not ("587" in text and "SMTP 認証" in text):
        return ["OP25B"]
    return []


def ja_ascii_space(text, *_):
    text = re.sub(r"%\d+", "", text)  # a placeholder may stand for Japanese text: the translator decides
    pattern = f"[A-Za-z0-9][{JA}]|[{JA}][A-Za-z0-9]"
    return [m.group(0) for m in re.finditer(pattern, text.replace("\\n", " "))]


def ascii_paren(text, *_):
    text = re.sub(r"\(&[A-Za-z0-9]\)", "", text)  # accelerators: メールアドレス(&E)
    pattern = f"[{JA}]\\(|\\([{JA}]|[{JA}]\\)|\\)[{JA}]"
    return [m.group(0) for m in re.finditer(pattern, text)]


def ascii_punct(text, *_):
    return [m.group(0) for m in re.finditer(f"[{JA}](?:[?!,]|\\.(?![A-Za-z0-9]))", text)]


def internet_provider(text, *_):
    if "プロバイダー" in text and not re.search("インターネット|回線", text):
        return ["プロバイダー"]
    return []


RULES = [
    Rule("no-anata", "「あなた」: use お使いの／この／ご自分の, or drop the subject", find_all("あなた"), quoted=True),
    Rule("no-okyakusama", "「お客様」: address nobody; drop the subject", find_all("お客様"), quoted=True),
    Rule("server-reply", "「サーバーの言葉」: write 「サーバーからの応答」", find_all("サーバーの言葉"), quoted=True),
    Rule("wave-dash", "ranges use the wave dash 〜 (U+301C), never ～ (U+FF5E) or ~", find_all("～|(?<=[0-9])~(?=[0-9])"), quoted=True),
    Rule("colon-ja", "a colon after Japanese text is full-width 「：」 (\":\" only inside tokens such as host:587)", ascii_colon),
    Rule("colon-token", "「：」 takes no space after it and never sits inside a token such as host:587", fullwidth_colon),
    Rule("provider-name", "provider names in their Japanese form (from the ProviderName catalog)", untranslated_names, quoted=True),
    Rule("yahoo", "say which Yahoo: 「Yahoo! JAPAN」「Yahoo!メール」 or 「Yahoo Mail」 (米国)", yahoo, quoted=True),
    Rule("keychain", "「パスワード保管庫」; 「キーチェーン」 only where each system's name is given (資格情報マネージャー, キーチェーン…)", keychain),
    Rule("mail-service", "a mail provider is 「メールサービス」; 「プロバイダー」 means the internet provider", find_all("メールプロバイダ|メールのプロバイダ|メール提供元（プロバイダー）|提供元（プロバイダー）")),
    Rule("isp", "「プロバイダー」 is the internet provider: say 「インターネットのプロバイダー」 (or 回線) in the same text", internet_provider),
    Rule("long-vowel", "katakana words end with ー: サーバー, ユーザー, プロバイダー, ブラウザー, フォルダー", find_all("(サーバ|ユーザ|プロバイダ|ブラウザ|フォルダ|エディタ|コンピュータ)(?!ー)")),
    Rule("halfwidth", "no full-width Latin letters or digits, no half-width katakana", find_all("[０-９Ａ-Ｚａ-ｚ\uff61-\uff9f]")),
    Rule("quotes", "quote with 「」, never with ASCII \" in Japanese text", find_all('"')),
    Rule("sentence-end", "a sentence ends with 「。」 (the English source ends with \".\")", sentence_end),
    Rule("status-label", "status labels are nouns (体言止め): 「応答あり」「接続拒否」, not 「拒否された」", status_label),
    Rule("sign-in", "sign in is 「ログイン」 (「サインイン」 only inside a quoted Microsoft label)", find_all("サインイン")),
    Rule("e-mail", "「メール」, not 「電子メール」 or 「Eメール」 (except in a quoted label)", find_all("電子メール|Eメール")),
    Rule("app-password", "Google's spelling: 「アプリ パスワード」", find_all("アプリパスワード")),
    Rule("op25b", "OP25B advice says where: 「送信メールサーバー（SMTP）のポート番号を 587 に」 and turn on 「SMTP 認証」", op25b),
    Rule("ja-ascii-space", "a half-width space between Japanese and Latin letters or digits", ja_ascii_space),
    Rule("paren", "brackets around or next to Japanese text are full-width 「（）」 (accelerators (&E) excepted)", ascii_paren),
    Rule("punct", "Japanese punctuation after Japanese text: 「、。？！」, not , . ? !", ascii_punct),
]


def lint_entry(catalog, context, source, translation, names):
    """Yields one message per rule a translation breaks."""
    for rule in RULES:
        text = translation if rule.quoted else unquoted(translation)
        found = rule.check(text, source, context, names)
        if found:
            shown = "、".join(dict.fromkeys(str(f).strip() for f in found))
            yield (f"{catalog}: [{context}] rule {rule.id} ({rule.summary})\n"
                   f"    found {shown!r} in: {translation[:110]!r}  (source: {source[:70]!r})")
