"""Print CPython's tokenize stream for files, for tokenizer_test.go.

For each file argument prints a line "FILE <path>" and then one JSON list
per token: [type, string, startline, startcol, endline, endcol] with the
columns converted to UTF-8 byte offsets; COMMENT and NL tokens are left
out. A file tokenize rejects gets "SKIP <reason>".
"""
import json
import re
import sys
import tokenize

for path in sys.argv[1:]:
    print("FILE", path)
    try:
        with open(path, "rb") as f:
            toks = list(tokenize.tokenize(f.readline))
        with tokenize.open(path) as f:
            lines = re.split(r"(?<=\n)", f.read())
    except Exception as e:  # noqa
        print("SKIP", type(e).__name__)
        continue
    out = []
    bad = False
    for t in toks:
        name = tokenize.tok_name[t.type]
        if name in ("COMMENT", "NL", "ENCODING"):
            continue
        if name == "ERRORTOKEN":
            bad = True
            break

        def bcol(row, col):
            if 1 <= row <= len(lines):
                return len(lines[row - 1][:col].encode("utf-8", "surrogatepass"))
            return col

        out.append([name, t.string, t.start[0], bcol(*t.start), t.end[0], bcol(*t.end)])
    if bad:
        print("SKIP ERRORTOKEN")
        continue
    for o in out:
        print(json.dumps(o))
