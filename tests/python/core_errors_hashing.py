# unhashable values in every hashing context
values = [[], {}, set(), bytearray(), [1, [2]], {1: []}]
contexts = [("hash", lambda v: hash(v)), ("set", lambda v: {v}), ("dict key", lambda v: {v: 1}), ("frozenset", lambda v: frozenset([v])),
            ("in set", lambda v: v in {1}), ("in dict", lambda v: v in {1: 2}), ("dict.get", lambda v: {}.get(v)), ("set.add", lambda v: set().add(v)),
            ("fromkeys", lambda v: dict.fromkeys([v])), ("tuple hash", lambda v: hash((1, v)))]
for v in values:
    for name, f in contexts:
        try:
            print(type(v).__name__, name, f(v))
        except TypeError as e:
            print(type(v).__name__, name, "TypeError", e)
