#!/usr/bin/env python3
"""Keeps the translation catalogs honest without Qt Linguist.

  tstool.py update [CATALOG...]        run lupdate for the catalogs (ja: all strings, en: plurals only)
  tstool.py untranslated CATALOG       print the unfinished ja entries as JSON {context: {source: ""}}
  tstool.py apply CATALOG FILE.json    set translations from {context: {source: translation}}
                                       (numerus entries take a list of forms)
  tstool.py check                      fail if any ja string is missing, unfinished, or has placeholders
                                       (%1, %n...) that differ from its source; used by ctest
  tstool.py lint [CATALOG...]          fail if any ja translation breaks a mechanical rule of GLOSSARY.md
                                       (jalint.py names the rule); used by ctest

Every command that writes takes a lock, so two people (or agents) can work on catalogs at once.
"""
import fcntl
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.join(ROOT, "translations")
LUPDATE_CANDIDATES = ["/usr/lib/qt6/bin/lupdate", "lupdate-qt6", "lupdate6", "lupdate"]


def catalogs():
    table = {}
    with open(os.path.join(HERE, "catalogs.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].split()
            if line:
                table[line[0]] = line[1:]
    return table


def lupdate():
    for c in LUPDATE_CANDIDATES:
        path = shutil.which(c) or (c if os.path.isfile(c) else None)
        if path:
            return path
    sys.exit("tstool: lupdate not found (install qt6-l10n-tools)")


def ts_path(catalog, lang):
    return os.path.join(HERE, f"smtpdoctor_{catalog}_{lang}.ts")


class Lock:
    def __enter__(self):
        self.f = open(os.path.join(HERE, ".tstool.lock"), "w")
        fcntl.flock(self.f, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc):
        fcntl.flock(self.f, fcntl.LOCK_UN)
        self.f.close()


def run_lupdate(catalog, target, lang):
    dirs = [os.path.join(ROOT, d) for d in catalogs()[catalog]]
    args = [lupdate(), "-silent", "-no-obsolete", "-locations", "none", "-extensions", "cpp,h", "-I", ROOT]
    if lang == "en":
        args.append("-pluralonly")
    args += dirs + ["-ts", target]
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)


def update(names):
    with Lock():
        for name in names or catalogs():
            for lang in ("ja", "en"):
                run_lupdate(name, ts_path(name, lang), lang)
                fix_language(ts_path(name, lang), lang)


def fix_language(path, lang):
    text = open(path, encoding="utf-8").read()
    want = {"ja": "ja_JP", "en": "en_US"}[lang]
    text = re.sub(r'<TS version="([^"]+)"( language="[^"]*")?', f'<TS version="\\1" language="{want}"', text, count=1)
    open(path, "w", encoding="utf-8").write(text)


def entries(path):
    tree = ET.parse(path)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield tree, name, msg


def untranslated(catalog):
    out = {}
    for _, ctx, msg in entries(ts_path(catalog, "ja")):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished",) or not (tr.text or list(tr)):
            out.setdefault(ctx, {})[msg.findtext("source")] = "" if msg.get("numerus") != "yes" else [""]
    print(json.dumps(out, ensure_ascii=False, indent=1))


def apply(catalog, file):
    data = json.load(open(file, encoding="utf-8"))
    with Lock():
        path = ts_path(catalog, "ja")
        tree = ET.parse(path)
        done = 0
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name")
            for msg in ctx.iter("message"):
                src = msg.findtext("source")
                value = data.get(name, {}).get(src)
                if value in (None, "", [""]):
                    continue
                tr = msg.find("translation")
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                if msg.get("numerus") == "yes":
                    forms = value if isinstance(value, list) else [value]
                    for form in forms:
                        ET.SubElement(tr, "numerusform").text = form
                else:
                    tr.text = value
                tr.attrib.pop("type", None)
                done += 1
        tree.write(path, encoding="utf-8", xml_declaration=True)
        with open(path, "r+", encoding="utf-8") as f:
            text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
            f.seek(0)
            f.write(text)
            f.truncate()
    print(f"tstool: {done} translations applied to {os.path.basename(path)}")


PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def check():
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in catalogs():
            src = ts_path(name, "ja")
            if not os.path.exists(src):
                problems.append(f"{name}: {os.path.basename(src)} is missing")
                continue
            copy = os.path.join(tmp, os.path.basename(src))
            shutil.copy(src, copy)
            run_lupdate(name, copy, "ja")  # strings added to the code but not to the catalog show up here
            for _, ctx, msg in entries(copy):
                source = msg.findtext("source") or ""
                tr = msg.find("translation")
                kind = tr.get("type") if tr is not None else "missing"
                if kind in ("vanished", "obsolete"):
                    continue
                forms = [tr.text or ""] if msg.get("numerus") != "yes" else [f.text or "" for f in tr.iter("numerusform")]
                if kind == "unfinished" or not any(forms):
                    problems.append(f"{name}: [{ctx}] not translated: {source[:90]!r}")
                    continue
                want = sorted(set(PLACEHOLDER.findall(source)))
                for form in forms:
                    got = sorted(set(PLACEHOLDER.findall(form)))
                    if got != want:
                        problems.append(f"{name}: [{ctx}] placeholders {got} differ from source {want}: {source[:70]!r}")
    for p in problems:
        print(p)
    total = len(problems)
    print(f"tstool: {total} translation problem(s)")
    return 1 if total else 0


def lint(names):
    import jalint

    translated = []
    for name in names or catalogs():
        for _, ctx, msg in entries(ts_path(name, "ja")):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("vanished", "obsolete", "unfinished"):
                continue
            forms = [tr.text or ""] if msg.get("numerus") != "yes" else [f.text or "" for f in tr.iter("numerusform")]
            translated += [(name, ctx, msg.findtext("source") or "", form) for form in forms if form]
    # Provider names with a Japanese form must not appear in English inside Japanese sentences.
    provider_names = {}
    for name in catalogs():
        for _, ctx, msg in entries(ts_path(name, "ja")):
            if ctx == "ProviderName":
                source, target = msg.findtext("source") or "", msg.findtext("translation") or ""
                if target and target != source:
                    provider_names[source] = target
    problems = []
    for name, ctx, source, form in translated:
        problems += list(jalint.lint_entry(name, ctx, source, form, provider_names))
    for p in problems:
        print(p)
    print(f"tstool: {len(problems)} glossary rule violation(s) in {len(translated)} Japanese translations")
    return 1 if problems else 0


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    cmd = argv[1]
    if cmd == "update":
        update(argv[2:])
    elif cmd == "untranslated" and len(argv) == 3:
        untranslated(argv[2])
    elif cmd == "apply" and len(argv) == 4:
        apply(argv[2], argv[3])
    elif cmd == "check":
        sys.exit(check())
    elif cmd == "lint":
        sys.exit(lint(argv[2:]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
