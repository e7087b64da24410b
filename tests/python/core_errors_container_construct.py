# list/tuple/dict/set/frozenset constructors with bad arguments
cases = ["list(1)", "list('ab', 'c')", "list(iterable='ab')", "tuple(1.5)", "tuple(x=1)", "dict(1)", "dict([1])", "dict(['ab'])",
         "dict(['abc'])", "dict([(1, 2, 3)])", "dict([[1, 2]])", "dict(a=1)", "dict({1: 2}, {3: 4})", "set(1)", "set([[1]])", "set('aa')",
         "frozenset([{}])", "frozenset(x=1)", "set(iterable=[1])", "range(1, 2, 3, 4)", "slice()", "slice(1, 2, 3, 4)", "list(range(3), )"]
for c in cases:
    try:
        print(c, "->", repr(eval(c)))
    except (TypeError, ValueError) as e:
        print(c, "->", type(e).__name__, e)
