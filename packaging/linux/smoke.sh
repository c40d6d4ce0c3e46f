#!/usr/bin/env bash
# The installed app's first hour, as a practice meets it: run after the .deb
# is installed (.ci/run does). Starts /usr/bin/passwort-lotse under Xvfb with
# an empty data folder until its window is on screen, checks that a first
# start prints nothing to the terminal, that --help follows the system
# language, and that a certificate can be written into the current folder.
# Needs: xvfb xdotool.
set -euo pipefail
app=$(readlink -f "${1:-/usr/bin/passwort-lotse}")
work=$(mktemp -d)
n=$((500 + RANDOM % 100))
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; kill "$xvfb" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
sleep 1

fail() { echo "smoke: $*" >&2; exit 1; }

# 1. The window appears, and a first start says nothing on the terminal.
DISPLAY=":$n" LANG=de_DE.UTF-8 "$app" --data-dir "$work/data" >"$work/out" 2>&1 & pid=$!
shown=""
for _ in $(seq 1 600); do
  if DISPLAY=":$n" xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; then shown=yes; break; fi
  kill -0 "$pid" 2>/dev/null || fail "the app ended before its window appeared: $(cat "$work/out")"
  sleep 0.1
done
[ -n "$shown" ] || fail "no window after 60 s"
window=$(DISPLAY=":$n" xdotool search --onlyvisible --pid "$pid" | awk 'NR == 1')
title=$(DISPLAY=":$n" xdotool getwindowname "$window")
echo "smoke: window \"$title\" is on screen"
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
[ ! -s "$work/out" ] || fail "a first start printed to the terminal: $(cat "$work/out")"

# 2. --help in the system's language.
LANG=de_DE.UTF-8 "$app" --help >"$work/help-de"
grep -q "^Aufruf:" "$work/help-de" || fail "--help is not German under LANG=de_DE.UTF-8"
LANG=en_GB.UTF-8 "$app" --help >"$work/help-en"
grep -q "^Usage:" "$work/help-en" || fail "--help is not English under LANG=en_GB.UTF-8"

# 3. A certificate into the current folder, by a relative name.
(cd "$work" && LANG=de_DE.UTF-8 "$app" --data-dir "$work/data" certificate --out x.pdf >/dev/null) \
  || fail "certificate --out x.pdf did not exit 0"
[ -s "$work/x.pdf" ] || fail "certificate --out x.pdf wrote no file"
"$app" --data-dir "$work/data" verify "$work/x.pdf" >/dev/null || fail "the new certificate does not verify"
echo "smoke: window, silent first start, --help in German and English, certificate by relative path: ok"
