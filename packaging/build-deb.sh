#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Makes the Debian package from a Release build with Debian's hardening flags and debug info,
# which CPack splits into byline-dbgsym (.ddeb, /usr/lib/debug/.build-id) and strips from the
# binary. Idempotent: reruns only rebuild what changed. Prints the path of the .deb on standard
# output (the build's own output goes to standard error).
#
#   packaging/build-deb.sh [BUILD_DIR]      default: build-deb/ at the top of the tree
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(realpath -m "${1:-$here/build-deb}")

if ! command -v dpkg-buildflags >/dev/null || ! command -v dpkg-shlibdeps >/dev/null; then
    echo "build-deb.sh: dpkg-dev is missing (apt-get install dpkg-dev)" >&2
    exit 1
fi

# Debian's flags for packages (fortify, stack protector, relro and bindnow); debug info from -g.
# CMAKE_CXX_FLAGS_RELEASE (-O3 -DNDEBUG) comes after them, so the optimisation is Release's.
# Run from the top of the tree so -ffile-prefix-map makes the debug paths relative to it.
cd "$here"
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
ldflags=$(dpkg-buildflags --get LDFLAGS)

{
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
        -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags"
    cmake --build "$build" --target byline byline_package_files --parallel "$(nproc)"
    cd "$build"
    rm -f ./*.deb ./*.ddeb
    cpack -G DEB
} >&2

deb=$(ls "$build"/byline_*.deb)
echo "Debug symbols: $(ls "$build"/byline-dbgsym_*.ddeb 2>/dev/null || echo none)" >&2
echo "$deb"
