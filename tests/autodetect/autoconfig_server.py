#!/usr/bin/env python3
"""HTTPS server for the autodetection tests (started by with-test-dns.sh inside its namespace).

  autoconfig_server.py DIR PORT

Serves DIR/www/<Host>/<path> over TLS with DIR/server.pem and DIR/server.key (issued by the test CA
DIR/ca.pem) on 127.0.0.1:PORT, and appends one line per request ("<host> <path?query>") to
DIR/requests.log. Hosts that start with "slow." or "autoconfig.slow." never answer (the client's
deadline must end the wait); hosts under big.sdtest send an endless body (the client's size limit must
stop it). Writes DIR/server.ready once it listens.
"""
import http.server
import os
import ssl
import sys
import threading
import time

DIR = sys.argv[1]
PORT = int(sys.argv[2])
LOG_LOCK = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # quiet: the test reads requests.log instead
        pass

    def do_GET(self):
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        with LOG_LOCK, open(os.path.join(DIR, "requests.log"), "a", encoding="utf-8") as log:
            log.write(f"{host} {self.path}\n")
        if host.endswith("slow.sdtest"):
            time.sleep(60)
            return
        if host.endswith("big.sdtest"):
            self.send_response(200)
            self.send_header("Content-Type", "text/xml")
            self.end_headers()
            chunk = b"<!-- " + b"x" * 65536 + b" -->\n"
            try:
                for _ in range(64):  # 4 MiB, far past any sane limit
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
                pass
            return
        path = self.path.split("?", 1)[0]
        file = os.path.normpath(os.path.join(DIR, "www", host, path.lstrip("/")))
        if not file.startswith(os.path.join(DIR, "www")) or not os.path.isfile(file):
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        with open(file, "rb") as f:
            body = f.read()
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", PORT), Handler)
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(os.path.join(DIR, "server.pem"), os.path.join(DIR, "server.key"))
    server.socket = context.wrap_socket(server.socket, server_side=True)
    with open(os.path.join(DIR, "server.ready"), "w", encoding="utf-8") as ready:
        ready.write(str(os.getpid()))
    server.serve_forever()


if __name__ == "__main__":
    main()
