# unpacking errors: too many/few values, non-iterables, starred forms
cases = [("a, b = 1", {}), ("a, b = [1, 2, 3]", {}), ("a, b, c = 'ab'", {}), ("a, *b = []", {}), ("*a, b, c = [1]", {}),
         ("a, b = {'x': 1}", {}), ("(a, b), c = [1, 2], 3", {}), ("a, b = None", {}), ("a, b = range(5)", {}), ("[a] = []", {}),
         ("a, b = iter([1])", {}), ("a, = 1, 2", {})]
for src, ns in cases:
    try:
        exec(src, ns)
        print(src, "->", {k: v for k, v in ns.items() if k != "__builtins__"})
    except (TypeError, ValueError) as e:
        print(src, "->", type(e).__name__, e)
