#!/usr/bin/env python3
"""Measures `smtpdoctor explain` against real bounces kept OUTSIDE this repository (not a test).

It runs the built `smtpdoctor explain --format json` over every file of a folder of bounce messages and
prints how often the first item's reason agrees with the expected one, per reason and per mail system,
for the whole folder and separately for a held-out part (a fixed share of the files chosen by a hash of
their names; look only at the development part's failures while writing rules).

Expected reasons come from one of:
  --expect FILE.jsonl     one object a line: {"file": ..., "system": ..., "reasons": [...],
                          "code": 550, "enhanced": "5.1.1"} with reasons in this project's vocabulary;
  --sisimai-tests DIR     the t/ folder of sisimai (p5-sisimai), whose lhost/rhost/rfc3464 tests list the
                          reason of every sample of its set-of-emails corpus; their reasons are mapped to
                          ours (SISIMAI_REASONS below). Feedback reports, vacation replies, successes and
                          samples sisimai itself cannot classify are not scored.

--replies measures single replies instead: only the Diagnostic-Code (or the first reply line) of each
bounce is explained, and code, enhanced code, class and reason are compared.

Older builds print no "reason": theirs is derived from the item's id and finding (LEGACY_*), so the
same script measures the build before and after a change.

Example:
  measure_bounces.py --smtpdoctor /work/build/app/smtpdoctor --corpus /work/corpus/maildir/bsd \
      --sisimai-tests /work/corpus/sisimai-t/t
"""

import argparse
import collections
import concurrent.futures
import email
import email.policy
import hashlib
import json
import os
import re
import subprocess
import sys

# sisimai's reasons and the reasons of ours that mean the same (several where ours is finer).
SISIMAI_REASONS = {
    "userunknown": {"recipient-unknown", "filtered"},  # the same equivalence, both ways
    "hostunknown": {"host-unknown"},
    "mailboxfull": {"mailbox-full"},
    "mesgtoobig": {"message-too-large"},
    "exceedlimit": {"message-too-large"},
    "suspend": {"suspended"},
    "hasmoved": {"moved"},
    "filtered": {"filtered", "recipient-unknown"},  # sisimai: "almost the same as userunknown" (Status 5.2.0/5.2.1)
    "rejected": {"sender-rejected", "mailing-list"},
    "blocked": {"blocked-ip"},
    "badreputation": {"bad-reputation"},
    "requireptr": {"ptr-required"},
    "policyviolation": {"policy"},
    "spamdetected": {"spam"},
    "virusdetected": {"virus"},
    "authfailure": {"sender-authentication"},
    "securityerror": {"authentication-required", "authentication-failed", "sign-in-method", "tls-required",
                      "tls-error"},
    "norelaying": {"relay-denied"},
    "notaccept": {"not-accepting"},
    "notcompliantrfc": {"not-rfc-compliant"},
    "contenterror": {"not-rfc-compliant"},
    "syntaxerror": {"protocol-error"},
    "systemerror": {"system-error", "loop"},
    "systemfull": {"system-full"},
    "networkerror": {"network-error", "loop"},
    "toomanyconn": {"too-many-connections"},
    "speeding": {"rate-limited"},
    "expired": {"expired", "delayed"},
    "mailererror": {"delivery-program-failed"},
}
NOT_SCORED = {"delivered", "feedback", "vacation", "undefined", "onhold"}

