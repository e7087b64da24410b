"""Regenerate errors.json: tokenizer error cases with CPython's verdict.

Run with /usr/bin/python3.11 from this directory. Each case is source
bytes; the expectation is what ast.parse(bytes) raises (or "OK").
"""
import ast
import json

CASES = [
    # numbers
    b"0x", b"x = 0x\n", b"x = 0o8\n", b"x = 0o18\n", b"x=0b2", b"x=0b12", b"x = 012\n", b"x = 0_\n",
    b"x = 1_\n", b"x = 1e+\n", b"x=1e", b"x=1ex", b"x = 1abc\n", b"x = 1jx", b"x = 0xfg", b"x = 1.5z",
    b"1if 1 else 2", b"x = 00012_3", b"x=0o", b"x=0b", b"x = 1__0", b"x = 0x_", b"x = 0b1_", b"x = 1e5_",
    b"x = 0_7", b"x = 07.5", b"x = 00e1", b"x = 0j", b"x = 09j", b"x = 1.e", b"x = .5e-", b"x = 1_000.0_1e1_0j",
    b"x = 0b1_0_1", b"x = 0o1_7", b"x = 0XdeadBEEF", b"x = 1 if 0or 1 else 2", b"x = 0x1for", b"x = 1in [1]",
    b"x = 5not in y", b"x = 0o7and 1", b"x = 1.0else", b"x = 1_a", b"x = 0b12a", b"x = 1.2.3",
    # strings
    b"x = 'abc", b"x = '''abc\n\ndef", b"x = f'abc\nyy", b"x = \"abc\\\ndef\"\n", b"x = rb'\\'", b"\n\n  (x = '''a\n",
    b"x = 'a\\\n", b"x = u'abc' + U'd' + R'e' + Rb'f' + bR'g' + F'h' + fR'i' + Rf'j'\n", b"x = ub''", b"x = bu''", b"x = ur''",
    b"x = b'\xff'\n", b"x = ''''''\n", b"x = '''a''''\n", b"def f():\n    '''\n  unterminated",
    # brackets
    b"a = )", b"a = (]", b"a = (\n\n]", b"a = [{(}", b"x = (1,\n", b"x = (1,", b"foo(\n\n  a", b"(" * 201,
    b"(" * 200 + b")" * 200, b"x = [1,\n 2,\n", b"x = {\n", b"a = 1)\n", b"x = ((\n)\n",
    # layout
    b"x = \\\\\n", b"x = 1 \\\\ 2", b"a = 1\nb = 2 \\\\ 3\n", b"x = 1 + \\", b"x = (1 + \\", b"x = (\n1 \\ 2)",
    b"if x:\n  pass\n y", b"def f():\n\tif x:\n        pass", b"def f():\n        if x:\n\tpass", b"if x:\n    a\n  b\n",
    b"if x:\n\tif y:\n\t    pass\n  \tz", b"if 1:\n" + b"".join(b" " * i + b"if 1:\n" for i in range(1, 100)) + b" " * 100 + b"pass\n",
    b"x=1\n\x0c  y=2", b"if x:\n\x0c    pass\n", b"x = 1\n\\\ny = 2\nz = 3\n", b"if x:\n    \\\n    pass\n",
    b"if x:\n        a\n\tb\n", b"if x:\n\ta\n        b\n", b"x = 1 \\\n  + 2\n", b"\\\n",
    # characters
    b"a \xc2\xa0 b", b"a \xe2\x82\xac b", b"a\xe2\x82\xac b", b"a = \x01", b"a = 1\x0b", b"\xe2\x82\xacabc = 1",
    b"a\xe2\x82\xacbc = 1", b"x = \xc3\xa9t\xc3\xa9 + \xef\xac\x81", b"\xf0\x9d\x94\xb8 = 1", b"x\xe2\x80\x8b = 1",
    b"a\xe2\x80\x8bb = 1", b"\xc2\xb2 = 1", b"x\xc2\xb7y = 1", b"\xe2\x84\x98x = 1", b"x = y \xe2\x80\x94 z",
    b"\xffabc = 1\n", b"x\xff = 1\n", b"x\xe2\x82 = 1", b"# \xff\nx=1\n", b"x = '\xff'\n", b"\xc3\xa9 = (1,\n",
    b"\xc3\xa9 = 0x\n", b"x = \"\xc3\xa9\" \\ 1",
    # encodings
    b"# -*- coding: latin-1 -*-\nx = '\xff'\n", b"# coding: xyz\nx=1\n", b"\xef\xbb\xbf# coding: latin-1\nx=1\n",
    b"\xef\xbb\xbfx=1\n", b"#!/usr/bin/python\n# vim: set fileencoding=utf-8 :\n", b"x=1\n# coding: latin-1\ny='\xff'\n",
    b"\n\n# coding: latin-1\n", b"# coding=ascii\nx='\xc3\xa9'\n", b"#coding:latin-1\n", b"  # coding: latin-1\nx='\xff'",
    b"x=1 # coding: latin-1\n", b"\x0c# coding: latin-1\nx='\xff'", b"# coding: utf8\nx='\xff'\n",
    b"# coding: cp1252\nx='\x81'\n", b"# coding: cp1252\nx='\x80'\n", b"# coding: \xff\n", b"# coding: latin-1\n\x00",
    b"x = 1\r\ny = 2\rz = 3", b"'''a\r\nb'''", b"\xef\xbb\xbf# coding: utf-8\n\xc3\xa9 = 1 +\n", b"# coding: Latin_1\n\xe9 = 1 +\n",
    b"#\n# coding: iso-8859-15\nx = '\xa4'\n", b"# coding: utf-8\n\xffx = 1\n", b"# coding: euc-jp\nx='\xa4\xa2'\n",
    b"# coding: koi8-r\n\xc1 = 1\n", b"# coding: ascii\nx = 1\n", b"# coding: US-ASCII\nx = 1 +\n",
    # misc tokenizer-visible EOF positions
    b"if x:\n", b"if x:\n# c\n", b"x = 1 + # c\n", b"x = 1 +   \n", b"  x", b"$", b"a ? b", b"a ` b", b"a <> b",
    b"", b"\n", b"#", b"x", b"x = 1 -> 2", b"a := 1", b"x @= y", b"x **= y //= z >>= w <<= v",
]

out = []
for src in CASES:
    try:
        ast.parse(src)
        exp = "OK"
    except SyntaxError as e:
        exp = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
    except Exception as e:
        exp = [type(e).__name__, str(e)]
    out.append({"src": src.hex(), "exp": exp})
with open("errors.json", "w") as f:
    json.dump(out, f, indent=0)
