# unsupported operand messages for every binary operator and operand type pair
ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
vals = {"int": 1, "str": "s", "list": [1], "none": None, "dict": {}, "float": 1.5}
for op in ops:
    for a_name, b_name in [("int", "str"), ("str", "int"), ("list", "none"), ("none", "none"), ("dict", "float"), ("float", "list")]:
        a, b = vals[a_name], vals[b_name]
        try:
            r = eval(f"a {op} b")
            print(op, a_name, b_name, "->", repr(r)[:30])
        except TypeError as e:
            print(op, a_name, b_name, "TypeError", e)
