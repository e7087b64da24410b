# set and frozenset error messages
s = {1, 2}
tests = ["s.remove(3)", "set().pop()", "s.add()", "s.add([])", "s.discard([])", "s.remove([])", "s | [1]", "s & 'ab'",
         "s - 1", "s ^ None", "s < 3", "set(1)", "set([[]])", "frozenset(1)", "s.issubset(1)", "s.union(1)", "s.update(1)",
         "s.intersection_update(1)", "frozenset().add(1)", "s.copy(1)", "set(1, 2)", "[] in s", "hash(s)"]
for expr in tests:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(s), {1, 2} - {2}, {1} | frozenset([2]) == {1, 2})
