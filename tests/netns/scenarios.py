"""The network-fault scenarios: each sets up listeners and rules in the namespace, runs smtpdoctor and
states what the report must say. The timings printed are for the record; only generous upper bounds
are asserted (a run that hangs must fail, speed itself is measured by the benchmarks)."""
import os
import shutil
import subprocess

import servers

SCENARIOS = {}
TIMEOUT = 10


def scenario(fn):
    SCENARIOS[fn.__name__.replace("_", "-")] = fn
    return fn


def show(r):
    print(r.summary())


@scenario
def healthy(ctx):
    """All four mail ports work: 465 is recommended, nothing interferes, no port is waited for."""
    ctx.standard_ports()
    r = ctx.check("--host", "127.0.0.1", "--ca-file", ctx.certs["ca"], "--timeout", str(TIMEOUT))
    show(r)
    ctx.expect(r.exit_code == 0, "exit code 0")
    ctx.expect(r.recommendation().get("port") == 465 and r.recommendation().get("security") == "tls", "recommendation 465 SSL/TLS")
    ctx.expect(r.status("interference") == "pass" and r.ids("interference") == [], "interference passes without findings")
    ctx.expect(all(p["verdict"] == "smtp" for p in r.ports().values()), "every port answers SMTP")
    ctx.expect(r.elapsed < TIMEOUT / 2, f"finished well before the timeout ({r.elapsed:.2f} s)")


@scenario
def postfix_standard_ports(ctx):
    """The real Postfix on 465, 587 and 25, where 25 is a receiving server with neither STARTTLS nor
    AUTH (as many providers run it): everything passes and nothing is mistaken for interference."""
    mta = ctx.postfix()
    with open(mta["MTA_PASSWORD_FILE"], "rb") as f:
        password = f.read().rstrip(b"\n")
    r = ctx.check("--host", "127.0.0.1", "--user", mta["MTA_USER"], "--password-stdin", "--ca-file", mta["MTA_CA_FILE"],
                  "--timeout", str(TIMEOUT), stdin=password + b"\n")
    show(r)
    ctx.expect(r.exit_code == 0, "exit code 0")
    ctx.expect(all(s.get("status") == "pass" for s in r.report.get("steps", [])), "every step passes")
    ctx.expect(r.ids("interference") == [], "no interference finding (a plain port 25 is no inspection)")
    ctx.expect(r.recommendation().get("port") == 465, "recommendation 465")


@scenario
def port25_drop(ctx):
    """The provider drops port 25 (OP25B): 465/587 are recommended and the block is named."""
    ctx.standard_ports()
    ctx.iptables("-A INPUT -p tcp --dport 25 -j DROP")
    r = ctx.check("--host", "127.0.0.1", "--ca-file", ctx.certs["ca"], "--timeout", str(TIMEOUT))
    show(r)
    ctx.expect("interference.port25-blocked" in r.ids("interference"), "interference.port25-blocked")
    ctx.expect(r.recommendation().get("port") in (465, 587), "recommendation is 465 or 587")
    ctx.expect(r.ports().get((25, "starttls"), {}).get("verdict") == "filtered", "port 25 shows as filtered")
    ctx.expect(r.exit_code == 0, "exit code 0 (the block does not affect the recommended port)")
    ctx.expect(r.elapsed < TIMEOUT, f"port 25 was not waited for until the timeout ({r.elapsed:.2f} s; target <= 6 s)")


@scenario
def port25_drop_user_port(ctx):
    """The user's own port is 25 and it is dropped: the block is a warning and 465 is suggested."""
    ctx.standard_ports()
    ctx.iptables("-A INPUT -p tcp --dport 25 -j DROP")
    r = ctx.check("--host", "127.0.0.1", "--port", "25", "--ca-file", ctx.certs["ca"], "--timeout", str(TIMEOUT))
    show(r)
    ctx.expect("server.timeout" in r.ids("server") and "server.port-suggestion" in r.ids("server"), "server.timeout and server.port-suggestion")
    f = r.finding("interference.port25-blocked")
    ctx.expect(f is not None and f.get("severity") == "warning", "interference.port25-blocked as a warning")
    ctx.expect(r.recommendation().get("port") == 465, "recommendation 465")
    ctx.expect(r.exit_code == 1, "exit code 1")


