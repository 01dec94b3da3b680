#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sets up a Debian 12 machine for Byline (installs missing packages with apt-get), builds it,
# then either launches it or runs the test suite. Idempotent, and quick when nothing changed.
#
#   packaging/quickstart.sh run [byline arguments...]   build and launch on the sample library
#   packaging/quickstart.sh test                         build and run every test through ctest
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${BYLINE_BUILD_DIR:-$here/build}"
mode="${1:-}"
[ $# -gt 0 ] && shift

packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-webengine-dev qt6-webengine-dev-tools libqt6sql6-sqlite libqt6opengl6-dev
    libgl-dev libvulkan-dev libgumbo-dev libsqlite3-dev
    qt6-translations-l10n fonts-noto-core fonts-noto-cjk fonts-dejavu-core
    lintian desktop-file-utils appstream
    clang-14 libclang-rt-14-dev
)

usage() {
    echo "usage: $0 run [byline arguments...] | test" >&2
    exit 2
}

install_missing() {
    local missing=()
    local p
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

configure_and_build() {
    if [ ! -f "$build/build.ninja" ]; then
        cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$build" --parallel "$(nproc)"
}

case "$mode" in
run)
    install_missing
    configure_and_build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "Byline is built, but there is no display to show its window on (DISPLAY is unset)." >&2
        echo "Try the command line instead: $build/app/byline --help" >&2
        exit 1
    fi
    if [ "$(id -u)" -eq 0 ]; then
        # Chromium's sandbox does not run as root; a normal user keeps it.
        export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:-} --no-sandbox"
    fi
    exec "$build/app/byline" "$@"
    ;;
test)
    install_missing
    configure_and_build
    cd "$build"
    exec ctest --output-on-failure --parallel "$(nproc)" --timeout 900
    ;;
*)
    usage
    ;;
esac
