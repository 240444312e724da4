#!/usr/bin/env python3
"""bench_table.py - the tables of tests/bench/bench.sh.

    python3 tests/bench/bench_table.py OUTDIR STRICT

Reads OUTDIR/times.txt ("CORPUS VARIANT SECONDS RSS_KB" per run) and the
outputs of the last runs (OUTDIR/<corpus>-yara.*.out, out-<corpus>-bs.*.json),
prints per corpus the median wall time and peak RSS of each variant, the
ratios against their targets (docs/PERFORMANCE.md), and exits 1 when STRICT
is "1" and a target is missed.
"""
import json
import os
import statistics
import sys

out, strict = sys.argv[1], sys.argv[2] == "1"
rows = [line.split() for line in open(os.path.join(out, "times.txt")) if line.strip()]
missed = []


def med(c, v, col=2):
    xs = [float(r[col]) for r in rows if r[0] == c and r[1] == v and len(r) > col]
    return statistics.median(xs) if xs else None


def rss(c, v):
    xs = [int(r[3]) for r in rows if r[0] == c and r[1] == v]
    return max(xs) / 1024 if xs else None


def yara_matches(c, v):
    p = os.path.join(out, "%s-%s.out" % (c, v))
    return sum(1 for _ in open(p)) if os.path.exists(p) else -1


def bs_matches(c, v):
    p = os.path.join(out, "out-%s-%s.json" % (c, v))
    try:
        doc = json.load(open(p))
    except (OSError, ValueError):
        return -1, -1
    f = doc.get("findings", [])
    return sum(1 for x in f if x.get("source") == "yara"), len(f)


def check(label, value, op, target, unit=""):
    ok = value <= target if op == "<=" else value >= target
    if not ok:
        missed.append("%s: %s" % (c, label))
    print("  %-44s %7.2f%s  (target %s %s%s)%s" % (label, value, unit, op, target, unit,
                                                    "" if ok else "  MISSED"))


for c in sorted({r[0] for r in rows}, reverse=True):
    variants = []
    for r in rows:
        if r[0] == c and r[1] not in variants:
            variants.append(r[1])
    print("corpus %s: median wall, peak RSS, median CPU (user+sys)" % c)
    for v in variants:
        extra = ""
        if v.startswith("yara."):
            extra = "%d matches" % yara_matches(c, v)
        else:
            y, a = bs_matches(c, v)
            extra = "%d yara findings, %d in all" % (y, a)
        print("  %-12s %7.2f s %5.0f MiB %7.2f s cpu   %s" % (v, med(c, v), rss(c, v), med(c, v, 4) or 0, extra))
    for rules in ("bench", "bundled"):
        y, b = med(c, "yara." + rules), med(c, "bs." + rules)
        if y and b:
            # issue 12: breachscan -j2 takes at most the time of yara -p 2
            check("throughput bs/yara, %s rules" % rules, y / b, ">=", 1.0, "x")
    j1, j2 = med(c, "bs.j1"), med(c, "bs.bundled")
    if j1 and j2:
        check("scaling -j1 time / -j%s time" % os.environ.get("BENCH_THREADS", "2"), j1 / j2, ">=", 1.8, "x")
    nd = med(c, "bs.nodecode")
    if nd and j2:
        check("decoder cost (bundled / --no-decode - 1)", (j2 / nd - 1) * 100, "<=", 10, " %")
        cb, cn = med(c, "bs.bundled", 4), med(c, "bs.nodecode", 4)
        if cb and cn:
            print("  %-44s %7.2f %%  (CPU time)" % ("decoder cost, CPU", (cb / cn - 1) * 100))
    nl = med(c, "bs.nologs")
    if nl and j2:
        check("logs+pan on / --no-logs --no-pan", j2 / nl, "<=", 1.2, "x")
        cb, cn = med(c, "bs.bundled", 4), med(c, "bs.nologs", 4)
        if cb and cn:
            print("  %-44s %7.2f x  (CPU time)" % ("logs+pan on / off, CPU", cb / cn))
    cy, cbs = med(c, "yara.bundled", 4), med(c, "bs.bundled", 4)
    if cy and cbs:
        print("  %-44s %7.2f x  (CPU time)" % ("throughput bs/yara, bundled rules, CPU", cy / cbs))
    c1 = med(c, "bs.j1", 4)
    if c1 and cbs:
        print("  %-44s %7.2f    (CPU -j2 / CPU -j1: 1.00 = no overhead from threads)" % ("thread overhead", cbs / c1))
    peak = max(rss(c, v) for v in variants if v.startswith("bs."))
    check("breachscan peak RSS, any run", peak, "<=", 256, " MiB")
print("bench: targets missed: %s" % (", ".join(missed) if missed else "none"))
sys.exit(1 if strict and missed else 0)
