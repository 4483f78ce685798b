#!/usr/bin/env python3
"""Measures `smtpdoctor explain` on single replies and mail-program error texts kept OUTSIDE this
repository (not a test): the second half of issue 15's targets ("the right code/class/side/reason for
single replies and client errors").

Input: a JSON Lines file, one object a line:
    {"text": "550 5.7.1 ...", "code": 550, "enhanced": "5.7.1", "class": "permanent",
     "side": "recipient", "reasons": ["blocked-ip"], "system": "gmail", "lang": "en"}
`code`, `enhanced` and `class` may be null when the text has none (a mail program's dialog): they are
then not scored. `reasons` lists every reason the labeller accepts, in this project's vocabulary;
`lang` is optional. The first item of the explanation is compared.

It prints how often each field agrees, all four together (code, class, side, reason), per expected
reason, per mail system and per language, and with --show-failures every disagreement. Numbers, never
a pass or fail.

    measure_replies.py --smtpdoctor build/app/smtpdoctor --expect replies.jsonl [--show-failures]
"""
import argparse
import collections
import concurrent.futures
import json
import subprocess


def explain(binary, text, timeout):
    try:
        p = subprocess.run([binary, "explain", "--format", "json", "--lang", "en", "-"], input=text.encode(),
                           capture_output=True, timeout=timeout)
        items = json.loads(p.stdout)["items"]
    except (subprocess.TimeoutExpired, ValueError, KeyError):
        return None
    return items[0] if items else {}


def score(row, first):
    want = set(row["reasons"])
    # A success or an intermediate reply names no cause: its own reason is the right one.
    if row.get("class") == "success":
        want.add("accepted")
    if row.get("class") == "intermediate":
        want.add("in-progress")
    got = first or {}
    checks = {
        "reason": got.get("reason") in want,
        "side": got.get("side") == row["side"],
        "code": row.get("code") is None or got.get("code") == row.get("code"),
        "enhanced": row.get("enhanced") is None or got.get("enhanced") == row.get("enhanced"),
        "class": row.get("class") is None or got.get("class") == row.get("class"),
    }
    checks["all four"] = checks["reason"] and checks["side"] and checks["code"] and checks["class"]
    checks["recognised"] = bool(got)
    return checks


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--smtpdoctor", required=True)
    ap.add_argument("--expect", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--show-failures", action="store_true")
    a = ap.parse_args()
    with open(a.expect, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        firsts = list(pool.map(lambda r: explain(a.smtpdoctor, r["text"], a.timeout), rows))
    totals = collections.Counter()
    groups = {name: collections.defaultdict(collections.Counter) for name in ("reason", "system", "lang")}
    for row, first in zip(rows, firsts):
        checks = score(row, first)
        totals["n"] += 1
        for key, ok in checks.items():
            totals[key] += ok
        keys = {"reason": "/".join(sorted(row["reasons"])), "system": row.get("system", "?"),
                "lang": row.get("lang", "?")}
        for name, key in keys.items():
            groups[name][key]["n"] += 1
            groups[name][key]["ok"] += checks["all four"]
        if a.show_failures and not checks["all four"]:
            got = first or {}
            print("  want %s/%s/%s/%s got %s/%s/%s/%s %s | %s" % (
                row.get("code"), row.get("class"), row["side"], "|".join(sorted(row["reasons"])), got.get("code"),
                got.get("class"), got.get("side"), got.get("reason", "(nothing)"), got.get("id", ""),
                row["text"].replace("\n", " / ")[:160]))
    n = totals["n"]
    print(f"==== {n} single texts ====")
    for key in ("code", "enhanced", "class", "side", "reason", "all four", "recognised"):
        print(f"  {key:12} {totals[key]:4} {100.0 * totals[key] / max(n, 1):5.1f}%")
    for name, table in groups.items():
        print(f"all four right, per {name} (n, right, %)")
        for key, c in sorted(table.items(), key=lambda kv: -kv[1]["n"]):
            print(f"  {key[:60]:60} {c['n']:4} {c['ok']:4} {100.0 * c['ok'] / c['n']:5.1f}%")


if __name__ == "__main__":
    main()