# For builds without "reason": the reason their first item stands for, from its id (exact, then by
# prefix) or else its finding.
LEGACY_IDS = {
    "bounce.delay-warning": "delayed", "ja.delay": "delayed",
    "bounce.gave-up": "expired", "exim.retry-timeout": "expired", "qmail.queue-too-long": "expired",
    "phrase.relay-denied": "relay-denied", "exim.relay-not-permitted": "relay-denied",
    "qmail.rcpthosts": "relay-denied", "ja.relay-denied": "relay-denied",
    "phrase.auth-required": "authentication-required", "ja.auth-required": "authentication-required",
    "exchange.client-not-authenticated": "authentication-required",
    "microsoft.client-not-authenticated": "authentication-required",
    "postfix.sender-not-logged-in": "authentication-required",
    "phrase.host-unknown": "host-unknown", "ja.host-unknown": "host-unknown",
    "postfix.recipient-domain-not-found": "host-unknown", "postfix.name-service-error": "host-unknown",
    "exim.unrouteable": "host-unknown", "qmail.no-host": "host-unknown",
    "phrase.mailbox-full": "mailbox-full", "ja.mailbox-full": "mailbox-full", "gmail.over-quota": "mailbox-full",
    "docomo.mailbox-full": "mailbox-full",
    "phrase.mailbox-disabled": "suspended", "yahoo.mailbox-disabled": "suspended",
    "phrase.sender-rejected": "sender-rejected", "postfix.sender-domain-not-found": "sender-rejected",
    "sendmail.sender-domain": "sender-rejected", "exim.sender-verify": "sender-rejected",
    "qmail.badmailfrom": "sender-rejected", "postfix.sender-not-owned": "sender-rejected",
    "phrase.loop": "loop", "postfix.mail-loops": "loop",
    "phrase.try-later": "system-error", "phrase.line-too-long": "not-rfc-compliant",
    "phrase.connection-refused": "network-error", "phrase.connection-timeout": "network-error",
    "phrase.connection-reset": "network-error", "postfix.lost-connection": "network-error",
    "qmail.no-connection": "network-error", "sendmail.reply-read-error": "network-error",
    "phrase.tls-problem": "tls-error",
    "bounce.undeliverable": "unclassified", "ja.undeliverable": "unclassified",
    "spamhaus.pbl": "blocked-ip", "spamhaus.listed": "blocked-ip", "spamcop.listed": "blocked-ip",
    "barracuda.listed": "blocked-ip", "blocklist.other": "blocked-ip", "dynamic-ip": "blocked-ip",
    "microsoft.blocklist": "blocked-ip", "postfix.client-host-rejected": "blocked-ip",
    "spf.fail": "sender-authentication", "dkim.fail": "sender-authentication",
    "dmarc.fail": "sender-authentication", "gmail.unauthenticated": "sender-authentication",
    "gmail.dmarc": "sender-authentication", "microsoft.dmarc": "sender-authentication",
    "reverse-dns.fail": "ptr-required", "gmail.ptr": "ptr-required",
    "spam.content": "spam", "gmail.unsolicited": "spam", "ja.refused": "spam",
    "virus.found": "virus",
    "gmail.daily-limit": "rate-limited", "gmail.unusual-rate": "rate-limited", "exim.rate-limit": "rate-limited",
    "gmail.receiving-rate": "rate-limited", "microsoft.rate-limit": "rate-limited",
    "microsoft.throttled": "rate-limited", "yahoo.deferred": "rate-limited", "microsoft.outbound-spam": "rate-limited",
    "postfix.greylisted": "greylisted", "postfix.too-many-recipients": "rate-limited",
    "gmail.size": "message-too-large", "exchange.size": "message-too-large", "ja.too-large": "message-too-large",
    "thunderbird.size-limit": "message-too-large",
    "exchange.insufficient-resources": "system-full",
    "sendmail.local-config-error": "system-error",
    "docomo.filtered": "filtered", "yahoo.policy": "policy", "icloud.policy": "policy",
    "microsoft.tenant-blocked": "blocked-ip", "microsoft.restricted-group": "filtered",
    "microsoft.no-external-forwarding": "policy", "microsoft.send-as-denied": "sender-rejected",
    "microsoft.unregistered-domain": "sender-rejected", "yahoo.from-not-verified": "sender-rejected",
}
LEGACY_FINDINGS = {
    "send.recipient-unknown": "recipient-unknown", "send.relay-denied": "relay-denied",
    "send.sender-rejected": "sender-rejected", "send.message-too-large": "message-too-large",
    "send.rate-limited": "rate-limited", "send.rejected-as-spam": "spam", "send.accepted": "accepted",
    "auth.rejected": "authentication-failed", "auth.requires-tls": "tls-required",
    "auth.app-password-required": "sign-in-method", "auth.disabled-by-provider": "sign-in-method",
    "auth.oauth-required": "sign-in-method", "auth.mechanism-unsupported": "sign-in-method",
    "auth.not-offered": "sign-in-method", "auth.temporary-failure": "system-error",
    "server.refused": "network-error", "server.timeout": "network-error", "server.reset": "network-error",
    "server.greeting-rejected": "not-accepting", "server.helo-rejected": "policy",
    "network.dns-failed": "host-unknown", "network.offline": "network-error",
    "tls.mode-mismatch": "configuration", "tls.handshake-failed": "tls-error",
    "tls.starttls-missing": "tls-error", "tls.starttls-rejected": "tls-error",
    "interference.esmtp-inspection": "interference", "interference.port25-blocked": "interference",
}
# Enhanced codes (class.subject.detail without the class) the old reply items stood for.
LEGACY_ENHANCED = {
    "1.1": "recipient-unknown", "1.2": "host-unknown", "1.3": "recipient-unknown", "1.6": "moved",
    "1.10": "not-accepting", "1.7": "sender-rejected", "1.8": "sender-rejected",
    "2.1": "suspended", "2.2": "mailbox-full", "2.3": "message-too-large", "2.4": "mailing-list",
    "3.1": "system-full", "3.4": "message-too-large", "3.5": "system-error", "3.0": "system-error",
    "4.1": "network-error", "4.2": "network-error", "4.3": "system-error", "4.4": "host-unknown",
    "4.6": "loop", "4.7": "expired", "4.0": "network-error",
    "5.0": "protocol-error", "5.1": "protocol-error", "5.2": "protocol-error", "5.3": "rate-limited",
    "5.4": "protocol-error",
    "6.0": "not-rfc-compliant",
    "7.0": "policy", "7.1": "policy", "7.8": "authentication-failed", "7.9": "sign-in-method",
    "7.10": "tls-required", "7.11": "tls-required", "7.23": "sender-authentication",
    "7.24": "sender-authentication", "7.25": "ptr-required", "7.26": "sender-authentication",
    "7.27": "sender-authentication", "7.28": "rate-limited",
    "7.7": "policy", "7.14": "sign-in-method", "7.57": "authentication-required",
}


