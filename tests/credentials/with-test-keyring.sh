#!/bin/sh
# Runs a command with a private D-Bus session bus and a throwaway gnome-keyring (the Secret Service
# QtKeychain uses on Linux), unlocked with a test password. HOME and the XDG folders point into a
# temporary folder, so the real user's keyring is never touched; everything is removed afterwards.
# Works without systemd and without a display. Needs dbus-run-session (dbus) and gnome-keyring.
#
#   with-test-keyring.sh COMMAND [ARGS...]
set -eu
for cmd in dbus-run-session gnome-keyring-daemon; do
    command -v "$cmd" >/dev/null || { echo "with-test-keyring: missing command $cmd (packages dbus, gnome-keyring)" >&2; exit 1; }
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/smtpdoctor-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
export XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# No display: nothing may pop up on a real screen, and the keyring's prompts fail instead.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
export SMTPDOCTOR_TEST_KEYRING_HOME="$tmp"
rc=0
dbus-run-session -- sh -c '
    printf %s smtpdoctor-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || exit 1
    exec "$@"
' sh "$@" || rc=$?
exit $rc
