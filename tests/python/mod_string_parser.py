import _string
for f in ["a{0}b{x.y[1]:>{w}}c", "{{}}x{!r}", "{a!s:3}", "plain", "", "{}}", "x{", "{0!}", "{0!rx}", "{a[}"]:
    try:
        print(repr(f), list(_string.formatter_parser(f)))
    except ValueError as e:
        print(repr(f), "ValueError", e)
for f in ["0.a[2][k]", "name", "", "a.b.c", "x[", "x[1]y", "a..b", "12[3]"]:
    try:
        a, b = _string.formatter_field_name_split(f)
        print(repr(f), repr(a), list(b))
    except ValueError as e:
        print(repr(f), "ValueError", e)
for f in ['{0!}', '{0!r', '{0!', '{a[}]}', '{a[{]}', '{a[}', '{0!rx}', '{a:{b}}', '{a:{b}', '{a!r:x{y}}', '{[}', '{a:}}', '{a!}}', '{a[:]!r:}', '{a{b}', 'x}}y{{z', '{:}{!s}']:
    try: print(repr(f), list(_string.formatter_parser(f)))
    except ValueError as e: print(repr(f), 'ValueError', e)