def legacy_reason(item):
    ident = item.get("id") or ""
    if ident in LEGACY_IDS:
        return LEGACY_IDS[ident]
    m = re.match(r"enhanced\.\d\.(\d+\.\d+)", ident)
    if m and m.group(1) in LEGACY_ENHANCED:
        return LEGACY_ENHANCED[m.group(1)]
    cls = item.get("class")
    if cls == "success":
        return "accepted"
    finding = item.get("finding")
    if finding in LEGACY_FINDINGS:
        return LEGACY_FINDINGS[finding]
    m = re.match(r"code\.(\d+)", ident)
    if m:
        code = int(m.group(1))
        return {421: "not-accepting", 450: "system-error", 451: "system-error", 452: "system-full",
                554: "policy", 553: "sender-rejected", 552: "message-too-large", 521: "not-accepting",
                556: "not-accepting"}.get(code, "unclassified")
    return "unclassified"


def item_reason(item):
    return item.get("reason") or legacy_reason(item)


def sisimai_expectations(tdir):
    """Reads sisimai's per-mail-system tests: file name, system and expected (enhanced, code, reason)."""
    out = []
    for name in sorted(os.listdir(tdir)):
        m = re.match(r"\d+-(lhost|rhost)-.*\.t$|\d+-(rfc3464)\.t$", name)
        if not m:
            continue
        with open(os.path.join(tdir, name), encoding="utf-8", errors="replace") as f:
            src = f.read()
        engine = re.search(r"my \$enginename\s*=\s*'([^']+)'", src)
        if not engine:
            continue
        engine = engine.group(1)
        if m.group(2):
            prefix, system = "", "rfc3464"
        else:
            prefix, system = m.group(1) + "-", m.group(1) + "-" + engine.lower()
        for index, body in re.findall(r"'(\d+)'\s*=>\s*\[(.*?)\]\s*\]\s*,", src, re.S):
            tuples = re.findall(r"\[\s*'([^']*)'\s*,\s*'([^']*)'\s*,\s*'([^']*)'", body)
            if not tuples:
                continue
            out.append({
                "file": "%s%s-%02d.eml" % (prefix, engine.lower(), int(index)),
                "system": system,
                "sisimai": [t[2] for t in tuples],
                "enhanced": tuples[0][0],
                "code": int(tuples[0][1]) if tuples[0][1].isdigit() else None,
            })
    return out