@scenario
def all_drop(ctx):
    """Everything is dropped: server.timeout, within the timeout."""
    ctx.standard_ports()
    ctx.iptables("-A INPUT -p tcp -j DROP")
    timeout = 4
    r = ctx.check("--host", "127.0.0.1", "--timeout", str(timeout))
    show(r)
    ctx.expect("server.timeout" in r.ids("server"), "server.timeout")
    ctx.expect(r.status("server") == "fail" and r.exit_code == 1, "server step fails, exit 1")
    ctx.expect(r.elapsed < timeout + 3, f"report within the timeout ({r.elapsed:.2f} s; target timeout + 0.5 s)")
    ctx.expect("interference.port25-blocked" not in r.ids(), "no port 25 block claimed when nothing answers")


# REJECT rules sit in OUTPUT: on loopback that is where the connection request passes first, and some
# network stacks (gVisor's, used by sandboxed CI machines) leave a connection that INPUT rejects hanging
# in "connecting" for every program, where real systems report the refusal.
@scenario
def all_reject(ctx):
    """Every port is rejected: server.refused, at once; with no connection made there is nothing to judge
    about firewalls, so that step is skipped rather than passed."""
    ctx.iptables("-A OUTPUT -p tcp -m multiport --dports 25,465,587,2525 -j REJECT --reject-with tcp-reset")
    r = ctx.check("--host", "127.0.0.1", "--timeout", str(TIMEOUT))
    show(r)
    ctx.expect("server.refused" in r.ids("server"), "server.refused")
    ctx.expect(r.status("interference") == "skip" and r.ids("interference") == ["interference.skipped"],
               "interference skipped (interference.skipped), not passed")
    ctx.expect(r.elapsed < 3, f"fast ({r.elapsed:.2f} s)")


@scenario
def user_port_reject(ctx):
    """The user's port 587 is rejected while 465 works: refused plus a suggestion for 465."""
    ctx.standard_ports(skip=(587,))
    ctx.iptables("-A OUTPUT -p tcp --dport 587 -j REJECT --reject-with tcp-reset")
    r = ctx.check("--host", "127.0.0.1", "--port", "587", "--ca-file", ctx.certs["ca"], "--timeout", str(TIMEOUT))
    show(r)
    ctx.expect(r.ids("server")[:1] == ["server.refused"], "server.refused first")
    f = r.finding("server.port-suggestion")
    ctx.expect(f is not None and "465" in f.get("title", ""), "server.port-suggestion names 465")
    ctx.expect(r.elapsed < TIMEOUT / 2, f"no long wait ({r.elapsed:.2f} s)")


def _inspection_servers(ctx, mode):
    ctx.smtp(465, implicit_tls=True)
    ctx.smtp(10587)  # the real plain server behind the device
    for port in (587, 25):
        ctx.listener(port, servers.masking_proxy(10587, mode))


def _inspection(ctx, mode):
    _inspection_servers(ctx, mode)
    return ctx.check("--host", "127.0.0.1", "--ca-file", ctx.certs["ca"], "--timeout", str(TIMEOUT))


@scenario
def esmtp_masking(ctx):
    """A firewall masks the banner with asterisks and STARTTLS/AUTH with X's in clear only."""
    r = _inspection(ctx, "mask")
    show(r)
    f = r.finding("interference.esmtp-inspection")
    ctx.expect(f is not None, "interference.esmtp-inspection")
    ctx.expect("****" in r.text_of(f) and "XXXX" in r.text_of(f), "the masked banner and keywords are quoted")
    ctx.expect(r.recommendation().get("port") == 465, "465 recommended (the device cannot read it)")


@scenario
def esmtp_mailguard(ctx):
    """A "mail guard" answers EHLO with 500 in clear, while over TLS EHLO works."""
    r = _inspection(ctx, "mailguard")
    show(r)
    f = r.finding("interference.esmtp-inspection")
    ctx.expect(f is not None and "EHLO" in r.text_of(f), "interference.esmtp-inspection naming EHLO")


