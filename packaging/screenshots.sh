#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of the window on a fresh sample library, into ./shots/: the default view, text
# size +2 and -2, the dark theme, the Korean article and the Share menu open.
#   packaging/screenshots.sh [path/to/byline]     (default: build/app/byline)
# Runs under Xvfb with a throwaway library and configuration; never touches yours.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
byline="${1:-$here/build/app/byline}"
if [[ ! -x "$byline" ]]; then
    echo "screenshots.sh: no byline executable at $byline (build first, or pass its path)" >&2
    exit 1
fi
command -v Xvfb >/dev/null || { echo "screenshots.sh: Xvfb is missing (apt-get install xvfb)" >&2; exit 1; }

shots="$PWD/shots"
mkdir -p "$shots"
work="$(mktemp -d)"
xvfb_pid=""
cleanup() {
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# A display number nobody uses.
display=99
while [[ -e /tmp/.X11-unix/X$display || -e /tmp/.X$display-lock ]]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1400x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do
    [[ -e /tmp/.X11-unix/X$display ]] && break
    sleep 0.1
done

export DISPLAY=":$display"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
export QT_QPA_PLATFORM=xcb LANG=C.UTF-8 LC_ALL=C.UTF-8
if [[ $(id -u) -eq 0 ]]; then
    export QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox" QTWEBENGINE_DISABLE_SANDBOX=1
fi
# A first window the size of the screen, placed at its corner (there is no window manager).
mkdir -p "$XDG_CONFIG_HOME/Byline"

timeout 120 "$byline" --library "$work/library.sqlite" --screenshot-dir "$shots"
ls -1 "$shots"/*.png
