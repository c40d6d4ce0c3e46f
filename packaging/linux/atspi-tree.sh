#!/usr/bin/env bash
# Shows what a Linux screen reader (Orca) gets from the app: starts it in a
# virtual screen with a session bus and the AT-SPI bus, presses KEYS (xdotool
# names), then prints the accessibility tree with names, roles and states.
# Needs: apt-get install -y xvfb xdotool dbus-x11 at-spi2-core python3-pyatspi
# usage: KEYS="ctrl+g B minus 3 Return" packaging/linux/atspi-tree.sh BINARY [app arguments...]
set -euo pipefail
bin=${1:?usage: atspi-tree.sh BINARY [args]}; shift
n=$((300 + RANDOM % 300))
Xvfb ":$n" -screen 0 "${SCREEN_SIZE:-1280x800}x24" -nolisten tcp >/dev/null 2>&1 & xpid=$!
export DISPLAY=":$n"
eval "$(dbus-launch --sh-syntax)"
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & bpid=$!
data=$(mktemp -d)
trap 'kill $apid $bpid $xpid $DBUS_SESSION_BUS_PID 2>/dev/null; rm -rf "$data"' EXIT
sleep 1
# AccessKit answers only once a screen reader says it is listening.
for property in IsEnabled ScreenReaderEnabled; do
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
        org.freedesktop.DBus.Properties.Set string:org.a11y.Status \
        "string:$property" variant:boolean:true >/dev/null
done
"$bin" --data-dir "$data" "$@" >/dev/null 2>&1 & apid=$!
sleep 4
wid=$(xdotool search --onlyvisible --pid "$apid" 2>/dev/null | head -1 || true)
[[ -n $wid ]] && xdotool windowfocus --sync "$wid" 2>/dev/null
for k in ${KEYS:-}; do xdotool key "$k"; sleep 0.3; done
sleep 1
/usr/bin/python3 "$(dirname "$0")/atspi_tree.py"
