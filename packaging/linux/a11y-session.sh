# Sourced by atspi-tree.sh and orca-speech.sh: a virtual screen with a
# session bus and the AT-SPI accessibility bus, the app started in it, and
# keys pressed. Everything started is stopped on exit.
# Needs: apt-get install -y xvfb xdotool dbus-x11 at-spi2-core

pids=()
work=$(mktemp -d)
trap 'kill "${pids[@]}" ${DBUS_SESSION_BUS_PID:-} 2>/dev/null; rm -rf "$work"' EXIT

n=$((300 + RANDOM % 300))
Xvfb ":$n" -screen 0 "${SCREEN_SIZE:-1280x800}x24" -nolisten tcp >/dev/null 2>&1 & pids+=($!)
export DISPLAY=":$n"
eval "$(dbus-launch --sh-syntax)"
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & pids+=($!)
sleep 1
# AccessKit answers only once a screen reader says it is listening.
for property in IsEnabled ScreenReaderEnabled; do
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
        org.freedesktop.DBus.Properties.Set string:org.a11y.Status \
        "string:$property" variant:boolean:true >/dev/null
done

# start_app BINARY [args...]: starts the app on a fresh data folder and
# gives its window the keyboard (there is no window manager to do it).
start_app() {
    local bin=$1; shift
    "$bin" --data-dir "$work/data" "$@" >/dev/null 2>&1 & pids+=($!)
    local app=$!
    sleep 4
    local wid
    wid=$(xdotool search --onlyvisible --pid "$app" 2>/dev/null | head -1 || true)
    [[ -n $wid ]] && xdotool windowfocus --sync "$wid" 2>/dev/null
    sleep 1
}

# press_keys SECONDS: presses $KEYS (xdotool names), waiting between keys.
press_keys() {
    for k in ${KEYS:-}; do xdotool key "$k"; sleep "$1"; done
}
