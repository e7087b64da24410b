# unary operator and ordering comparison errors
for v in ["s", [1], None, {}, (1,), {1}, b"x", 1j]:
    for op in ["-", "+", "~", "abs"]:
        try:
            r = abs(v) if op == "abs" else eval(f"{op}v")
            print(op, type(v).__name__, "->", r)
        except TypeError as e:
            print(op, type(v).__name__, "TypeError", e)
pairs = [(1, "1"), ("a", None), ([1], (1,)), ({}, {}), (1j, 1), (None, None), ({1}, 1), (b"a", "a")]
for a, b in pairs:
    for op in ["<", "<=", ">", ">="]:
        try:
            print(type(a).__name__, op, type(b).__name__, eval(f"a {op} b"))
        except TypeError as e:
            print(type(a).__name__, op, type(b).__name__, "TypeError", e)
