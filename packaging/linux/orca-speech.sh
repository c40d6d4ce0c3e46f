#!/usr/bin/env bash
# What Orca says: starts Orca and the app in a virtual screen with a session
# bus and the AT-SPI bus, presses KEYS (xdotool names), and prints every line
# Orca spoke from its debug log. No sound is needed.
# Needs: apt-get install -y xvfb xdotool dbus-x11 at-spi2-core orca
# usage: KEYS="Tab Return" packaging/linux/orca-speech.sh BINARY [app arguments...]
set -euo pipefail
bin=${1:?usage: orca-speech.sh BINARY [args]}; shift
n=$((300 + RANDOM % 300))
Xvfb ":$n" -screen 0 "${SCREEN_SIZE:-1280x800}x24" -nolisten tcp >/dev/null 2>&1 & xpid=$!
export DISPLAY=":$n"
eval "$(dbus-launch --sh-syntax)"
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & bpid=$!
work=$(mktemp -d)
trap 'kill $apid $opid $bpid $xpid $DBUS_SESSION_BUS_PID 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
for property in IsEnabled ScreenReaderEnabled; do
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
        org.freedesktop.DBus.Properties.Set string:org.a11y.Status \
        "string:$property" variant:boolean:true >/dev/null
done
HOME="$work" orca --replace --debug-file="$work/orca.log" >/dev/null 2>&1 & opid=$!
sleep 3
"$bin" --data-dir "$work/data" "$@" >/dev/null 2>&1 & apid=$!
sleep 4
wid=$(xdotool search --onlyvisible --pid "$apid" 2>/dev/null | head -1 || true)
[[ -n $wid ]] && xdotool windowfocus --sync "$wid" 2>/dev/null
sleep 1
# Slowly, so Orca speaks each focus change before the next key.
for k in ${KEYS:-}; do xdotool key "$k"; sleep 0.7; done
sleep 5
grep -a "SPEECH OUTPUT" "$work/orca.log" | sed -e "s/^.*SPEECH OUTPUT: //" -e "s/{'established'.*$//"