def expected_reasons(entry):
    if "reasons" in entry:
        return set(entry["reasons"])
    wanted = set()
    for r in entry["sisimai"]:
        if r in NOT_SCORED:
            continue
        wanted |= SISIMAI_REASONS.get(r, {"<" + r + ">"})
    return wanted


def held_out(name, percent):
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 100 < percent


def first_reply_text(raw):
    """The reply a bounce quotes: its Diagnostic-Code, else the first line that starts with a code."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    for part in msg.walk():
        if part.get_content_type() in ("message/delivery-status", "message/global-delivery-status"):
            payload = part.get_payload()
            text = ""
            if isinstance(payload, list):
                text = "\n".join(p.as_string() for p in payload)
            else:
                text = str(payload)
            m = re.search(r"^Diagnostic-Code:\s*([^;\n]*);\s*(.*(?:\n[ \t].*)*)", text, re.M | re.I)
            if m:
                reply = re.sub(r"\s+", " ", m.group(2)).strip()
                if not reply:
                    break  # an empty Diagnostic-Code quotes nothing: look for a reply line below
                # Only an SMTP diagnostic is a reply; any other ("X-Unix; 255", a program's exit status) means
                # nothing without its type, so it is kept, as a person would copy it.
                return reply if m.group(1).strip().lower() == "smtp" else m.group(1).strip() + "; " + reply
    text = raw.decode("utf-8", "replace")
    m = re.search(r"^\s*([245]\d\d[ -].*)$", text, re.M)
    return m.group(1).strip() if m else None


def run_explain(binary, data, lang, timeout):
    try:
        proc = subprocess.run([binary, "explain", "--format", "json", "--lang", lang, "-"], input=data,
                              capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    if proc.returncode not in (0, 1):
        return None, "exit %d" % proc.returncode
    try:
        return json.loads(proc.stdout.decode("utf-8")), None
    except ValueError:
        return None, "bad json"


def percent(n, d):
    return "%5.1f%%" % (100.0 * n / d) if d else "    -"


def print_table(title, rows):
    print("\n" + title)
    width = max([len(k) for k in rows] + [10])
    total_n = total_ok = 0
    for key in sorted(rows, key=lambda k: (-rows[k][0], k)):
        n, ok = rows[key]
        total_n += n
        total_ok += ok
        print("  %-*s %4d %4d %s" % (width, key, n, ok, percent(ok, n)))
    print("  %-*s %4d %4d %s" % (width, "TOTAL", total_n, total_ok, percent(total_ok, total_n)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--smtpdoctor", required=True, help="the built smtpdoctor executable")
    ap.add_argument("--corpus", required=True, help="folder of bounce files (outside the repository)")
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--expect", help="JSONL of expected reasons")
    group.add_argument("--sisimai-tests", help="sisimai's t/ folder")
    ap.add_argument("--held-out-percent", type=int, default=30)
    ap.add_argument("--replies", action="store_true", help="explain only each bounce's quoted reply")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("--show-failures", action="store_true",
                    help="list the development part's disagreements (never the held-out part's)")
    ap.add_argument("--by-system", action="store_true", help="also print the table per mail system")
    args = ap.parse_args()

    if args.expect:
        with open(args.expect, encoding="utf-8") as f:
            entries = [json.loads(line) for line in f if line.strip()]
    else:
        entries = sisimai_expectations(args.sisimai_tests)

    jobs = []
    skipped = collections.Counter()
    for e in entries:
        path = os.path.join(args.corpus, e["file"])
        if not os.path.exists(path):  # sisimai renamed some samples from lhost- to rhost-
            other = re.sub(r"^lhost-", "rhost-", e["file"])
            if other != e["file"] and os.path.exists(os.path.join(args.corpus, other)):
                e["file"], path = other, os.path.join(args.corpus, other)
        if not os.path.exists(path):
            skipped["missing file"] += 1
            continue
        wanted = expected_reasons(e)
        if not wanted:
            skipped["not scored (feedback, vacation, delivered, undefined, on hold)"] += 1
            continue
        with open(path, "rb") as f:
            data = f.read()
        if args.replies:
            reply = first_reply_text(data)
            if not reply:
                skipped["no quoted reply"] += 1
                continue
            data = reply.encode("utf-8")
        jobs.append((e, wanted, data))

    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(run_explain, args.smtpdoctor, data, args.lang, args.timeout)
                   for (_, _, data) in jobs]
        for (e, wanted, data), fut in zip(jobs, futures):
            out, error = fut.result()
            items = (out or {}).get("items") or []
            top = items[0] if items else None
            got = item_reason(top) if top else "(nothing)"
            ok = got in wanted
            checks = {"reason": ok}
            if args.replies and top:
                # Only what the reply itself says can be compared: sisimai fills in a code its
                # classification implies ("550 Unknown user" -> 5.1.1), and a report's Status field.
                text = data.decode("utf-8", "replace")
                if e.get("code") and re.search(r"(?<![\d.])%d(?![\d])" % e["code"], text):
                    checks["code"] = top.get("code") == e["code"]
                enh = e.get("enhanced") or ""
                if (re.match(r"^[245]\.\d{1,3}\.\d{1,3}$", enh) and int(enh.split(".")[2]) < 900
                        and re.search(r"(?<![\d.])%s(?![\d])" % re.escape(enh), text)):
                    checks["enhanced"] = top.get("enhanced") == enh
                if e.get("code") and "code" in checks:
                    checks["class"] = top.get("class") == {"2": "success", "4": "transient",
                                                           "5": "permanent"}[str(e["code"])[0]]
            results.append({"entry": e, "wanted": sorted(wanted), "got": got, "ok": ok, "checks": checks,
                            "error": error, "empty": not items, "held_out": held_out(e["file"],
                                                                                    args.held_out_percent),
                            "match": (top or {}).get("match", ""), "id": (top or {}).get("id", "")})

    for part, pick in (("WHOLE CORPUS", lambda r: True), ("DEVELOPMENT PART", lambda r: not r["held_out"]),
                       ("HELD-OUT PART", lambda r: r["held_out"])):
        chosen = [r for r in results if pick(r)]
        per_reason = collections.defaultdict(lambda: [0, 0])
        per_system = collections.defaultdict(lambda: [0, 0])
        for r in chosen:
            key = "/".join(r["wanted"])
            per_reason[key][0] += 1
            per_reason[key][1] += r["ok"]
            per_system[r["entry"]["system"]][0] += 1
            per_system[r["entry"]["system"]][1] += r["ok"]
        print("\n==== %s: %d samples, %d with nothing recognised, %d errors ====" % (
            part, len(chosen), sum(r["empty"] for r in chosen), sum(bool(r["error"]) for r in chosen)))
        print_table("right reason, per expected reason (n, right, %)", per_reason)
        if args.by_system or part == "WHOLE CORPUS":
            print_table("right reason, per mail system (n, right, %)", per_system)
        if args.replies:
            for check in ("code", "enhanced", "class", "reason"):
                n = sum(1 for r in chosen if check in r["checks"])
                ok = sum(1 for r in chosen if r["checks"].get(check))
                print("  %-9s %4d %4d %s" % (check, n, ok, percent(ok, n)))
            allok = sum(1 for r in chosen if all(r["checks"].values()) and not r["empty"])
            print("  %-9s %4d %4d %s" % ("all", len(chosen), allok, percent(allok, len(chosen))))
    if skipped:
        print("\nnot measured: " + ", ".join("%s %d" % (k, v) for k, v in skipped.items()))
    if args.show_failures:
        print("\nDEVELOPMENT PART disagreements:")
        for r in results:
            if r["held_out"] or (r["ok"] and all(r["checks"].values())):
                continue
            print("  %-34s want %-28s got %-22s %s | %s" % (r["entry"]["file"], "/".join(r["wanted"]), r["got"],
                                                            r["id"], r["match"][:140]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
