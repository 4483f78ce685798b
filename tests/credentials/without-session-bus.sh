#!/bin/sh
# Runs a command on a system with no keychain service at all: no D-Bus session bus (and no display to
# start one), as on a server or a minimal Linux. HOME points into a temporary folder so that a test
# can prove nothing was written there instead.
#
#   without-session-bus.sh COMMAND [ARGS...]
set -eu
tmp=$(mktemp -d "${TMPDIR:-/tmp}/smtpdoctor-nobus.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
# An empty runtime folder: libdbus also looks for $XDG_RUNTIME_DIR/bus.
export XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
export SMTPDOCTOR_TEST_KEYRING_HOME="$tmp"
rc=0
"$@" || rc=$?
exit $rc
