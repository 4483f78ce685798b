#!/usr/bin/env bash
# Installs what SMTP Doctor needs on Debian 12, from packaging/debian-packages.txt.
#   install-debian-deps.sh build   build and run the wizard
#   install-debian-deps.sh test    also everything the test suite needs (Postfix, Dovecot, keyring...)
#   install-debian-deps.sh hardening  also clang and libFuzzer for tests/run-hardening.sh
# Only missing packages are installed; run as root (or with sudo).
set -euo pipefail
want="${1:-build}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
list="$here/debian-packages.txt"

sections="build run"
[ "$want" = test ] && sections="build run test"
[ "$want" = hardening ] && sections="build run test hardening"

packages=()
current=""
while IFS= read -r line; do
    line="${line%%#*}"
    line="$(echo "$line" | xargs)"
    [ -z "$line" ] && continue
    if [[ "$line" =~ ^\[(.*)\]$ ]]; then current="${BASH_REMATCH[1]}"; continue; fi
    for s in $sections; do [ "$s" = "$current" ] && packages+=("$line"); done
done < "$list"

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-debian-deps: everything for '$want' is installed"
    exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "install-debian-deps: installing ${missing[*]}"
# Postfix asks how to configure itself: the tests run their own private instance, so "No configuration".
echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
