# str % args argument count and mapping errors
cases = [("%s %s", ("a",)), ("%s", ("a", "b")), ("%d", ()), ("%(a)s %s", {"a": 1}), ("%s", {}), ("%(a)s", ("x",)), ("%*d", (1,)),
         ("%.*f", ("x", 1.0)), ("no format", (1,)), ("no format", ()), ("no format", {}), ("%s", [1, 2]), ("%%s", ()), ("%-", (1,)),
         ("%ld", (5,)), ("%(a)d", {"a": "x"}), ("%c", ("",)), ("%5.2%", ())]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
