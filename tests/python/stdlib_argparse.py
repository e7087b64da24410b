import argparse
p = argparse.ArgumentParser(prog="tool", description="A tool.")
p.add_argument("files", nargs="+")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--mode", choices=["a", "b"], default="a")
p.add_argument("-n", type=int, default=3)
ns = p.parse_args(["x", "y", "-vv", "--mode", "b", "-n", "7"])
print(ns.files, ns.verbose, ns.mode, ns.n, vars(ns) == {"files": ["x", "y"], "verbose": 2, "mode": "b", "n": 7})
print(p.format_usage(), end="")
sub = argparse.ArgumentParser(prog="git").add_subparsers(dest="cmd")
c = sub.add_parser("commit"); c.add_argument("-m")
import io, contextlib
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        p.parse_args(["--mode", "z"])
except SystemExit as e:
    print("exit", e.code)
print(err.getvalue().splitlines()[-1])
