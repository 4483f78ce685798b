#!/usr/bin/env python3
"""A DNS relay for the domain-check tests (with-domain-dns.sh): forwards every query, over UDP and
TCP, to the real DNS server and returns its answer after DELAY_MS milliseconds: a slow DNS server.
With DELAY_MS -1 it reads queries and never answers: a DNS server that is there but silent.

    slowdns.py LISTEN_ADDRESS UPSTREAM_ADDRESS DELAY_MS READY_FILE

Standard library only; runs until killed. Each answer waits in its own thread, so a slow answer
does not hold up the next query.
"""
import socket
import struct
import sys
import threading
import time

listen, upstream, delay_ms, ready = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
delay = delay_ms / 1000.0


def ask_udp(query):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
        u.settimeout(5)
        u.sendto(query, (upstream, 53))
        return u.recvfrom(65535)[0]


def ask_tcp(query):
    with socket.create_connection((upstream, 53), timeout=5) as t:
        t.sendall(struct.pack("!H", len(query)) + query)
        size = struct.unpack("!H", read_exact(t, 2))[0]
        return read_exact(t, size)


def read_exact(conn, n):
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            raise OSError("closed")
        data += chunk
    return data


def answer_udp(sock, query, client):
    time.sleep(delay)
    try:
        sock.sendto(ask_udp(query), client)
    except OSError:
        pass


def serve_tcp_client(conn):
    with conn:
        try:
            while True:
                size = struct.unpack("!H", read_exact(conn, 2))[0]
                query = read_exact(conn, size)
                if delay < 0:
                    continue
                time.sleep(delay)
                answer = ask_tcp(query)
                conn.sendall(struct.pack("!H", len(answer)) + answer)
        except OSError:
            pass


def serve_tcp(server):
    while True:
        conn, _ = server.accept()
        threading.Thread(target=serve_tcp_client, args=(conn,), daemon=True).start()


udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp.bind((listen, 53))
tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
tcp.bind((listen, 53))
tcp.listen(16)
threading.Thread(target=serve_tcp, args=(tcp,), daemon=True).start()
open(ready, "w").close()
while True:
    query, client = udp.recvfrom(65535)
    if delay >= 0:
        threading.Thread(target=answer_udp, args=(udp, query, client), daemon=True).start()
