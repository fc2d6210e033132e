#!/usr/bin/env bash
# Regenerates the expected output of the golden run programs from the
# reference Go (`go-ref`, Go 1.23), never from rgo.
#
#   testdata/regen-golden.sh                 every testdata/run/*.go
#   testdata/regen-golden.sh A.go B.go ...   only those programs
#
# For each NAME.go: build it with go-ref (a compile error is fatal), run it
# with stdout and stderr combined in order into one stream, and write
# NAME.out. A program that exits non-zero gets NAME.exit holding the exit
# code, and its output is cut after the first line starting with "panic: "
# or "fatal error: " (the goroutine trace after it differs between
# compilers); compiler/tests/golden.rs cuts the actual output the same way.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
command -v go-ref >/dev/null || {
    echo "regen-golden: go-ref not found (see ../shared/tools/install-reference-go.sh)" >&2
    exit 1
}

if [ $# -eq 0 ]; then
    set -- "$here"/run/*.go
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for src in "$@"; do
    src=$(cd "$(dirname "$src")" && pwd)/$(basename "$src")
    base=${src%.go}
    name=$(basename "$base")
    # Build outside any module, with no toolchain switching.
    if ! (cd "$tmp" && GOTOOLCHAIN=local GOFLAGS= go-ref build -o "$tmp/$name" "$src") 2>"$tmp/build.err"; then
        echo "regen-golden: go-ref failed to compile $src:" >&2
        cat "$tmp/build.err" >&2
        exit 1
    fi
    code=0
    (cd "$tmp" && timeout 60 "./$name" >"$tmp/out" 2>&1 </dev/null) || code=$?
    if [ "$code" -eq 124 ]; then
        echo "regen-golden: $src timed out" >&2
        exit 1
    fi
    if [ "$code" -ne 0 ]; then
        awk '{ print } /^(panic: |fatal error: )/ { exit }' "$tmp/out" >"$base.out"
        echo "$code" >"$base.exit"
    else
        cp "$tmp/out" "$base.out"
        rm -f "$base.exit"
    fi
    echo "$name: exit $code, $(wc -l <"$base.out") lines"
    rm -f "$tmp/$name"
done
