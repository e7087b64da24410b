"""Benchmark harness: Taipan vs CPython 3.11 vs PyPy 3, side by side.

Runs every program in benchmarks/programs once under each interpreter,
interleaved (program by program, interpreter by interpreter, so that machine
noise hits all three alike), checks that each interpreter printed what
CPython printed, and prints wall-clock times, speed ratios relative to
CPython (>1 means faster than CPython) and their geometric means.

    python3.11 benchmarks/run.py [--taipan bin/taipan] [--only a,b] [--repeat N] [--markdown FILE]

With --repeat N each program runs N rounds (each round interleaving the
interpreters) and the best time of each interpreter is kept, which filters
out most of the noise of a shared machine. --cpu measures user+sys CPU
seconds instead of wall-clock time (steadier when the machine is loaded;
it charges Taipan for the Go collector's work on the other core).

This is a harness for whole programs, not a timed unit test: it is run by
`make bench`, never by `make test`.
"""

import argparse
import math
import os
import resource
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")


CPU_TIME = False  # --cpu: user+sys CPU seconds of the child instead of wall-clock


def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_once(cmd, path, timeout):
    start = time.perf_counter()
    cpu0 = child_cpu()
    try:
        proc = subprocess.run(cmd + [path], capture_output=True, text=True,
                              timeout=timeout, cwd=PROGRAMS)
    except subprocess.TimeoutExpired:
        return None, "timeout", ""
    except OSError as exc:
        return None, "error", str(exc)
    elapsed = time.perf_counter() - start
    if CPU_TIME:
        elapsed = child_cpu() - cpu0
    if proc.returncode != 0:
        return None, "exit %d" % proc.returncode, proc.stderr[-300:]
    return elapsed, "ok", proc.stdout


def geomean(values):
    values = [v for v in values if v]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def fmt_time(t):
    return "%.3f" % t if t is not None else "-"


def fmt_ratio(r):
    return "%.2f" % r if r is not None else "-"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", default=os.path.join(HERE, "..", "bin", "taipan"))
    ap.add_argument("--cpython", default="/usr/bin/python3.11")
    ap.add_argument("--pypy", default=shutil.which("pypy3") or "")
    ap.add_argument("--only", default="")
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--cpu", action="store_true",
                    help="time user+sys CPU of each run instead of wall-clock (steadier on a loaded machine)")
    ap.add_argument("--markdown", default="")
    args = ap.parse_args()
    global CPU_TIME
    CPU_TIME = args.cpu

    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    if args.only:
        wanted = set(args.only.split(","))
        names = [n for n in names if n in wanted]

    interpreters = [("taipan", [os.path.abspath(args.taipan)]), ("cpython", [args.cpython])]
    if args.pypy:
        interpreters.append(("pypy", [args.pypy]))

    rows = []
    header = "%-16s %9s %9s %9s %10s %10s  %s" % (
        "benchmark", "taipan s", "cpython s", "pypy s", "taipan x", "pypy x", "notes")
    print(header)
    print("-" * len(header))
    for name in names:
        path = os.path.join(PROGRAMS, name + ".py")
        runs = {label: [] for label, _ in interpreters}
        for _ in range(max(1, args.repeat)):
            for label, cmd in interpreters:
                runs[label].append(run_once(cmd, path, args.timeout))
        results = {}
        for label, rs in runs.items():
            failed = [r for r in rs if r[0] is None]
            # a failure in any round counts; otherwise the best time
            results[label] = failed[0] if failed else min(rs, key=lambda r: r[0])
        base_t, base_status, base_out = results["cpython"]
        notes = []
        times = {}
        for label, _ in interpreters:
            t, status, out = results[label]
            if status != "ok":
                notes.append("%s: %s" % (label, status))
                t = None
            elif base_status == "ok" and out != base_out:
                notes.append("%s: wrong output" % label)
                t = None
            times[label] = t
        ratio = {}
        for label in ("taipan", "pypy"):
            t = times.get(label)
            ratio[label] = base_t / t if (t and base_t) else None
        rows.append((name, times, ratio, notes))
        print("%-16s %9s %9s %9s %10s %10s  %s" % (
            name, fmt_time(times.get("taipan")), fmt_time(times.get("cpython")),
            fmt_time(times.get("pypy")), fmt_ratio(ratio["taipan"]),
            fmt_ratio(ratio["pypy"]), "; ".join(notes)))
        sys.stdout.flush()

    g_taipan = geomean([r[2]["taipan"] for r in rows])
    g_pypy = geomean([r[2]["pypy"] for r in rows])
    n_taipan = sum(1 for r in rows if r[2]["taipan"])
    print("-" * len(header))
    print("geometric mean of speed vs CPython: taipan %s (over %d/%d programs), pypy %s" % (
        fmt_ratio(g_taipan), n_taipan, len(rows), fmt_ratio(g_pypy)))
    slow = [r[0] for r in rows if r[2]["taipan"] is not None and r[2]["taipan"] < 0.5]
    if slow:
        print("more than 2x slower than CPython: " + ", ".join(slow))

    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write("| benchmark | taipan s | cpython s | pypy s | taipan vs cpython | pypy vs cpython | notes |\n")
            f.write("|---|---|---|---|---|---|---|\n")
            for name, times, ratio, notes in rows:
                f.write("| %s | %s | %s | %s | %s | %s | %s |\n" % (
                    name, fmt_time(times.get("taipan")), fmt_time(times.get("cpython")),
                    fmt_time(times.get("pypy")), fmt_ratio(ratio["taipan"]),
                    fmt_ratio(ratio["pypy"]), "; ".join(notes)))
            f.write("| **geometric mean** | | | | **%s** | **%s** | taipan over %d/%d programs |\n" % (
                fmt_ratio(g_taipan), fmt_ratio(g_pypy), n_taipan, len(rows)))


if __name__ == "__main__":
    main()
