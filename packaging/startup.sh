#!/usr/bin/env bash
# Start-up time under Xvfb, side by side: the time from starting a program
# until its window is on screen, for Passwort-Lotse and for a bare eframe
# window (examples/bare_window.rs), taking turns, RUNS runs each (default 9),
# with the median. More binaries (e.g. an older build) can be added.
# usage: packaging/startup.sh [APP_BINARY] [BARE_BINARY] [MORE_BINARIES...]
# Needs: xvfb xdotool; build first: cargo build --release --bin passwort-lotse --example bare_window
set -u
cd "$(dirname "$0")/.."
app=${1:-target/release/passwort-lotse}
bare=${2:-target/release/examples/bare_window}
bins=("$app" "$bare" "${@:3}")
runs=${RUNS:-9}
n=$((400 + RANDOM % 100))
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1
# Milliseconds from start until the program has a visible window.
time_to_window() {
  local data; data=$(mktemp -d)
  local start; start=$(date +%s%N)
  DISPLAY=":$n" "$@" --data-dir "$data" >"$data.out" 2>&1 & local pid=$!
  local ms=""
  for _ in $(seq 1 600); do
    if DISPLAY=":$n" xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; then
      ms=$(( ($(date +%s%N) - start) / 1000000 )); break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      wait "$pid"; ms="ended($?)"; cp "$data.out" "/tmp/startup-ended-$pid.out"; break
    fi
    sleep 0.01
  done
  [ -z "$ms" ] && cp "$data.out" "/tmp/startup-timeout-$pid.out"
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$data" "$data.out"
  echo "${ms:-timeout}"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A times
for _ in $(seq 1 "$runs"); do
  for bin in "${bins[@]}"; do times[$bin]+="$(time_to_window "$bin") "; done
done
for bin in "${bins[@]}"; do
  printf '%s: %s ms median (runs: %s), %s bytes\n' "$bin" \
    "$(tr ' ' '\n' <<<"${times[$bin]}" | grep . | median)" "${times[$bin]% }" "$(stat -c %s "$bin")"
done