@scenario
def esmtp_masking_user_port(ctx):
    """The user's port 587 is the inspected one: STARTTLS is missing there and the firewall is blamed."""
    _inspection_servers(ctx, "mask")
    r = ctx.check("--host", "127.0.0.1", "--port", "587", "--security", "starttls", "--ca-file", ctx.certs["ca"], "--timeout", str(TIMEOUT))
    show(r)
    ctx.expect("tls.starttls-missing" in r.ids("tls"), "tls.starttls-missing on 587")
    f = r.finding("interference.esmtp-inspection")
    ctx.expect(f is not None and f.get("severity") == "error", "interference.esmtp-inspection as an error")


def _interception(ctx, trusted):
    ctx.smtp(10465, implicit_tls=True)
    av = servers.server_context(ctx.certs["av_chain"], ctx.certs["av_key"])
    ctx.listener(465, servers.intercepting_tls_proxy(10465, av))
    for port in (587, 25):
        ctx.smtp(port)
    ca = ctx.certs["both_cas"] if trusted else ctx.certs["ca"]
    return ctx.check("--host", "127.0.0.1", "--port", "465", "--ca-file", ca, "--timeout", str(TIMEOUT))


@scenario
def tls_interception_trusted(ctx):
    """An antivirus re-signs port 465 with a root this computer trusts: the chain validates, the
    interception is still named with the product and its setting."""
    r = _interception(ctx, trusted=True)
    show(r)
    f = r.finding("interference.tls-interception")
    ctx.expect(f is not None and "Avast" in f.get("title", ""), "interference.tls-interception naming Avast")
    ctx.expect("Mail Shield" in r.text_of(f), "the setting to turn off is named")
    ctx.expect(r.status("tls") == "pass", "the TLS step itself passes (the root is trusted)")


@scenario
def tls_interception_untrusted(ctx):
    """The same antivirus, its root not trusted: the certificate problem and its cause are both named."""
    r = _interception(ctx, trusted=False)
    show(r)
    ctx.expect({"tls.certificate-untrusted", "tls.certificate-self-signed"} & set(r.ids("tls")), "the TLS step names the untrusted certificate")
    f = r.finding("interference.tls-interception")
    ctx.expect(f is not None and "Avast" in f.get("title", ""), "interference.tls-interception naming Avast")
    rj = ctx.check("--host", "127.0.0.1", "--port", "465", "--ca-file", ctx.certs["ca"], "--timeout", str(TIMEOUT), "--lang", "ja")
    fj = rj.finding("interference.tls-interception")
    ctx.expect(fj is not None and "Avast" in fj.get("title", "") and fj.get("title") != f.get("title"), "named in Japanese too")


def _not_smtp(ctx, protocol, start):
    start()
    ctx.smtp(465, implicit_tls=True)
    r = ctx.check("--host", "127.0.0.1", "--port", "587", "--security", "starttls", "--ca-file", ctx.certs["ca"], "--timeout", "6")
    show(r)
    f = r.finding("server.not-smtp")
    ctx.expect(f is not None and protocol in f.get("title", ""), f"server.not-smtp naming {protocol}")
    ctx.expect(r.ports().get((587, "starttls"), {}).get("protocol") == protocol, f"the port table says {protocol}")


@scenario
def not_smtp_pop3(ctx):
    """A POP3 server on the SMTP port."""
    _not_smtp(ctx, "POP3", lambda: ctx.listener(587, servers.greeter(["+OK Dovecot ready."])))


@scenario
def not_smtp_imap(ctx):
    """An IMAP server on the SMTP port."""
    _not_smtp(ctx, "IMAP", lambda: ctx.listener(587, servers.greeter(["* OK [CAPABILITY IMAP4rev1] ready"])))


@scenario
def not_smtp_http(ctx):
    """A web server on the SMTP port: it waits to be spoken to, then answers HTTP."""
    _not_smtp(ctx, "HTTP", lambda: servers.start_http("127.0.0.1", 587))


@scenario
def slow_greeting(ctx):
    """An SMTP server that greets only after 2.5 s is not mistaken for another protocol."""
    ctx.smtp(587, greet_delay=2.5)
    r = ctx.check("--host", "127.0.0.1", "--port", "587", "--security", "none", "--timeout", "6")
    show(r)
    ctx.expect(r.status("server") == "pass", "the server step passes")


