"""Small real servers for the network-namespace scenarios: an SMTP server (plain with STARTTLS, or TLS
from the start), POP3/IMAP servers that greet, an HTTP server that waits to be spoken to, a masking
proxy that rewrites SMTP in clear like a firewall's "ESMTP inspection", and a TLS proxy that re-signs
the connection with its own authority like an antivirus "mail shield". Threads, standard library only.
"""
import http.server
import socket
import socketserver
import ssl
import threading

SERVER_NAME = "mail.test"


def listen(host, port):
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    s = socket.socket(family, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if family == socket.AF_INET6:
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
    s.bind((host, port))
    s.listen(16)
    return s


def serve(sock, handler):
    """Accepts connections on `sock` forever (daemon thread), one thread a connection."""
    def loop():
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            threading.Thread(target=_guarded, args=(handler, conn), daemon=True).start()
    threading.Thread(target=loop, daemon=True).start()


def _guarded(handler, conn):
    try:
        handler(conn)
    except (OSError, ssl.SSLError, ValueError):
        pass
    finally:
        try:
            conn.close()
        except OSError:
            pass


def server_context(cert, key):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    return ctx


class Lines:
    """Line reader over a socket (or TLS socket) that can be swapped after STARTTLS."""

    def __init__(self, conn):
        self.conn = conn
        self.buf = b""

    def readline(self):
        while b"\n" not in self.buf:
            data = self.conn.recv(4096)
            if not data:
                return None
            self.buf += data
        line, self.buf = self.buf.split(b"\n", 1)
        return line.rstrip(b"\r").decode("utf-8", "replace")

    def send(self, text):
        self.conn.sendall(text.encode() + b"\r\n")


def smtp_handler(tls_context, implicit_tls=False, starttls=True, banner=None, greet_delay=0.0):
    """A small but real SMTP submission server: EHLO/HELO, STARTTLS, AUTH PLAIN/LOGIN (any password),
    MAIL/RCPT/DATA, RSET, NOOP, QUIT. AUTH is offered only over TLS, as Postfix does by default."""
    def handle(conn):
        if implicit_tls:
            conn = tls_context.wrap_socket(conn, server_side=True)
        io = Lines(conn)
        encrypted = implicit_tls
        if greet_delay:
            threading.Event().wait(greet_delay)
        io.send(banner or f"220 {SERVER_NAME} ESMTP SMTPDoctorTest")
        while True:
            line = io.readline()
            if line is None:
                return
            verb = line.split(" ", 1)[0].upper()
            if verb == "EHLO":
                caps = [SERVER_NAME, "PIPELINING", "SIZE 10240000", "ENHANCEDSTATUSCODES", "8BITMIME"]
                if starttls and not encrypted:
                    caps.append("STARTTLS")
                if encrypted:
                    caps.append("AUTH PLAIN LOGIN")
                for c in caps[:-1]:
                    io.send("250-" + c)
                io.send("250 " + caps[-1])
            elif verb == "HELO":
                io.send(f"250 {SERVER_NAME}")
            elif verb == "STARTTLS" and starttls and not encrypted:
                io.send("220 2.0.0 Ready to start TLS")
                conn = tls_context.wrap_socket(conn, server_side=True)
                io = Lines(conn)
                encrypted = True
            elif verb == "AUTH" and encrypted:
                parts = line.split(" ")
                if parts[1].upper() == "LOGIN":
                    io.send("334 VXNlcm5hbWU6")
                    io.readline()
                    io.send("334 UGFzc3dvcmQ6")
                    io.readline()
                elif len(parts) < 3:
                    io.send("334 ")
                    io.readline()
                io.send("235 2.7.0 Authentication successful")
            elif verb in ("MAIL", "RCPT", "RSET", "NOOP"):
                io.send("250 2.0.0 OK")
            elif verb == "DATA":
                io.send("354 End data with <CR><LF>.<CR><LF>")
                while True:
                    l = io.readline()
                    if l is None or l == ".":
                        break
                io.send("250 2.0.0 Queued")
            elif verb == "QUIT":
                io.send("221 2.0.0 Bye")
                return
            else:
                io.send("500 5.5.2 Error: command not recognized")
    return handle


def greeter(lines):
    """A server of another protocol that speaks first (POP3 "+OK", IMAP "* OK") and then waits."""
    def handle(conn):
        for l in lines:
            conn.sendall(l.encode() + b"\r\n")
        Lines(conn).readline()
    return handle


def start_http(host, port):
    """Python's own HTTP server: it says nothing until it is spoken to."""
    class Quiet(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

    class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
        daemon_threads = True
        allow_reuse_address = True

    httpd = Server((host, port), Quiet)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def _pipe(src, dst):
    try:
        while True:
            data = src.recv(65536)
            if not data:
                break
            dst.sendall(data)
    except (OSError, ssl.SSLError):
        pass
    finally:
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def masking_proxy(upstream_port, mode):
    """A firewall's SMTP inspection in front of a plain server. mode "mask": the banner becomes
    asterisks and STARTTLS/AUTH become X's (Cisco "inspect esmtp"); mode "mailguard": EHLO is answered
    500 by the device itself (an old "mail guard" that allows only RFC 821 commands)."""
    def handle(client):
        up = socket.create_connection(("127.0.0.1", upstream_port))
        server = Lines(up)
        cl = Lines(client)
        greeting = server.readline()
        if mode == "mask":
            code, text = greeting[:3], greeting[4:]
            greeting = code + " " + "".join("*" if c != " " else " " for c in text)
        cl.send(greeting)
        while True:
            line = cl.readline()
            if line is None:
                return
            verb = line.split(" ", 1)[0].upper()
            if mode == "mailguard" and verb == "EHLO":
                cl.send("500 5.5.1 Command unrecognized")
                continue
            server.send(line)
            while True:
                reply = server.readline()
                if reply is None:
                    return
                if mode == "mask" and len(reply) > 4:
                    keyword = reply[4:].split(" ", 1)[0].upper()
                    if keyword in ("STARTTLS", "AUTH"):
                        masked = "X" * (len(reply) - 5) + "A"
                        reply = reply[:4] + masked
                cl.send(reply)
                if len(reply) < 4 or reply[3] != "-":
                    break
            if verb == "QUIT":
                return
    return handle


def intercepting_tls_proxy(upstream_port, proxy_context):
    """An antivirus "mail shield": TLS towards the client with its own certificate, TLS towards the
    real server, everything in between readable by the proxy."""
    client_side = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    client_side.check_hostname = False
    client_side.verify_mode = ssl.CERT_NONE

    def handle(conn):
        inner = proxy_context.wrap_socket(conn, server_side=True)
        up = client_side.wrap_socket(socket.create_connection(("127.0.0.1", upstream_port)), server_hostname=SERVER_NAME)
        t = threading.Thread(target=_pipe, args=(up, inner), daemon=True)
        t.start()
        _pipe(inner, up)
        t.join(5)
    return handle


def dns_server(host, answers):
    """A tiny authoritative DNS server over UDP: A/AAAA records from `answers` {name: [addresses]},
    NXDOMAIN for every other name."""
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((host, 53))

    def loop():
        while True:
            try:
                data, peer = s.recvfrom(2048)
            except OSError:
                return
            try:
                s.sendto(_dns_reply(data, answers), peer)
            except (IndexError, ValueError, OSError):
                pass
    threading.Thread(target=loop, daemon=True).start()
    return s


def _dns_reply(query, answers):
    qid, qdcount = query[:2], int.from_bytes(query[4:6], "big")
    pos, labels = 12, []
    while query[pos]:
        n = query[pos]
        labels.append(query[pos + 1:pos + 1 + n].decode("ascii", "replace").lower())
        pos += n + 1
    qtype = int.from_bytes(query[pos + 1:pos + 3], "big")
    question = query[12:pos + 5]
    name = ".".join(labels)
    records = []
    for addr in answers.get(name, []):
        if qtype == 1 and ":" not in addr:
            records.append((1, socket.inet_pton(socket.AF_INET, addr)))
        elif qtype == 28 and ":" in addr:
            records.append((28, socket.inet_pton(socket.AF_INET6, addr)))
    rcode = 0 if name in answers else 3
    flags = (0x8400 | rcode).to_bytes(2, "big")  # response, authoritative
    out = qid + flags + qdcount.to_bytes(2, "big") + len(records).to_bytes(2, "big") + b"\0\0\0\0" + question
    for rtype, rdata in records:
        out += b"\xc0\x0c" + rtype.to_bytes(2, "big") + b"\x00\x01" + (60).to_bytes(4, "big") + len(rdata).to_bytes(2, "big") + rdata
    return out
