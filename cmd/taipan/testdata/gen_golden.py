#!/usr/bin/python3.11
"""Regenerate cmd/taipan/testdata/syntaxerror_golden.json.

For every snippet of tests/syntaxerrors this records the SyntaxError fields
CPython gives when compiling the file's bytes (class, msg, lineno, offset,
end_lineno, end_offset, text) and the exact stderr and exit status of
running the snippet as a script (`/usr/bin/python3.11 NNN_name.py`, from
inside tests/syntaxerrors; the directory is written as CORPUS/ in the
recorded stderr). cmd/taipan's tests format the fields with
Taipan's traceback printer and compare with that stderr.
"""

import json
import os
import subprocess
import sys
import warnings

PY = "/usr/bin/python3.11"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    corpus = os.path.normpath(os.path.join(here, "..", "..", "..", "tests", "syntaxerrors"))
    # Compile from inside the corpus so that, as when CPython runs a script,
    # SyntaxError.text is read back from the file (the source line at
    # lineno) rather than taken from the tokenizer's buffer.
    os.chdir(corpus)
    out = []
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(corpus, name), "rb") as f:
            data = f.read()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                compile(data, name, "exec")
            continue
        except SyntaxError as e:
            fields = {
                "class": type(e).__name__, "msg": e.msg, "filename": e.filename,
                "lineno": e.lineno, "offset": e.offset, "end_lineno": e.end_lineno,
                "end_offset": e.end_offset, "text": e.text,
            }
        except Exception:
            continue
        p = subprocess.run([PY, name], cwd=corpus, capture_output=True)
        # CPython reports the script under its absolute path; keep the
        # golden file independent of where the repository lives.
        fields["stderr"] = p.stderr.decode("utf-8", "surrogateescape").replace(corpus + os.sep, "CORPUS/")
        fields["status"] = p.returncode
        fields["file"] = name
        out.append(fields)
    with open(os.path.join(here, "syntaxerror_golden.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=True)
        f.write("\n")
    print("%d cases" % len(out))


if __name__ == "__main__":
    sys.exit(main())