@scenario
def dns_typo(ctx):
    """A mistyped provider name that does not exist: the typo and the likely name are shown."""
    servers.dns_server("127.0.0.1", {"smtp.gmail.com": ["127.0.0.1"]})
    ctx.replace_file("/etc/resolv.conf", "nameserver 127.0.0.1\noptions timeout:1 attempts:1\n")
    ctx.replace_file("/etc/hosts", "127.0.0.1 localhost\n")
    r = ctx.check("--host", "smtp.gmial.com", "--timeout", "5")
    show(r)
    f = r.finding("network.dns-failed")
    ctx.expect(f is not None, "network.dns-failed")
    ctx.expect("smtp.gmail.com" in r.text_of(f) and "smtp.gmial.com" in r.text_of(f), "typed name and suggestion shown")
    ctx.expect(r.status("server") == "skip", "later steps skipped")


@scenario
def dns_not_answering(ctx):
    """The name server does not answer at all: DNS is blamed, not the name."""
    ctx.iptables("-A INPUT -p udp --dport 53 -j DROP")
    ctx.replace_file("/etc/resolv.conf", "nameserver 127.0.0.1\noptions timeout:1 attempts:1\n")
    ctx.replace_file("/etc/hosts", "127.0.0.1 localhost\n")
    r = ctx.check("--host", "smtp.example.com", "--timeout", "5")
    show(r)
    f = r.finding("network.dns-failed") or r.finding("network.offline")
    text = r.text_of(f)
    ctx.expect(f is not None and "mistyped" not in text, "a DNS failure that does not blame the name")


@scenario
def offline(ctx):
    """No network besides loopback and no answer to a name: the computer is offline."""
    ctx.replace_file("/etc/resolv.conf", "nameserver 192.0.2.53\noptions timeout:1 attempts:1\n")
    ctx.replace_file("/etc/hosts", "127.0.0.1 localhost\n")
    r = ctx.check("--host", "smtp.example.com", "--timeout", "5")
    show(r)
    ctx.expect(r.ids("network") == ["network.offline"], "network.offline")


@scenario
def loopback_only_network_passes(ctx):
    """A mail server reachable without internet (only loopback here): the network step passes."""
    ctx.standard_ports()
    ctx.replace_file("/etc/hosts", "127.0.0.1 localhost mail.test\n")
    r = ctx.check("--host", "mail.test", "--ca-file", ctx.certs["ca"], "--timeout", str(TIMEOUT))
    show(r)
    ctx.expect(r.status("network") == "pass", "network passes")
    ctx.expect(r.exit_code == 0, "exit code 0")


@scenario
def ipv6_broken(ctx):
    """The name has IPv4 and IPv6 addresses; IPv6 is dropped: named, and the check still works over IPv4."""
    ctx.standard_ports(host="127.0.0.1")
    ctx.standard_ports(host="::1")
    ctx.replace_file("/etc/hosts", "127.0.0.1 localhost\n127.0.0.1 mail.test\n::1 mail.test\n")
    ctx.ip6tables("-A INPUT -p tcp -j DROP")
    r = ctx.check("--host", "mail.test", "--ca-file", ctx.certs["ca"], "--timeout", str(TIMEOUT))
    show(r)
    ctx.expect("network.ipv6-broken" in r.ids("network"), "network.ipv6-broken")
    ctx.expect(r.status("server") == "pass" and r.recommendation().get("port") == 465, "the check works over IPv4")
    ctx.expect(r.elapsed < TIMEOUT, f"IPv6 was not waited for until the timeout ({r.elapsed:.2f} s)")


@scenario
def system_proxy(ctx):
    """A system proxy is configured: it is reported."""
    ctx.standard_ports()
    r = ctx.check("--host", "127.0.0.1", "--ca-file", ctx.certs["ca"], "--timeout", str(TIMEOUT),
                  env={"http_proxy": "http://192.0.2.8:1080"})
    show(r)
    f = r.finding("interference.proxy")
    ctx.expect(f is not None and "192.0.2.8:1080" in r.text_of(f), "interference.proxy naming the proxy")


