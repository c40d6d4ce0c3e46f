#!/usr/bin/env bash
# What Orca says: starts Orca and the app in a virtual screen with the AT-SPI
# bus, presses KEYS (xdotool names), and prints every line Orca spoke from its
# debug log. No sound is needed.
# Needs: apt-get install -y xvfb xdotool dbus-x11 at-spi2-core orca
# usage: KEYS="Tab Return" packaging/linux/orca-speech.sh BINARY [app arguments...]
set -euo pipefail
bin=${1:?usage: orca-speech.sh BINARY [args]}; shift
source "$(dirname "$0")/a11y-session.sh"
HOME="$work" orca --replace --debug-file="$work/orca.log" >/dev/null 2>&1 & pids+=($!)
sleep 3
start_app "$bin" "$@"
# Slowly, so Orca speaks each focus change before the next key, and long
# enough at the end for Orca to finish speaking.
press_keys 0.7
sleep 5
grep -a "SPEECH OUTPUT" "$work/orca.log" | sed -e "s/^.*SPEECH OUTPUT: //" -e "s/{'established'.*$//"
