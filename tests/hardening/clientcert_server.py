#!/usr/bin/env python3
"""An SMTP server that demands a client certificate, ending the handshake the way OpenSSL servers
(Postfix, Exim, Dovecot) do: with a TLS alert ("certificate required" in TLS 1.3, "handshake failure"
in TLS 1.2). Listens on 127.0.0.1, on a port the system picks, and prints it as its first line.

    clientcert_server.py CERT KEY CA implicit|starttls 1.2|1.3

Serves until its standard input closes. Every wait on a client is bounded (20 s)."""
import socket
import ssl
import sys
import threading

cert, key, ca, mode, version = sys.argv[1:6]
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(cert, key)
context.load_verify_locations(ca)
context.verify_mode = ssl.CERT_REQUIRED
context.minimum_version = context.maximum_version = (
    ssl.TLSVersion.TLSv1_2 if version == "1.2" else ssl.TLSVersion.TLSv1_3)


def read_line(sock):
    line = b""
    while not line.endswith(b"\n") and len(line) < 1000:
        byte = sock.recv(1)
        if not byte:
            break
        line += byte
    return line


def converse_in_clear(sock):
    """Greeting, EHLO and STARTTLS in plain text; True once STARTTLS was answered 220."""
    sock.sendall(b"220 cc.example ESMTP\r\n")
    while True:
        command = read_line(sock).strip().upper()
        if not command or command == b"QUIT":
            return False
        if command.startswith((b"EHLO", b"HELO")):
            sock.sendall(b"250-cc.example\r\n250-STARTTLS\r\n250 AUTH PLAIN\r\n")
        elif command == b"STARTTLS":
            sock.sendall(b"220 2.0.0 go ahead\r\n")
            return True
        else:
            sock.sendall(b"500 5.5.1 what\r\n")


def serve(sock):
    sock.settimeout(20)
    try:
        if mode == "starttls" and not converse_in_clear(sock):
            return
        tls = context.wrap_socket(sock, server_side=True)
        # Only a client that showed a certificate gets here, and this one never has one.
        tls.sendall(b"220 cc.example ESMTP\r\n" if mode == "implicit" else b"")
        read_line(tls)
        tls.sendall(b"250 cc.example\r\n")
        tls.close()
    except (ssl.SSLError, OSError):
        pass
    finally:
        sock.close()


listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(16)
print(listener.getsockname()[1], flush=True)


def accept():
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=serve, args=(conn,), daemon=True).start()


threading.Thread(target=accept, daemon=True).start()
sys.stdin.read()
