#!/usr/bin/env bash
# The Debian package, tested for real on this machine (root, as in CI):
#   1. builds SMTP Doctor and its .deb (cpack -G DEB) in a build directory of its own;
#   2. checks the package: control fields, files, .desktop, AppStream metainfo, man page, icons;
#   3. installs it with apt, runs the installed smtpdoctor (--version, Japanese help, a real
#      `check` with a test message against a private Postfix of tests/fixtures/mta) and opens the
#      installed wizard under Xvfb with a Japanese and an English locale, reading its window title;
#   4. purges the package and anything apt installed with it, and stops the Postfix.
# The machine is left as it was found (a previously installed smtpdoctor is replaced, then purged).
#
#   test-deb.sh SOURCE_DIR WORK_DIR        exit 0 pass, 1 fail, 77 skipped (not root)
set -euo pipefail

[[ $# -eq 2 ]] || { echo "usage: $0 SOURCE_DIR WORK_DIR" >&2; exit 2; }
src=$(cd "$1" && pwd)
mkdir -p "$2"
work=$(cd "$2" && pwd -P)

log() { echo "test-deb: $*"; }
fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }

if [[ $(id -u) -ne 0 ]]; then
    log "SKIP: installing a package needs root (CI runs as root)"
    exit 77
fi
for cmd in cmake cpack dpkg-deb dpkg-shlibdeps apt-get xvfb-run xdotool xprop desktop-file-validate \
           appstreamcli man file readelf python3; do
    command -v "$cmd" >/dev/null || fail "missing command $cmd (packaging/install-debian-deps.sh test installs it)"
done

# ---- cleanup: whatever happens, leave nothing installed or running ----------------------------
mta_state="$work/mta"
installed_by_us=0
cleanup() {
    local rc=$?
    set +e
    if [[ $installed_by_us -eq 1 ]] && dpkg-query -W -f='${Status}' smtpdoctor 2>/dev/null | grep -q installed; then
        log "cleanup: purging smtpdoctor"
        DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq smtpdoctor >/dev/null 2>&1
    fi
    if [[ -f $work/packages.before ]]; then
        local extra
        extra=$(comm -13 "$work/packages.before" <(installed_packages))
        if [[ -n $extra ]]; then
            log "cleanup: purging packages apt installed with smtpdoctor: ${extra//$'\n'/ }"
            # shellcheck disable=SC2086
            DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq $extra >/dev/null 2>&1
        fi
    fi
    bash "$src/tests/fixtures/mta/stop-mta.sh" "$mta_state" >/dev/null 2>&1
    exit "$rc"
}
installed_packages() { dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' | awk '$1 ~ /^.i/ {print $2}' | sort; }
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# ---- 1. build the package ------------------------------------------------------------------------
# The build directory is kept between runs (incremental); the package output is not.
build="$work/build"
out="$work/deb"
rm -rf "$out" "$work/root" "$work"/*.log
mkdir -p "$out"
chmod 0755 "$work" "$out"   # apt reads the local .deb as user _apt
log "building in $build"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DSMTPDOCTOR_BUILD_TESTS=OFF > "$work/configure.log" 2>&1 || { cat "$work/configure.log"; fail "cmake configure"; }
cmake --build "$build" > "$work/build.log" 2>&1 || { tail -n 80 "$work/build.log"; fail "build"; }
(cd "$build" && cpack -G DEB -B "$out") > "$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack -G DEB"; }

version=$(sed -n 's/^project(SmtpDoctor VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
arch=$(dpkg --print-architecture)
deb_name="smtpdoctor_${version}_${arch}.deb"
[[ -f $out/$deb_name ]] || { ls -l "$out"; fail "expected $out/$deb_name"; }
deb="$out/$deb_name"
log "built $deb_name ($(du -k "$deb" | cut -f1) KiB)"

# ---- 2. what is in it -------------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == smtpdoctor ]] || fail "Package: $(field Package)"
[[ $(field Version) == "$version" ]] || fail "Version: $(field Version), expected $version"
depends=$(field Depends)
log "Depends: $depends"
log "Recommends: $(field Recommends)"
for dep in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 qt6-qpa-plugins; do
    [[ ", $depends," == *", $dep "* || ", $depends," == *", $dep,"* ]] || fail "Depends lacks $dep"
done
for rec in qt6-translations-l10n fonts-noto-cjk; do
    [[ $(field Recommends) == *"$rec"* ]] || fail "Recommends lacks $rec"
done

dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' > "$work/files.txt"
expect_file() { grep -qx -- "$1" "$work/files.txt" || fail "the package lacks $1"; }
expect_file /usr/bin/smtpdoctor
expect_file /usr/share/applications/smtpdoctor.desktop
expect_file /usr/share/metainfo/org.smtpdoctor.smtpdoctor.metainfo.xml
expect_file /usr/share/man/man1/smtpdoctor.1.gz
expect_file /usr/share/doc/smtpdoctor/copyright # the licence (LICENSE)
expect_file /usr/share/icons/hicolor/scalable/apps/smtpdoctor.svg
for size in 16 24 32 48 64 128 256; do
    expect_file "/usr/share/icons/hicolor/${size}x${size}/apps/smtpdoctor.png"
done
expect_file /etc/smtpdoctor/
if [[ -f $src/packaging/preset.example.ini ]]; then
    expect_file /etc/smtpdoctor/preset.ini.example
    dpkg-deb -I "$deb" conffiles | grep -qx /etc/smtpdoctor/preset.ini.example \
        || fail "/etc/smtpdoctor/preset.ini.example is not a conffile"
fi
# Translations are compiled into the binary (Qt resources under :/i18n): no .qm files to ship.
if grep -q '\.qm$' "$work/files.txt"; then fail "the package ships .qm files: $(grep '\.qm$' "$work/files.txt")"; fi

dpkg-deb -x "$deb" "$work/root"
root="$work/root"
desktop-file-validate "$root/usr/share/applications/smtpdoctor.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.smtpdoctor.smtpdoctor.metainfo.xml" \
    || fail "appstreamcli validate"
man_text=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/smtpdoctor.1.gz" 2> "$work/man.err")
[[ ! -s $work/man.err ]] || { cat "$work/man.err"; fail "man reports problems in smtpdoctor.1"; }
for word in SMTPDOCTOR NAME SYNOPSIS "--password-stdin" "EXIT STATUS" /etc/smtpdoctor/preset.ini; do
    [[ $man_text == *"$word"* ]] || fail "the rendered man page lacks \"$word\""
done
[[ $(gzip -lv "$root/usr/share/man/man1/smtpdoctor.1.gz" | awk 'NR==2 {print $1}') == defla ]] \
    || fail "man page is not gzip-compressed"
for size in 16 24 32 48 64 128 256; do
    file -b "$root/usr/share/icons/hicolor/${size}x${size}/apps/smtpdoctor.png" \
        | grep -q "PNG image data, $size x $size," || fail "icon ${size}x${size} has the wrong size"
done
file -b "$root/usr/share/icons/hicolor/scalable/apps/smtpdoctor.svg" | grep -q SVG || fail "scalable icon is not SVG"
if readelf -d "$root/usr/bin/smtpdoctor" | grep -Eq 'RPATH|RUNPATH'; then fail "smtpdoctor has a run path"; fi
if readelf -S "$root/usr/bin/smtpdoctor" | grep -q '\.debug_info'; then fail "smtpdoctor is not stripped"; fi
log "package contents, .desktop, metainfo, man page and icons: OK"

# ---- 3. install it with apt --------------------------------------------------------------------------
installed_packages > "$work/packages.before"
previous=$(dpkg-query -W -f='${Status} ${Version}' smtpdoctor 2>/dev/null || true)
if [[ $previous == *" installed "* ]]; then
    log "smtpdoctor ${previous##* } is installed: it is replaced now and purged at the end"
fi
installed_by_us=1
# Recommends are not pulled in: the test must not add packages to the machine (they are on the
# project's [run] list anyway).
(cd "$out" && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o DPkg::Lock::Timeout=300 "./$deb_name") > "$work/apt-install.log" 2>&1 \
    || { cat "$work/apt-install.log"; fail "apt-get install ./$deb_name"; }
dpkg-query -W -f='${Status} ${Version}\n' smtpdoctor | grep -qx "install ok installed $version" \
    || fail "dpkg does not list smtpdoctor $version as installed"
[[ $(command -v smtpdoctor) == /usr/bin/smtpdoctor ]] || fail "smtpdoctor is not /usr/bin/smtpdoctor on PATH"
log "installed: $(dpkg-query -W -f='${Package} ${Version}' smtpdoctor)"

got=$(/usr/bin/smtpdoctor --version)
[[ $got == "smtpdoctor $version" ]] || fail "smtpdoctor --version printed '$got'"
log "smtpdoctor --version: $got"

# Hiragana, katakana or kanji anywhere in standard input.
has_japanese() {
    python3 -c 'import re, sys; t = sys.stdin.buffer.read().decode("utf-8", "replace")
sys.exit(0 if re.search("[\u3040-\u30ff\u4e00-\u9fff]", t) else 1)'
}
help_ja=$(/usr/bin/smtpdoctor --lang ja check --help 2>&1 || true)
has_japanese <<< "$help_ja" || { echo "$help_ja"; fail "'smtpdoctor --lang ja check --help' is not in Japanese"; }
log "Japanese help from the installed binary: $(grep -m1 -- '--password-stdin' <<< "$help_ja" | sed 's/^ *//')"

# A real check against a private Postfix + Dovecot: STARTTLS on the submission port, the fixture's
# CA, AUTH with the fixture's user and UTF-8 password from standard input, and a test message
# (Postfix discards it).
bash "$src/tests/fixtures/mta/start-mta.sh" "$mta_state" > "$work/mta-start.log" 2>&1 \
    || { cat "$work/mta-start.log"; fail "start-mta.sh"; }
# shellcheck disable=SC1091
. "$mta_state/env"
set +e
/usr/bin/smtpdoctor check --host "$MTA_HOST" --port "$MTA_SUBMISSION_PORT" --security starttls \
    --user "$MTA_USER" --password-stdin --ca-file "$MTA_CA_FILE" --email "$MTA_USER" \
    --send-to bob@example.org --format json --lang en --timeout 20 \
    < "$MTA_PASSWORD_FILE" > "$work/check.json" 2> "$work/check.err"
check_rc=$?
set -e
if grep -qF -- "$(cat "$MTA_PASSWORD_FILE")" "$work/check.json" "$work/check.err"; then
    fail "the password appears in the check's output"
fi
[[ $check_rc -eq 0 ]] || { cat "$work/check.json" "$work/check.err"; fail "smtpdoctor check exited $check_rc"; }
python3 - "$work/check.json" <<'PY' || { cat "$work/check.json"; fail "the check report is not as expected"; }
import json, sys
report = json.load(open(sys.argv[1]))
status = {s["id"]: s["status"] for s in report["steps"]}
print("test-deb: check steps:", ", ".join(f"{k}={v}" for k, v in status.items()))
assert [s["id"] for s in report["steps"]] == ["network", "server", "tls", "auth", "interference", "send"], status
assert status["tls"] == "pass" and status["auth"] == "pass" and status["send"] == "pass", status
assert all(v in ("pass", "warn", "skip") for v in status.values()), status
PY
grep -q "postfix/submission/smtpd.*sasl_method=.*sasl_username=$MTA_USER" "$MTA_LOG" \
    || fail "Postfix did not log the sign-in"
grep -q "to=<bob@example.org>.*status=sent" "$MTA_LOG" || fail "Postfix did not accept the test message"
log "installed smtpdoctor signed in to the test Postfix and sent a test message: OK"

# The installed wizard on a virtual X display: wait (bounded) for its window, read its title and
# WM_CLASS, close it. Once with a Japanese and once with an English system locale.
cat > "$work/wizard.sh" <<'SH'
set -u
out=$1
/usr/bin/smtpdoctor > "$out.log" 2>&1 &
pid=$!
wid=
for _ in $(seq 1 150); do   # at most ~30 s
    wid=$(xdotool search --onlyvisible --name 'SMTP Doctor' 2>/dev/null | head -n1)
    [[ -n $wid ]] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
done
if [[ -n $wid ]]; then
    xdotool getwindowname "$wid" > "$out.title"
    xprop -id "$wid" WM_CLASS > "$out.class"
fi
kill "$pid" 2>/dev/null
for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
[[ -n $wid ]]
SH
window_title() {   # window_title LANG: prints the wizard's title under that system locale
    local out="$work/wizard-${1%%_*}"
    rm -f "$out.title" "$out.class"
    env -u LC_ALL -u LC_MESSAGES -u LANGUAGE -u QT_QPA_PLATFORM LANG="$1" \
        xvfb-run -a -s "-screen 0 1280x900x24" bash "$work/wizard.sh" "$out" \
        || { cat "$out.log" >&2; fail "no window titled 'SMTP Doctor' appeared within 30 s (LANG=$1)"; }
    grep -q '"smtpdoctor"' "$out.class" \
        || fail "WM_CLASS is not smtpdoctor (the .desktop file's StartupWMClass): $(cat "$out.class")"
    cat "$out.title"
}
# The system locale alone (no --lang) switches the installed program to Japanese, as for the wizard.
help_locale=$(env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=ja_JP.UTF-8 /usr/bin/smtpdoctor check --help 2>&1 || true)
has_japanese <<< "$help_locale" || { echo "$help_locale"; fail "LANG=ja_JP.UTF-8 does not make smtpdoctor Japanese"; }
title_ja=$(window_title ja_JP.UTF-8)
title_en=$(window_title en_US.UTF-8)
log "wizard window title: LANG=ja_JP.UTF-8 '$title_ja', LANG=en_US.UTF-8 '$title_en'"
[[ $title_ja == *"SMTP Doctor"* && $title_en == *"SMTP Doctor"* ]] || fail "the window title lacks 'SMTP Doctor'"
# A title that is only the product name reads the same in both languages; any other wording must be
# translated.
if [[ $title_ja != "$title_en" ]] && ! has_japanese <<< "$title_ja"; then
    fail "the Japanese window title '$title_ja' differs from the English one but has no Japanese"
fi
if has_japanese <<< "$title_ja"; then log "the window title is in Japanese"; else log "the window title is the product name only (no Japanese in it)"; fi

# ---- 4. remove it ------------------------------------------------------------------------------------
DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -q -o DPkg::Lock::Timeout=300 smtpdoctor \
    > "$work/apt-remove.log" 2>&1 || { cat "$work/apt-remove.log"; fail "apt-get remove --purge smtpdoctor"; }
installed_by_us=0
[[ ! -e /usr/bin/smtpdoctor ]] || fail "/usr/bin/smtpdoctor is still there after the purge"
[[ ! -e /usr/share/applications/smtpdoctor.desktop ]] || fail "the .desktop file is still there"
if dpkg-query -W -f='${Status}' smtpdoctor 2>/dev/null | grep -qv 'not-installed'; then
    fail "dpkg still knows smtpdoctor: $(dpkg-query -W -f='${Status}' smtpdoctor)"
fi
[[ ! -e /etc/smtpdoctor/preset.ini.example ]] || fail "/etc/smtpdoctor/preset.ini.example survived the purge"
log "purged: /usr/bin/smtpdoctor is gone"

bash "$src/tests/fixtures/mta/stop-mta.sh" "$mta_state" > /dev/null || fail "stop-mta.sh"
log "PASS"
