#!/usr/bin/python3
"""Prints what Orca reads: the app's tree on the AT-SPI accessibility bus,
each node's role, name and the states a screen reader announces.
Run by atspi-tree.sh; needs python3-pyatspi (Debian's python3, not a venv)."""
import sys

import pyatspi

SAID = {
    pyatspi.STATE_FOCUSED: "focused",
    pyatspi.STATE_CHECKED: "checked",
    pyatspi.STATE_PRESSED: "pressed",
    pyatspi.STATE_SELECTED: "selected",
}


def walk(node, depth, out):
    try:
        role, name = node.getRoleName(), node.name
        states = [SAID[s] for s in node.getState().getStates() if s in SAID]
    except Exception:  # a node can vanish while the tree is read
        return
    out.append(f"{'  ' * depth}{role}: {name!r} {' '.join(states)}".rstrip())
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child:
            walk(child, depth + 1, out)


desktop = pyatspi.Registry.getDesktop(0)
apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
app = next((a for a in apps if a and a.name == "passwort-lotse"), None)
if app is None:
    sys.exit("passwort-lotse is not on the accessibility bus")
lines = []
walk(app, 0, lines)
print("\n".join(lines))
