#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Packages an existing build tree with CPack into OUT_DIR, runs lintian on the .deb and its
# -dbgsym.ddeb and appstreamcli validate-tree on the unpacked files: exit 0 when neither reports an
# error, non-zero when one does, 77 (a ctest skip) when lintian is absent. ctest runs it on the
# tree it tests (CPACK names the cpack to use); packaging/build-deb.sh makes the release package.
#
#   packaging/check-deb.sh BUILD_DIR OUT_DIR
set -euo pipefail

[ $# -eq 2 ] || { echo "usage: $0 BUILD_DIR OUT_DIR" >&2; exit 2; }
build=$(realpath "$1")
out=$(realpath -m "$2")

for tool in lintian dpkg-shlibdeps; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (packaging/quickstart.sh installs it)"
        exit 77
    fi
done

rm -rf "$out"
mkdir -p "$out"
"${CPACK:-cpack}" -G DEB --config "$build/CPackConfig.cmake" -B "$out"
shopt -s nullglob
packages=("$out"/byline_*.deb "$out"/byline-dbgsym_*.ddeb)
[ ${#packages[@]} -gt 0 ] || { echo "check-deb.sh: cpack made no package in $out" >&2; exit 1; }

# Lintian unpacks what it checks and warns against doing that as root: as root, run it as nobody
# on a copy in a directory of its own (where root may not change user, it runs as root).
run=()
targets=("${packages[@]}")
nobody=(setpriv --reuid=nobody --regid=nogroup --clear-groups --reset-env)
if [ "$(id -u)" -eq 0 ] && "${nobody[@]}" true 2>/dev/null; then
    copy=$(mktemp -d)
    trap 'rm -rf "$copy"' EXIT
    chmod 755 "$copy"
    install -m 644 "${packages[@]}" "$copy/"
    targets=("$copy"/*)
    run=("${nobody[@]}")
fi
echo "lintian ${packages[*]##*/}"
(cd / && "${run[@]}" lintian --fail-on error --display-info "${targets[@]}")
echo "lintian: no errors"

# The changelog names the version being packaged (lintian does not compare them).
dpkg-deb --extract "${packages[0]}" "$out/root"
version=$(dpkg-deb --field "${packages[0]}" Version)
gzip -dc "$out/root/usr/share/doc/byline/changelog.Debian.gz" > "$out/changelog"
logged=$(dpkg-parsechangelog --file "$out/changelog" --show-field Version)
if [ "$logged" != "$version" ]; then
    echo "packaging/debian/changelog: the first entry is $logged, the package is $version" >&2
    exit 1
fi

# The desktop entry, the metainfo and the icons as installed, checked together.
if command -v appstreamcli >/dev/null; then
    appstreamcli validate-tree --no-net "$out/root"
fi
