#!/usr/bin/env python3
"""Runs the benchmark programs built by rgo and, when the reference Go
toolchain (`go-ref`) is installed, by gc, side by side on this machine.

    bench/run.py                  every bench/*.go, 5 runs each
    bench/run.py -r 9 maps.go     only maps.go, 9 runs
    bench/run.py --shared         also ../shared/bench programs rgo builds

For each program: both builds must print the same output (a mismatch is
reported and the program skipped); runs alternate rgo/gc; the table shows
the median wall time of each, the ratio rgo/gc (below 1.0: rgo faster),
peak RSS (from /usr/bin/time when present) and binary sizes. Quote ratios,
not absolute times: the machines are shared and noisy.
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared", "bench")
GNU_TIME = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None


def build(cmd, src, out):
    r = subprocess.run(cmd + ["build", "-o", out, src], capture_output=True, text=True)
    return r.returncode == 0, r.stderr.strip().splitlines()[:1]


def run_once(binary):
    """Wall seconds, output, peak RSS in KiB (or None)."""
    cmd = [binary]
    rss_file = None
    if GNU_TIME:
        rss_file = tempfile.NamedTemporaryFile(delete=False)
        cmd = [GNU_TIME, "-f", "%M", "-o", rss_file.name] + cmd
    t0 = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True)
    wall = time.perf_counter() - t0
    rss = None
    if rss_file:
        try:
            rss = int(open(rss_file.name).read().split()[-1])
        except (ValueError, IndexError):
            pass
        os.unlink(rss_file.name)
    return wall, r.stdout + r.stderr, rss


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-r", "--runs", type=int, default=5)
    ap.add_argument("--shared", action="store_true")
    ap.add_argument("programs", nargs="*")
    a = ap.parse_args()
    progs = [os.path.join(HERE, p) for p in a.programs] or sorted(
        os.path.join(HERE, f) for f in os.listdir(HERE) if f.endswith(".go"))
    if a.shared and os.path.isdir(SHARED):
        progs += sorted(os.path.join(SHARED, f) for f in os.listdir(SHARED)
                        if f.endswith(".go"))
    rgo = [os.environ.get("RGO", "rgo")]
    gc = ["go-ref"] if shutil.which("go-ref") else None
    if not gc:
        print("go-ref not found: rgo times only", file=sys.stderr)
    tmp = tempfile.mkdtemp()
    print(f"{'program':<16}{'rgo s':>8}{'gc s':>8}{'ratio':>7}{'rgo MiB':>9}"
          f"{'gc MiB':>8}{'rgo KiB':>9}{'gc KiB':>8}")
    for src in progs:
        name = os.path.basename(src)[:-3]
        rb, gb = os.path.join(tmp, name + ".rgo"), os.path.join(tmp, name + ".gc")
        ok, err = build(rgo, src, rb)
        if not ok:
            print(f"{name:<16}rgo cannot build it: {' '.join(err)[:60]}")
            continue
        have_gc = gc is not None and build(gc, src, gb)[0]
        rt, gt, rr, gr = [], [], [], []
        out_r = out_g = None
        for _ in range(a.runs):
            w, out_r, m = run_once(rb)
            rt.append(w)
            rr.append(m)
            if have_gc:
                w, out_g, m = run_once(gb)
                gt.append(w)
                gr.append(m)
        if have_gc and out_r != out_g:
            print(f"{name:<16}OUTPUT DIFFERS from gc")
            continue
        med = statistics.median
        rs = f"{med(rt):8.3f}"
        if have_gc:
            gs, ratio = f"{med(gt):8.3f}", f"{med(rt) / med(gt):7.2f}"
        else:
            gs, ratio = f"{'-':>8}", f"{'-':>7}"
        mib = lambda xs: f"{max(x for x in xs if x) / 1024:.1f}" if any(xs) else "-"
        size = lambda p: f"{os.path.getsize(p) // 1024}" if os.path.exists(p) else "-"
        print(f"{name:<16}{rs}{gs}{ratio}{mib(rr):>9}{mib(gr) if have_gc else '-':>8}"
              f"{size(rb):>9}{size(gb) if have_gc else '-':>8}")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
