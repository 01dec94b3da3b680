#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer targets (clang-14, ASan + UBSan) and runs each for SECONDS (default 20)
# from a scratch copy of its seed corpus. Exits 1 on any finding (a crash, undefined behaviour,
# a broken promise, an input over 2 s or over 2 GB), printing the saved input's path; 77 when
# clang-14 or its fuzzer runtime (libclang-rt-14-dev) is missing.
#
#   tests/fuzz/run.sh [SECONDS] [TARGET...]       targets: htmlpipeline sanitizer textimporter
#                                                 exportreader searchquery feedparser
#                                                 (default: all)
# Environment: BYLINE_FUZZ_BUILD_DIR (default: build/fuzz of this tree), BYLINE_FUZZ_WORK_DIR
# (the scratch corpora and findings; default: BUILD_DIR/runs, emptied at each run).
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build="${BYLINE_FUZZ_BUILD_DIR:-$root/build/fuzz}"
work="${BYLINE_FUZZ_WORK_DIR:-$build/runs}"
seconds="${1:-20}"
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(htmlpipeline sanitizer textimporter exportreader searchquery feedparser)

if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -eq 0 ]; then
    echo "usage: $0 [SECONDS] [TARGET...]" >&2
    exit 2
fi

clang=$(command -v clang++-14 || true)
runtime=$(ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a 2>/dev/null | head -n 1)
if [ -z "$clang" ] || [ -z "$runtime" ]; then
    echo "SKIP: fuzzing needs clang-14 and libclang-rt-14-dev (apt-get install clang-14" \
        "libclang-rt-14-dev); not found, so no fuzz target ran." >&2
    exit 77
fi

# Configure once; later runs only rebuild what changed (ccache makes a fresh directory cheap).
if [ ! -f "$build/build.ninja" ]; then
    mkdir -p "$build"
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER="$clang" -DBYLINE_FUZZ=ON >"$build/configure.log" 2>&1 || {
        cat "$build/configure.log" >&2
        echo "FAIL: could not configure the fuzz build in $build" >&2
        exit 1
    }
fi
build_targets=()
for t in "${targets[@]}"; do build_targets+=("fuzz_$t"); done
if ! cmake --build "$build" --parallel 2 --target "${build_targets[@]}"; then
    echo "FAIL: could not build the fuzz targets in $build" >&2
    exit 1
fi

rm -rf "$work"
mkdir -p "$work"
export ASAN_OPTIONS="${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
findings=()
for t in "${targets[@]}"; do
    corpus="$work/$t/corpus"
    artifacts="$work/$t/findings"
    mkdir -p "$corpus" "$artifacts"
    cp "$here/corpus/$t/"* "$corpus/"
    echo "== fuzz_$t for ${seconds}s ($(ls "$corpus" | wc -l) seeds)"
    "$build/fuzz_$t" -max_total_time="$seconds" -timeout=2 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" >"$work/$t/log" 2>&1
    status=$?
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|^#[0-9]+ *DONE' "$work/$t/log"
    found=$(ls "$artifacts")
    if [ $status -ne 0 ] || [ -n "$found" ]; then
        echo "FINDING in fuzz_$t (exit $status); the log's last lines:"
        grep -v '^    #' "$work/$t/log" | tail -n 25
        for f in $found; do
            echo "  input: $artifacts/$f"
            findings+=("$artifacts/$f")
        done
        [ -z "$found" ] && findings+=("$work/$t/log")
        echo "  reproduce: $build/fuzz_$t $artifacts/<input>"
    fi
done

if [ ${#findings[@]} -gt 0 ]; then
    echo "FAIL: ${#findings[@]} finding(s):"
    printf '  %s\n' "${findings[@]}"
    exit 1
fi
echo "OK: ${#targets[@]} fuzz target(s), ${seconds}s each, no finding"
