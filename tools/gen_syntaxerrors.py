#!/usr/bin/python3.11
"""Regenerate tests/syntaxerrors/expected.tsv from the snippets.

Run with Debian's CPython 3.11 (the reference):

    /usr/bin/python3.11 tools/gen_syntaxerrors.py [--prune] [DIR]

Every NNN_name.py file in DIR (default tests/syntaxerrors) is read as bytes
and parsed with ast.parse, which is compile(..., PyCF_ONLY_AST): only the
errors found by the tokenizer and parser count, not those of the symbol
table or the compiler. Each snippet must raise SyntaxError (or a subclass);
one that parses, or fails with another exception, is reported and the run
fails, unless --prune is given, in which case the file is deleted.

Columns of expected.tsv: file, class, lineno, offset, end_lineno,
end_offset, message. Missing values are written as 0; tabs, newlines and
backslashes in the message are escaped as \\t, \\n and \\\\.
"""

import ast
import os
import sys
import warnings


def escape(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def num(v):
    return str(v) if isinstance(v, int) else "0"


def main(argv):
    prune = "--prune" in argv
    args = [a for a in argv if a != "--prune"]
    here = os.path.dirname(os.path.abspath(__file__))
    d = args[0] if args else os.path.normpath(os.path.join(here, "..", "tests", "syntaxerrors"))
    names = sorted(n for n in os.listdir(d) if n.endswith(".py"))
    rows = []
    bad = []
    for name in names:
        path = os.path.join(d, name)
        with open(path, "rb") as f:
            data = f.read()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                ast.parse(data, name)
        except SyntaxError as e:
            rows.append("\t".join([name, type(e).__name__, num(e.lineno), num(e.offset),
                                   num(e.end_lineno), num(e.end_offset), escape(str(e.msg))]))
            continue
        except Exception as e:  # e.g. ValueError for null bytes in 3.11
            bad.append((name, "%s: %s" % (type(e).__name__, e)))
        else:
            bad.append((name, "parses without error"))
    for name, why in bad:
        print("%s: %s%s" % (name, why, " (deleted)" if prune else ""), file=sys.stderr)
        if prune:
            os.remove(os.path.join(d, name))
    with open(os.path.join(d, "expected.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# file\tclass\tlineno\toffset\tend_lineno\tend_offset\tmessage\n")
        for r in rows:
            f.write(r + "\n")
    print("%d snippets recorded in %s" % (len(rows), os.path.join(d, "expected.tsv")))
    return 1 if bad and not prune else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
