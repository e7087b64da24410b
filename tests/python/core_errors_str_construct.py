# str() constructor with encoding/errors and bad combinations
cases = ["str()", "str(1)", "str(b'abc')", "str(b'abc', 'ascii')", "str(b'\\xff', 'ascii')", "str(b'\\xff', 'ascii', 'ignore')",
         "str(b'\\xff', errors='replace')", "str(bytearray(b'xy'), 'utf-8')", "str('a', 'utf-8')", "str(1, 'utf-8')", "str(b'a', 'bogus')",
         "str(b'a', 'utf-8', 'bogus')", "str(object='x')", "str(b'a', encoding=1)", "str(1, 2, 3, 4)", "str(None)", "str([b'x'])"]
for c in cases:
    try:
        print(c, "->", repr(eval(c)))
    except (TypeError, ValueError, UnicodeError, LookupError) as e:
        print(c, "->", type(e).__name__, e)
