#!/usr/bin/python3.11
"""CPython side of tools/benchparse.

Reads file paths (one per line) on stdin, reads every file into memory,
then times ast.parse over all of them ROUNDS times (argv[1], default 3) and
prints the best total in seconds. Files CPython rejects are timed too.
"""

import ast
import gc
import sys
import time
import warnings


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    sources = []
    for line in sys.stdin:
        path = line.rstrip("\n")
        if path:
            with open(path, "rb") as f:
                sources.append((f.read(), path))
    warnings.simplefilter("ignore")
    best = None
    for _ in range(rounds):
        gc.collect()
        t0 = time.perf_counter()
        for data, path in sources:
            try:
                ast.parse(data, path)
            except (SyntaxError, ValueError):
                pass
        t = time.perf_counter() - t0
        if best is None or t < best:
            best = t
    print("%.6f" % best)


if __name__ == "__main__":
    main()
