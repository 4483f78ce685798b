#!/usr/bin/env python3
"""The architecture holds: app -> ui -> core, and inside core one direction from the words a run is
made of (findings) up to the report. Every #include "..." of the project is checked against the table
below; a folder missing from the table fails too, so a new part of core gets its place on purpose.

  check_layers.py [ROOT]      exit 0 when every include is allowed, else 1 with the offending lines
"""
import os
import re
import sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", ".."))

# What each folder may include besides itself. Lower layers first; a layer may use those before it.
BOTTOM = {"core/logging", "core/i18n", "translations"}
FINDINGS = BOTTOM | {"core/findings", "core/smtp/smtpreply.h"}  # a finding quotes the server's reply
BASICS = BOTTOM | {"core/findings", "core/smtp"}
ALLOWED = {
    "core/i18n": {"core/logging", "translations"},
    "core/findings": FINDINGS,
    "core/smtp": BOTTOM,
    "core/settings": BOTTOM | {"core/findings"},
    "core/credentials": BOTTOM | {"core/findings"},
    "core/network": BASICS | {"core/settings"},
    "core/autodetect": BASICS | {"core/settings", "core/network"},
    "core/knowledge": BASICS,
    # OAuth 2.0 sign-in: the SMTP engine's transcript and SASL words, a preset's [oauth] section.
    "core/oauth": BOTTOM | {"core/smtp", "core/settings"},
    "core/checks": BASICS | {"core/settings", "core/network", "core/autodetect", "core/credentials", "core/knowledge",
                             "core/oauth", "core/domain"},
    "core/report": BASICS | {"core/settings", "core/checks", "core/knowledge"},
    "core/domain": BASICS | {"core/settings", "core/autodetect"},  # the sender domain (issue 18)
}
CORE = set(ALLOWED) | {"core/logging"}
ALLOWED["ui"] = CORE | {"ui"}
ALLOWED["app"] = CORE | {"ui", "app"}

INCLUDE = re.compile(r'^\s*#\s*include\s+[<"]([^>"]+)[>"]', re.M)
WIDGETS = re.compile(r"^(QtWidgets/|Q(Widget|Dialog|Label|Wizard|Application|PushButton|LineEdit|MainWindow)\b)")


def folder_of(path):
    parts = path.split("/")
    if parts[0] == "core" and len(parts) > 2:
        return "core/" + parts[1]
    if parts[0] == "core":
        return "core/" + os.path.splitext(parts[1])[0]  # core/logging.h
    return parts[0]


def allowed(src_folder, target):
    rules = ALLOWED[src_folder]
    target_folder = folder_of(target)
    return target_folder == src_folder or target_folder in rules or target in rules


def main():
    problems = []
    for top in ("core", "ui", "app"):
        for dirpath, _, files in os.walk(os.path.join(ROOT, top)):
            for name in files:
                if not name.endswith((".h", ".cpp")):
                    continue
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, ROOT)
                src = folder_of(rel)
                if src not in ALLOWED and src != "core/logging":
                    problems.append(f"{rel}: folder {src} has no place in the layer table of {__file__}")
                    continue
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                for m in INCLUDE.finditer(text):
                    inc = m.group(1)
                    line = text.count("\n", 0, m.start()) + 1
                    if src.startswith("core") and WIDGETS.match(inc):
                        problems.append(f"{rel}:{line}: core includes a widget header <{inc}>")
                    if "/" not in inc or inc.startswith(("Q", "qt")) or not inc.split("/")[0] in ("core", "ui", "app", "translations"):
                        continue
                    if src == "core/logging":
                        if folder_of(inc) != src:
                            problems.append(f"{rel}:{line}: core/logging includes {inc}")
                    elif not allowed(src, inc):
                        problems.append(f"{rel}:{line}: {src} may not include {inc}")
    for p in problems:
        print(p)
    print(f"check_layers: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
