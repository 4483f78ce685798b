#!/bin/sh
# Runs a command inside private network and mount namespaces that hold a small test Internet:
#   - dnsmasq on 127.0.0.1:53 serving the made-up *.sdtest zone below (A, SRV and MX records) and
#     corp.test (RFC 6761 test names are looked up like any other name), with
#     /etc/resolv.conf and /etc/hosts bind-mounted so that every resolver in the namespace uses it
#     (QDnsLookup has no way to name a port in Qt 6.4, so the server must sit on port 53);
#   - an HTTPS server on 127.0.0.1:443 (autoconfig_server.py) whose certificate for the test names is
#     issued by a throwaway CA, so that autoconfig URLs are fetched exactly as in real life.
# Nothing leaves the namespace. The command gets SMTPDOCTOR_TEST_DNS_DIR: ca.pem, www/ (the files the
# HTTPS server serves, by host name) and requests.log. Needs root, dnsmasq (dnsmasq-base), openssl.
#
#   with-test-dns.sh COMMAND [ARGS...]
set -eu

here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" -ne 0 ]; then
    echo "with-test-dns: must run as root (network namespaces)" >&2
    exit 1
fi
for cmd in unshare ip mount openssl python3; do
    command -v "$cmd" >/dev/null || { echo "with-test-dns: missing command $cmd" >&2; exit 1; }
done
DNSMASQ=$(command -v dnsmasq || echo /usr/sbin/dnsmasq)
[ -x "$DNSMASQ" ] || { echo "with-test-dns: dnsmasq missing (apt-get install dnsmasq-base)" >&2; exit 1; }

dir=$(mktemp -d "${TMPDIR:-/tmp}/smtpdoctor-dns.XXXXXX")
trap 'rm -rf "$dir"' EXIT INT TERM
chmod 755 "$dir"

# The test CA and one server certificate for every HTTPS name of the zone.
names="autoconfig.ac.sdtest wk.sdtest autoconfig.wk.sdtest autoconfig.big.sdtest autoconfig.slow.sdtest slow.sdtest autoconfig.redir.sdtest"
san=""
for n in $names; do san="${san:+$san,}DNS:$n"; done
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=SMTP Doctor autodetect test CA" \
    -keyout "$dir/ca.key" -out "$dir/ca.pem" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=autoconfig test server" \
    -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' "$san" > "$dir/server.ext"
openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial \
    -days 2 -extfile "$dir/server.ext" -out "$dir/server.pem" 2>/dev/null
mkdir -p "$dir/www"
touch "$dir/requests.log"

cat > "$dir/dnsmasq.conf" <<EOF
port=53
listen-address=127.0.0.1
bind-interfaces
no-resolv
no-hosts
no-poll
log-facility=$dir/dnsmasq.log
log-queries
# Every name under these domains is 127.0.0.1 (autoconfig hosts, SMTP hosts).
address=/ac.sdtest/127.0.0.1
address=/wk.sdtest/127.0.0.1
address=/big.sdtest/127.0.0.1
address=/slow.sdtest/127.0.0.1
address=/redir.sdtest/127.0.0.1
address=/srv.sdtest/127.0.0.1
address=/sub.sdtest/127.0.0.1
# RFC 6186 / 8314: implicit TLS and STARTTLS submission.
srv-host=_submissions._tcp.srv.sdtest,smtp.srv.sdtest,465,0,1
srv-host=_submission._tcp.srv.sdtest,smtp.srv.sdtest,587,0,1
# Only STARTTLS submission.
srv-host=_submission._tcp.sub.sdtest,mail.sub.sdtest,587,0,1
# A test network's own domain under the reserved .test TLD.
address=/corp.test/127.0.0.1
srv-host=_submission._tcp.corp.test,smtp.corp.test,587,0,1
# "No such service here": a target of ".".
srv-host=_submissions._tcp.none.sdtest
srv-host=_submission._tcp.none.sdtest
# Only MX: a plain hint, a Google Workspace domain, an Xserver customer.
mx-host=mxonly.sdtest,mx1.mxonly.sdtest,10
mx-host=workspace.sdtest,aspmx.l.google.com,1
mx-host=xs.sdtest,sv1234.xserver.jp,10
EOF

printf 'nameserver 127.0.0.1\noptions timeout:2 attempts:1\n' > "$dir/resolv.conf"
printf '127.0.0.1 localhost\n::1 localhost\n' > "$dir/hosts"

export SMTPDOCTOR_TEST_DNS_DIR="$dir"
rc=0
unshare --net --mount --propagation private -- sh -c '
    set -eu
    dir=$SMTPDOCTOR_TEST_DNS_DIR
    ip link set lo up
    mount --bind "$dir/resolv.conf" /etc/resolv.conf
    mount --bind "$dir/hosts" /etc/hosts
    "$0" --keep-in-foreground --conf-file="$dir/dnsmasq.conf" &
    dns=$!
    python3 "$1" "$dir" 443 &
    server=$!
    i=0
    while [ ! -e "$dir/server.ready" ]; do
        i=$((i + 1))
        if [ $i -gt 100 ] || ! kill -0 $server 2>/dev/null; then
            echo "with-test-dns: the HTTPS server did not start" >&2
            kill $dns 2>/dev/null || true
            exit 1
        fi
        sleep 0.1
    done
    shift
    rc=0
    "$@" || rc=$?
    kill $server $dns 2>/dev/null || true
    wait $server $dns 2>/dev/null || true
    exit $rc
' "$DNSMASQ" "$here/autoconfig_server.py" "$@" || rc=$?
exit $rc