@scenario
def transparent_proxy(ctx):
    """Every port of the server answers the same, even port 1: a transparent proxy is named."""
    ctx.smtp(10025)
    ctx.iptables("-t nat -A OUTPUT -p tcp -d 127.0.0.1 -j REDIRECT --to-ports 10025")
    r = ctx.check("--host", "127.0.0.1", "--timeout", str(TIMEOUT))
    show(r)
    f = r.finding("interference.proxy")
    ctx.expect(f is not None and "transparent" in r.text_of(f), "interference.proxy: transparent")


@scenario
def clock_ahead(ctx):
    """This computer's clock is years ahead: certificates make sense only with a wrong clock."""
    faketime = shutil.which("faketime")
    if not faketime:
        ctx.fail("faketime is missing (packaging/debian-packages.txt, [test])")
        return
    ctx.standard_ports()
    r = ctx.check("--host", "127.0.0.1", "--port", "465", "--ca-file", ctx.certs["ca"], "--timeout", str(TIMEOUT),
                  wrapper=(faketime, "-f", "+1100d"), env={"FAKETIME_DONT_FAKE_MONOTONIC": "1"})
    show(r)
    ctx.expect("interference.clock-skew" in r.ids("interference"), "interference.clock-skew")


@scenario
def clock_behind(ctx):
    """This computer's clock is behind: the certificate is not valid yet by its date."""
    faketime = shutil.which("faketime")
    if not faketime:
        ctx.fail("faketime is missing (packaging/debian-packages.txt, [test])")
        return
    ctx.standard_ports()
    r = ctx.check("--host", "127.0.0.1", "--port", "465", "--ca-file", ctx.certs["ca"], "--timeout", str(TIMEOUT),
                  wrapper=(faketime, "-f", "-20d"), env={"FAKETIME_DONT_FAKE_MONOTONIC": "1"})
    show(r)
    ctx.expect("tls.certificate-not-yet-valid" in r.ids("tls"), "tls.certificate-not-yet-valid")
    ctx.expect("interference.clock-skew" in r.ids("interference"), "interference.clock-skew")


@scenario
def ca_file_adds_to_system_store(ctx):
    """--ca-file adds a company CA to the system's trusted ones: a server whose certificate comes from
    the system store stays trusted (the system store of this namespace holds only the test CA)."""
    store = os.path.join(ctx.tmp, "system-certs")
    os.makedirs(store)
    shutil.copy(ctx.certs["ca"], os.path.join(store, "smtpdoctor-test-ca.pem"))
    with open(os.path.join(store, "ca-certificates.crt"), "w") as bundle:
        bundle.write(open(ctx.certs["ca"]).read())
    subprocess.run(["openssl", "rehash", store], check=True, capture_output=True)
    ctx.sh("mount", "--bind", store, "/etc/ssl/certs")
    ctx.smtp(465, implicit_tls=True)
    for extra in ([], ["--ca-file", ctx.certs["av_ca"]]):
        r = ctx.check("--host", "127.0.0.1", "--port", "465", "--security", "tls", "--timeout", str(TIMEOUT), *extra)
        show(r)
        label = "with an unrelated --ca-file" if extra else "system store only"
        ctx.expect(r.status("tls") == "pass", f"certificate trusted ({label}): {r.ids('tls')}")
    # Back to the machine's real store, which does not know the test CA: only the right --ca-file helps.
    ctx.sh("umount", "/etc/ssl/certs")
    for ca, trusted in ((ctx.certs["av_ca"], False), (ctx.certs["ca"], True)):
        r = ctx.check("--host", "127.0.0.1", "--port", "465", "--security", "tls", "--timeout", str(TIMEOUT), "--ca-file", ca)
        show(r)
        if trusted:
            ctx.expect(r.status("tls") == "pass", "the test CA as --ca-file: trusted")
        else:
            # The server sends its CA along, so Qt names it "self-signed certificate in the chain".
            ctx.expect(r.status("tls") == "fail" and set(r.ids("tls")) & {"tls.certificate-untrusted", "tls.certificate-self-signed"},
                       f"an unrelated --ca-file: not trusted ({r.ids('tls')})")
