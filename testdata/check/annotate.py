#!/usr/bin/env python3
"""Annotates testdata/check programs with the errors the reference Go
compiler reports: runs `go-ref build -gcflags=-e` on each file given and
appends `// ERROR "regexp"` to every line gc reports an error on (the
convention of Go's test suite). Only the first line of each message is
used. Run it on files without ERROR comments; the tests never need Go."""
import re, subprocess, sys, os

def regexp(msg):
    """The message as a regexp matching exactly it."""
    return re.sub(r"([\\.^$*+?()\[\]{}|])", r"\\\1", msg)

def quote(s):
    """Go-style double-quoted string contents."""
    return s.replace("\\", "\\\\").replace('"', '\\"')

def annotate(path):
    d, name = os.path.split(os.path.abspath(path))
    out = subprocess.run(["go-ref", "build", "-gcflags=-e", "-o", os.devnull, name],
                         cwd=d, capture_output=True, text=True).stderr
    errs = {}
    for line in out.splitlines():
        m = re.match(r"^\./" + re.escape(name) + r":(\d+):(\d+): (.*)$", line)
        if m:
            errs.setdefault(int(m.group(1)), []).append(m.group(3))
    if not errs:
        sys.exit(f"{path}: go-ref reported no errors")
    lines = open(path).read().split("\n")
    for ln, msgs in errs.items():
        pats = " ".join('"' + quote(regexp(m)) + '"' for m in msgs)
        lines[ln - 1] += " // ERROR " + pats
    open(path, "w").write("\n".join(lines))

for p in sys.argv[1:]:
    annotate(p)
