#!/usr/bin/env python3
"""SMTP Doctor benchmark: how fast a beginner gets a correct verdict, and that the window never stalls.

Runs on this machine against the real test Postfix inside a network namespace of its own (so the
mail ports 25/465/587 can be used and filtered with iptables), and prints a table of medians.
Needs root (network namespaces, iptables), swaks, Xvfb and GNU time, and a build with the
smtpdoctor_benchwizard target (tests/bench/benchwizard.cpp; run-bench.sh makes one) for the wizard
rows. Usage:

    tests/bench/run-bench.sh [BUILD_DIR] [--runs N]

Targets (from the issue; measured here, never asserted in tests):
  1 healthy full check vs swaks --quit-after AUTH     ratio <= 1.0
  2 port 25 DROPped, 465/587 fine, default timeout     <= 6 s
  3 everything DROPped                                 <= timeout + 0.5 s
  4 longest GUI event-loop stall during a wizard run   < 50 ms; each page change painted within 16 ms
  5 start-up to first page under Xvfb                  < 400 ms; peak RSS wizard < 120 MB, check < 60 MB
  6 explain on a 1 MB bounce                           < 200 ms
"""
import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def sh(args, **kw):
    return subprocess.run(args, check=True, **kw)


class Namespace:
    def __init__(self):
        self.name = f"smtpdoctor-bench-{os.getpid()}"

    def __enter__(self):
        sh(["ip", "netns", "add", self.name])
        self.run(["ip", "link", "set", "lo", "up"])
        return self

    def __exit__(self, *exc):
        subprocess.run(["ip", "netns", "delete", self.name], check=False)

    def cmd(self, args):
        return ["ip", "netns", "exec", self.name] + list(args)

    def run(self, args, **kw):
        return subprocess.run(self.cmd(args), **kw)

    def iptables(self, *rules):
        self.run(["iptables", "-F", "INPUT"], check=True)
        for rule in rules:
            self.run(["iptables", "-A", "INPUT"] + rule.split(), check=True)


