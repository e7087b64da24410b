# subscript errors: not subscriptable, bad index types, assignment/deletion unsupported
one, none, flt, st, text, lst, tup, emp, rng, byt = 1, None, 1.5, {1}, "abc", [1], (1,), {}, range(3), b"x"
cases = ["one[0]", "none[0]", "len[0]", "flt[0]", "st[0]", "text[1.5]", "lst[None]", "tup['a']", "emp[[]]", "rng['x']",
         "byt[1.0]", "text[::'x']", "[1, 2][1:2:0]", "type(1)[0]"]
for c in cases:
    try:
        print(c, "->", eval(c))
    except (TypeError, IndexError, KeyError, ValueError) as e:
        print(c, "->", type(e).__name__, e)
for setup, stmt in [("x = 'abc'", "x[0] = 'z'"), ("x = (1, 2)", "x[0] = 0"), ("x = range(3)", "x[0] = 1"), ("x = 5", "x[0] = 1"),
                    ("x = 'abc'", "del x[0]"), ("x = frozenset()", "x[0] = 1"), ("x = b'ab'", "x[0] = 1"), ("x = {}", "del x['k']")]:
    ns = {}
    exec(setup, ns)
    try:
        exec(stmt, ns)
    except (TypeError, KeyError) as e:
        print(stmt, "->", type(e).__name__, e)
