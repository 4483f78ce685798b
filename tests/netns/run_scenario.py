#!/usr/bin/env python3
"""Runs one network-fault scenario against the real smtpdoctor binary inside a private network
namespace: loopback only, real listeners on the standard mail ports, real iptables rules, real DNS
answers, then assertions on the JSON report.

    run_scenario.py SCENARIO        (as root; $SMTPDOCTOR_BINARY is the binary to test)
    run_scenario.py --list

Exit codes: 0 passed, 1 failed, 77 skipped (the reason is printed: not root, no namespaces, a tool
missing). Nothing here touches the host's network: every socket and rule lives in the namespace,
which disappears with this process.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # never leave __pycache__ in the source tree
sys.path.insert(0, HERE)

import servers  # noqa: E402
from scenarios import SCENARIOS  # noqa: E402

SKIP = 77


def skip(reason):
    print(f"SKIPPED: {reason}")
    sys.exit(SKIP)


def outer(scenario):
    if scenario not in SCENARIOS:
        print(f"unknown scenario {scenario!r}; known: {', '.join(sorted(SCENARIOS))}")
        sys.exit(2)
    binary = os.environ.get("SMTPDOCTOR_BINARY", "")
    if not os.access(binary, os.X_OK):
        print(f"FAILED: SMTPDOCTOR_BINARY={binary!r} is not an executable")
        sys.exit(1)
    if os.geteuid() != 0:
        skip("network namespaces and iptables need root (CI runs as root)")
    for tool in ("unshare", "ip", "iptables", "ip6tables", "openssl", "mount"):
        if not shutil.which(tool):
            skip(f"{tool} is missing (see packaging/debian-packages.txt, [test])")
    probe = subprocess.run(["unshare", "--net", "--mount", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        skip(f"cannot create a network namespace here: {probe.stderr.strip()}")
    os.execvp("unshare", ["unshare", "--net", "--mount", sys.executable, os.path.abspath(__file__), "--inside", scenario])


class Context:
    """What a scenario works with inside the namespace."""

    def __init__(self, tmp):
        self.tmp = tmp
        self.binary = os.environ["SMTPDOCTOR_BINARY"]
        self.certs = make_certificates(tmp)
        self.tls = servers.server_context(self.certs["server_chain"], self.certs["server_key"])
        self.failures = []
        self.cleanups = []

    # --- the network --------------------------------------------------------------------------
    def sh(self, *cmd):
        r = subprocess.run(list(cmd), capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed: {r.stderr.strip()}")

    def iptables(self, rule):
        self.sh("iptables", *rule.split())

    def ip6tables(self, rule):
        self.sh("ip6tables", *rule.split())

    def replace_file(self, system_path, content):
        """Bind-mounts a file over /etc/hosts or /etc/resolv.conf, for this namespace only."""
        path = os.path.join(self.tmp, os.path.basename(system_path))
        with open(path, "w") as f:
            f.write(content)
        self.sh("mount", "--bind", path, system_path)

    # --- listeners ----------------------------------------------------------------------------
    def smtp(self, port, implicit_tls=False, host="127.0.0.1", **options):
        servers.serve(servers.listen(host, port), servers.smtp_handler(self.tls, implicit_tls=implicit_tls, **options))

    def standard_ports(self, host="127.0.0.1", skip=()):
        """A healthy server: 465 TLS from the start, 587/25/2525 plain with STARTTLS."""
        if 465 not in skip:
            self.smtp(465, implicit_tls=True, host=host)
        for port in (587, 25, 2525):
            if port not in skip:
                self.smtp(port, host=host)

    def listener(self, port, handler, host="127.0.0.1"):
        servers.serve(servers.listen(host, port), handler)

    def postfix(self):
        """The real test Postfix (tests/fixtures/mta) on the standard ports 587, 465 and 25 of this
        namespace; stopped when the scenario ends. Returns its env file as a dict (MTA_*)."""
        state = os.path.join(self.tmp, "mta")
        fixtures = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "mta")
        env = dict(os.environ, MTA_FIXED_PORTS="587 465 25")
        r = subprocess.run(["bash", os.path.join(fixtures, "start-mta.sh"), state], env=env, capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(f"start-mta.sh failed: {r.stdout[-800:]} {r.stderr[-800:]}")
        self.cleanups.append(lambda: subprocess.run(["bash", os.path.join(fixtures, "stop-mta.sh"), state], capture_output=True))
        with open(os.path.join(state, "env")) as f:
            return dict(line.strip().split("=", 1) for line in f if "=" in line)

    # --- the program under test ---------------------------------------------------------------
    def check(self, *args, env=None, wrapper=(), timeout=60, stdin=b""):
        cmd = list(wrapper) + [self.binary, "check", "--format", "json"] + list(args)
        if "--lang" not in args:
            cmd += ["--lang", "en"]
        # The machine's own proxy settings must not leak into the scenarios; a scenario sets its own.
        full_env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
        full_env.update(env or {})
        start = time.monotonic()
        r = subprocess.run(cmd, input=stdin, capture_output=True, env=full_env, timeout=timeout)
        elapsed = time.monotonic() - start
        print(f"$ {' '.join(cmd)}\n  exit {r.returncode} after {elapsed:.2f} s")
        try:
            report = json.loads(r.stdout)
        except ValueError:
            report = {}
            self.fail(f"no JSON report; stdout={r.stdout[:400]!r} stderr={r.stderr[-800:]!r}")
        return Result(report, elapsed, r.returncode, r.stderr.decode("utf-8", "replace"))

    # --- assertions ---------------------------------------------------------------------------
    def fail(self, message):
        print(f"  FAIL: {message}")
        self.failures.append(message)

    def expect(self, condition, message):
        if not condition:
            self.fail(message)
        else:
            print(f"  ok: {message}")


class Result:
    def __init__(self, report, elapsed, exit_code, stderr):
        self.report, self.elapsed, self.exit_code, self.stderr = report, elapsed, exit_code, stderr

    def step(self, step_id):
        for s in self.report.get("steps", []):
            if s.get("id") == step_id:
                return s
        return {}

    def status(self, step_id):
        return self.step(step_id).get("status")

    def findings(self, step_id=None):
        steps = [self.step(step_id)] if step_id else self.report.get("steps", [])
        return [f for s in steps for f in s.get("findings", [])]

    def finding(self, finding_id):
        for f in self.findings():
            if f.get("id") == finding_id:
                return f
        return None

    def ids(self, step_id=None):
        return [f.get("id") for f in self.findings(step_id)]

    def recommendation(self):
        return self.report.get("recommendation") or {}

    def ports(self):
        return {(p["port"], p["security"]): p for p in self.report.get("ports", [])}

    def text_of(self, finding):
        if not finding:
            return ""
        return " ".join([finding.get("title", ""), finding.get("explanation", ""), finding.get("fix", "")] + finding.get("details", []))

    def summary(self):
        lines = []
        for s in self.report.get("steps", []):
            lines.append(f"    {s['id']}: {s['status']} {s.get('durationMs')} ms {[f['id'] for f in s.get('findings', [])]}")
        for p in self.report.get("ports", []):
            lines.append(f"    port {p['port']} {p['security']}: {p.get('verdict')} {p.get('protocol', '')} {p['ms']} ms")
        return "\n".join(lines)


def make_certificates(tmp):
    """A test CA and a server certificate for mail.test / 127.0.0.1 / ::1, and an "antivirus" CA with
    its own certificate for the same names, all made with openssl in the scenario's temp dir."""
    def run(*args):
        subprocess.run(["openssl", *args], check=True, capture_output=True)

    def ca(name, subject):
        key, pem = os.path.join(tmp, name + ".key"), os.path.join(tmp, name + ".pem")
        run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key, "-out", pem,
            "-subj", subject, "-days", "60", "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign")
        return key, pem

    def leaf(name, ca_key, ca_pem):
        key, csr, pem = (os.path.join(tmp, name + ext) for ext in (".key", ".csr", ".pem"))
        ext = os.path.join(tmp, name + ".ext")
        with open(ext, "w") as f:
            f.write("subjectAltName=DNS:mail.test,DNS:localhost,IP:127.0.0.1,IP:::1\n"
                    "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n")
        run("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key, "-out", csr,
            "-subj", "/CN=mail.test")
        run("x509", "-req", "-in", csr, "-CA", ca_pem, "-CAkey", ca_key, "-CAcreateserial", "-out", pem, "-days", "30", "-extfile", ext)
        chain = os.path.join(tmp, name + "-chain.pem")
        with open(chain, "w") as out:
            out.write(open(pem).read() + open(ca_pem).read())
        return key, chain

    ca_key, ca_pem = ca("ca", "/CN=SMTP Doctor Netns Test CA/O=SMTP Doctor Tests")
    av_key, av_pem = ca("av-ca", "/CN=Avast Web\\/Mail Shield Root/O=Avast Web\\/Mail Shield/OU=generated by Avast Antivirus for SSL\\/TLS scanning")
    server_key, server_chain = leaf("server", ca_key, ca_pem)
    av_leaf_key, av_leaf_chain = leaf("av-leaf", av_key, av_pem)
    both = os.path.join(tmp, "both-cas.pem")
    with open(both, "w") as out:
        out.write(open(ca_pem).read() + open(av_pem).read())
    return {"ca": ca_pem, "server_key": server_key, "server_chain": server_chain, "av_ca": av_pem,
            "av_key": av_leaf_key, "av_chain": av_leaf_chain, "both_cas": both}


def inner(scenario):
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    tmp = tempfile.mkdtemp(prefix="smtpdoc-netns-")
    ctx = None
    try:
        ctx = Context(tmp)
        print(f"scenario {scenario}: {SCENARIOS[scenario].__doc__.strip()}")
        SCENARIOS[scenario](ctx)
    except SystemExit:
        raise
    except Exception as e:  # a broken scenario is a failure, never a pass
        print(f"FAILED: scenario raised {type(e).__name__}: {e}")
        sys.exit(1)
    finally:
        for cleanup in reversed(ctx.cleanups if ctx else []):
            cleanup()
        shutil.rmtree(tmp, ignore_errors=True)
    if ctx.failures:
        print(f"FAILED: {len(ctx.failures)} expectation(s) not met")
        sys.exit(1)
    print("PASSED")
    sys.exit(0)


if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1] == "--list":
        print("\n".join(sorted(SCENARIOS)))
    elif len(sys.argv) == 3 and sys.argv[1] == "--inside":
        inner(sys.argv[2])
    elif len(sys.argv) == 2:
        outer(sys.argv[1])
    else:
        print(__doc__)
        sys.exit(2)