def timed(args, stdin=b"", env=None):
    start = time.monotonic()
    p = subprocess.run(args, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    return time.monotonic() - start, p


def peak_rss_mb(args, stdin=b"", env=None):
    p = subprocess.run(["/usr/bin/time", "-v"] + args, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    m = re.search(rb"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    return int(m.group(1)) / 1024 if m else float("nan")


def median(values):
    return statistics.median(values) if values else float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build", nargs="?", default=os.path.join(ROOT, "build-bench"))
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args()
    exe = os.path.join(a.build, "app", "smtpdoctor")
    wizard = os.path.join(a.build, "tests", "bench", "smtpdoctor_benchwizard")
    for program in (exe, wizard):
        if not os.access(program, os.X_OK):
            sys.exit(f"bench: {program} not found; build first")
    rows = []  # (name, value, unit, target, reference)
    state = tempfile.mkdtemp(prefix="smtpdoctor-bench-")
    with Namespace() as ns:
        env = dict(os.environ, MTA_FIXED_PORTS="587 465 25")
        ns.run(["bash", os.path.join(ROOT, "tests/fixtures/mta/start-mta.sh"), state + "/mta"], env=env, check=True,
               stdout=subprocess.DEVNULL)
        try:
            conf = dict(l.split("=", 1) for l in open(state + "/mta/env").read().splitlines() if "=" in l)
            password = open(conf["MTA_PASSWORD_FILE"], "rb").read()
            check = [exe, "check", "--host", "127.0.0.1", "--user", conf["MTA_USER"], "--password-stdin",
                     "--ca-file", conf["MTA_CA_FILE"], "--format", "json"]
            swaks = ["swaks", "--server", "127.0.0.1:587", "--tls", "--tls-verify", "--tls-ca-path", conf["MTA_CA_FILE"],
                     "--auth", "PLAIN", "--auth-user", conf["MTA_USER"], "--auth-password", password.decode(),
                     "--quit-after", "AUTH", "--silent", "1"]
            # 1. healthy server, alternating
            ns.iptables()
            ours, theirs = [], []
            for _ in range(a.runs):
                t, p = timed(ns.cmd(check), password + b"\n")
                if p.returncode != 0:
                    print(p.stdout.decode()[-2000:], file=sys.stderr)
                ours.append(t)
                t, _ = timed(ns.cmd(swaks))
                theirs.append(t)
            rows.append(("1 healthy full check (smtpdoctor)", median(ours), "s", None, None))
            rows.append(("1 swaks --quit-after AUTH", median(theirs), "s", None, None))
            rows.append(("1 ratio smtpdoctor / swaks", median(ours) / median(theirs), "", "<= 1.0", None))
            rows.append(("5 peak RSS of check", peak_rss_mb(ns.cmd(check), password + b"\n"), "MB", "< 60", None))
            # 2. port 25 filtered
            ns.iptables("-p tcp --dport 25 -j DROP")
            t25 = [timed(ns.cmd(check), password + b"\n")[0] for _ in range(max(3, a.runs // 2))]
            rows.append(("2 port 25 DROP, 465/587 fine", median(t25), "s", "<= 6", None))
            # 3. everything filtered
            ns.iptables("-p tcp -j DROP")
            tall = [timed(ns.cmd(check), password + b"\n")[0] for _ in range(3)]
            rows.append(("3 everything DROP (timeout 10 s)", median(tall), "s", "<= 10.5", None))
            ns.iptables()
            # 4/5. the wizard: start-up and stalls, under Xvfb, through bench-only environment hooks
            rows += wizard_rows(wizard, ns, conf, a.runs)
        finally:
            ns.run(["bash", os.path.join(ROOT, "tests/fixtures/mta/stop-mta.sh"), state + "/mta"], stdout=subprocess.DEVNULL)
    # 6. explain on a 1 MB bounce
    rows.append(("6 explain, 1 MB bounce", explain_time(exe, a.runs), "s", "< 0.2", None))
    shutil.rmtree(state, ignore_errors=True)
    print_table(rows)


class Xvfb:
    """One X server for all wizard runs, so start-up times measure SMTP Doctor, not Xvfb."""

    def __enter__(self):
        for n in range(91, 120):
            if not os.path.exists(f"/tmp/.X11-unix/X{n}") and not os.path.exists(f"/tmp/.X{n}-lock"):
                break
        self.display = f":{n}"
        self.proc = subprocess.Popen(["Xvfb", self.display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while not os.path.exists(f"/tmp/.X11-unix/X{n}") and time.monotonic() < deadline:
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.proc.terminate()
        self.proc.wait(timeout=10)


def wizard_rows(exe, ns, conf, runs):
    rows = []
    with Xvfb() as x:
        base = dict(os.environ, DISPLAY=x.display, QT_QPA_PLATFORM="xcb", LANG="en_US.UTF-8")
        base.pop("WAYLAND_DISPLAY", None)
        env = dict(base, SMTPDOCTOR_BENCH_STARTUP="1")
        subprocess.run([exe], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)  # warm caches
        startups = []
        for _ in range(runs):
            spawned = time.monotonic() * 1000
            p = subprocess.run([exe], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
            m = re.search(rb"first-page-monotonic-ms=(\d+(?:\.\d+)?)", p.stderr)
            if m:
                startups.append((float(m.group(1)) - spawned) / 1000)
            else:
                print(p.stderr.decode(errors="replace")[-2000:], file=sys.stderr)
        rows.append(("5 wizard start-up to first page", median(startups), "s", "< 0.4", None))
        autorun = dict(base, SMTPDOCTOR_BENCH_AUTORUN="1", SMTPDOCTOR_BENCH_HOST="127.0.0.1",
                       SMTPDOCTOR_BENCH_USER=conf["MTA_USER"], SMTPDOCTOR_BENCH_PASSWORD_FILE=conf["MTA_PASSWORD_FILE"],
                       SMTPDOCTOR_BENCH_CA_FILE=conf["MTA_CA_FILE"])
        stalls, rss, changes = [], [], {}
        # English and Japanese runs in turn: Japanese text costs more to lay out and paint.
        for i in range(2 * max(3, runs // 2)):
            lang = ("en", "ja")[i % 2]
            env = dict(autorun, LANG=f"{lang}_{'US' if lang == 'en' else 'JP'}.UTF-8")
            p = ns.run(["/usr/bin/time", "-v", exe], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=240)
            m = re.search(rb"max-stall-ms=(\d+(?:\.\d+)?)", p.stderr)
            ok = re.search(rb"signed-in=1", p.stderr)
            if os.environ.get("SMTPDOCTOR_BENCH_VERBOSE") == "1":  # each stall over 10 ms and the page changes
                for line in p.stderr.splitlines():
                    if line.startswith(b"bench:"):
                        print(line.decode(errors="replace"), file=sys.stderr)
            r = re.search(rb"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
            if m and ok:
                stalls.append(float(m.group(1)) / 1000)
                changes.setdefault(lang, []).extend(
                    (float(w), float(c)) for w, c in re.findall(rb"page-change-ms=\w+:([\d.]+):([\d.]+)", p.stderr))
            else:
                print("bench: wizard run did not sign in:\n" + p.stderr.decode(errors="replace")[-3000:], file=sys.stderr)
            if r:
                rss.append(int(r.group(1)) / 1024)
        rows.append(("4 longest GUI stall, full wizard run", median(stalls), "s", "< 0.05", None))
        # Click to the end of the new page's paint, every page change of every run: one frame at most.
        # The GUI thread's own CPU time beside it (no target): on a busy machine the wall time also counts
        # waiting for a core while the X server and the test MTA run.
        for lang in ("en", "ja"):
            wall = [w for w, _ in changes.get(lang, [])]
            cpu = [c for _, c in changes.get(lang, [])]
            rows.append((f"4 page change ({lang}), click to painted, median", median(wall), "ms", "< 16", None))
            rows.append((f"4 page change ({lang}), click to painted, slowest", max(wall, default=float("nan")),
                         "ms", "< 16", None))
            rows.append((f"4 page change ({lang}), GUI thread CPU, slowest", max(cpu, default=float("nan")), "ms",
                         None, None))
        rows.append(("5 peak RSS of the wizard (full run)", median(rss), "MB", "< 120", None))
    return rows


def explain_time(exe, runs):
    rnd = random.Random(7)
    lines = [b"Received: from mx.example.org by mail.example.test; Sun, 22 Nov 2026 10:00:00 +0900"]
    filler = [b"> quoted original text line with some words in it and numbers 12345",
              "本文の引用です。メールを送信できませんでした。".encode(), b"Content-Type: text/plain; charset=UTF-8"]
    while sum(len(l) + 1 for l in lines) < 1024 * 1024:
        lines.append(rnd.choice(filler))
        if rnd.random() < 0.001:
            lines.append(b"550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table")
    data = b"\n".join(lines)
    times = []
    for _ in range(runs):
        t, p = timed([exe, "explain", "--format", "json", "-"], data)
        times.append(t)
    return median(times)


def print_table(rows):
    print(f"{'measurement':48} {'median':>10}  {'target':>8}  verdict")
    for name, value, unit, target, _ in rows:
        verdict = ""
        if target:
            op, bound = target.split()
            bound = float(bound)
            ok = value <= bound if op == "<=" else value < bound
            verdict = "meets" if ok else "MISSES"
        print(f"{name:48} {value:9.3f}{unit:>2}  {target or '':>8}  {verdict}")


if __name__ == "__main__":
    main()
