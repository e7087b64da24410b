# conversion errors between types via builtins
cases = ["int([1])", "int({})", "int(1j)", "float([1])", "float(1j)", "complex([1])", "bool([])", "str(str)", "list(None)", "tuple(1)",
         "dict('a')", "set(None)", "bytes('a')", "bytes(None)", "ord(1)", "chr('a')", "hex(1.5)", "oct('8')", "bin(None)", "len(5)",
         "iter(5)", "reversed(5)", "reversed({1})", "sorted(5)", "sum('ab')", "min(5)", "abs('a')", "round('a')", "divmod('a', 1)"]
for c in cases:
    try:
        print(c, "->", repr(eval(c)))
    except (TypeError, ValueError) as e:
        print(c, "->", type(e).__name__, e)
