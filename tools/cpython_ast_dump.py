#!/usr/bin/python3.11
"""Reference dumps for tools/parsecheck, computed by CPython.

Run under Debian's /usr/bin/python3.11. Reads file paths, one per line, on
stdin and writes one JSON object per line to stdout, in the same order:

    {"file": PATH, "noattrs": DUMP, "attrs": DUMP}      parsed
    {"file": PATH, "error": CLASS, "lineno": N}          rejected

DUMP is ast.dump(tree) / ast.dump(tree, include_attributes=True). Each file
is read as bytes and given to ast.parse, so PEP 263 coding cookies and BOMs
are handled as CPython handles them. Warnings (e.g. invalid escape
sequences) are silenced. An exception other than SyntaxError (ValueError
for NUL bytes, RecursionError, MemoryError) is reported the same way with
its class name and lineno 0.
"""

import ast
import json
import sys
import warnings


def main():
    sys.setrecursionlimit(100000)
    out = sys.stdout
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        with open(path, "rb") as f:
            data = f.read()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                tree = ast.parse(data, path)
            rec = {"file": path, "noattrs": ast.dump(tree),
                   "attrs": ast.dump(tree, include_attributes=True)}
        except SyntaxError as e:
            rec = {"file": path, "error": type(e).__name__,
                   "lineno": e.lineno if isinstance(e.lineno, int) else 0}
        except Exception as e:
            rec = {"file": path, "error": type(e).__name__, "lineno": 0}
        # ensure_ascii keeps the output valid UTF-8 even when a dump holds
        # lone surrogates (from '\udcxx' escapes in string literals).
        out.write(json.dumps(rec, ensure_ascii=True))
        out.write("\n")


if __name__ == "__main__":
    main()
