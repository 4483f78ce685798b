#!/bin/sh
# Runs a command inside private network and mount namespaces that hold a small test DNS, the way
# tests/autodetect/with-test-dns.sh does it (unshare, then /etc/resolv.conf and /etc/hosts
# bind-mounted for this namespace only, so that QDnsLookup asks our servers):
#   - Knot DNS on 127.0.0.1:53, authoritative for the zones in zones/ (standard zone files, the
#     same text a domain's DNS panel exports; each case of the domain check is one zone);
#   - a slow relay on 127.0.0.2:53 (slowdns.py: every answer 1.2 s late),
#   - nothing on 127.0.0.3:53 (a dead DNS server: the query is refused at once),
#   - a silent one on 127.0.0.4:53 (reads queries, never answers).
# The command gets SMTPDOCTOR_TEST_DNS_DIR with resolv.conf (the file mounted over
# /etc/resolv.conf: rewrite it in place to switch servers) and resolv-{knot,slow,dead,silent}.conf.
# QDnsLookup (Qt 6.4) cannot name a port, so every server sits on port 53. Nothing leaves the
# namespace. Needs root, knot (knotd, knotc), python3.
#
#   with-domain-dns.sh COMMAND [ARGS...]
set -eu

here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" -ne 0 ]; then
    echo "with-domain-dns: must run as root (network namespaces)" >&2
    exit 1
fi
KNOTD=$(command -v knotd || echo /usr/sbin/knotd)
KNOTC=$(command -v knotc || echo /usr/sbin/knotc)
for cmd in unshare ip mount python3 "$KNOTD" "$KNOTC"; do
    command -v "$cmd" >/dev/null || { echo "with-domain-dns: missing $cmd (apt-get install knot python3 iproute2)" >&2; exit 1; }
done

dir=$(mktemp -d "${TMPDIR:-/tmp}/smtpdoctor-domain-dns.XXXXXX")
trap 'rm -rf "$dir"' EXIT INT TERM
chmod 755 "$dir"
mkdir "$dir/zones" "$dir/db"
cp "$here"/zones/*.zone "$dir/zones/"

{
    printf 'server:\n    listen: 127.0.0.1@53\n    rundir: "%s"\n' "$dir"
    printf 'database:\n    storage: "%s/db"\n' "$dir"
    printf 'control:\n    listen: "%s/knot.sock"\n' "$dir"
    printf 'log:\n  - target: "%s/knot.log"\n    any: info\n' "$dir"
    printf 'template:\n  - id: default\n    storage: "%s/zones"\n    file: "%%s.zone"\n    semantic-checks: on\n' "$dir"
    printf 'zone:\n'
    for f in "$dir"/zones/*.zone; do
        printf '  - domain: "%s"\n' "$(basename "$f" .zone)"
    done
} > "$dir/knot.conf"

for kind in knot:127.0.0.1 slow:127.0.0.2 dead:127.0.0.3 silent:127.0.0.4; do
    printf 'nameserver %s\noptions timeout:3 attempts:1\n' "${kind#*:}" > "$dir/resolv-${kind%%:*}.conf"
done
cp "$dir/resolv-knot.conf" "$dir/resolv.conf"
printf '127.0.0.1 localhost\n::1 localhost\n' > "$dir/hosts"

export SMTPDOCTOR_TEST_DNS_DIR="$dir"
rc=0
unshare --net --mount --propagation private -- sh -c '
    set -eu
    dir=$SMTPDOCTOR_TEST_DNS_DIR
    knotd=$1 knotc=$2 relay=$3
    shift 3
    ip link set lo up
    mount --bind "$dir/resolv.conf" /etc/resolv.conf
    mount --bind "$dir/hosts" /etc/hosts
    "$knotd" -c "$dir/knot.conf" 2>>"$dir/knot.log" &
    knot=$!
    python3 "$relay" 127.0.0.2 127.0.0.1 1200 "$dir/slow.ready" &
    slow=$!
    python3 "$relay" 127.0.0.4 127.0.0.1 -1 "$dir/silent.ready" &
    silent=$!
    i=0
    until "$knotc" -c "$dir/knot.conf" status >/dev/null 2>&1 && [ -e "$dir/slow.ready" ] && [ -e "$dir/silent.ready" ]; do
        i=$((i + 1))
        if [ $i -gt 100 ]; then
            echo "with-domain-dns: the DNS servers did not start" >&2
            cat "$dir/knot.log" >&2 || true
            kill $knot $slow $silent 2>/dev/null || true
            exit 1
        fi
        sleep 0.1
    done
    # Every zone must have loaded: a zone with an error would turn a test case into REFUSED.
    if grep -q "error" "$dir/knot.log"; then
        echo "with-domain-dns: Knot reported errors:" >&2
        grep "error" "$dir/knot.log" >&2
        kill $knot $slow $silent 2>/dev/null || true
        exit 1
    fi
    rc=0
    "$@" || rc=$?
    kill $knot $slow $silent 2>/dev/null || true
    wait $knot $slow $silent 2>/dev/null || true
    exit $rc
' sh "$KNOTD" "$KNOTC" "$here/slowdns.py" "$@" || rc=$?
exit $rc
