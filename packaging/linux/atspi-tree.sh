#!/usr/bin/env bash
# Shows what a Linux screen reader (Orca) gets from the app: starts it in a
# virtual screen with the AT-SPI bus, presses KEYS (xdotool names), then
# prints the accessibility tree with names, roles and states.
# Needs: apt-get install -y xvfb xdotool dbus-x11 at-spi2-core python3-pyatspi
# usage: KEYS="ctrl+g B minus 3 Return" packaging/linux/atspi-tree.sh BINARY [app arguments...]
set -euo pipefail
bin=${1:?usage: atspi-tree.sh BINARY [args]}; shift
here=$(dirname "$0")
source "$here/a11y-session.sh"
start_app "$bin" "$@"
press_keys 0.3
sleep 1
/usr/bin/python3 "$here/atspi_tree.py"
