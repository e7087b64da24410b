# sets of mixed hashable types, equality-based dedup, unhashable errors
s = {1, 1.0, True, "1", b"1", (1,), frozenset([1]), None, 2, 2.0}
print(len(s), 1 in s, 1.0 in s, "1" in s, (1,) in s, frozenset({1}) in s, None in s, 3 in s)
print(sorted(x for x in s if isinstance(x, (int, float)) and not isinstance(x, bool)), sorted(str(x) for x in s))
t = set()
for v in [0, 0.0, -0.0, False, 0j]:
    t.add(v)
print(len(t), t == {0}, {0} == {False}, {1, 2} == {2.0, 1.0})
for bad in ([1], {1: 2}, {1}, bytearray(b"x")):
    try:
        {bad}
    except TypeError as e:
        print("TypeError", e)
u = {"a", "b"}
u.add("a")
u.update("abc")
print(sorted(u), len(u), sorted(u | set("xyz")), sorted(set("mississippi")), len(set(range(100)) & set(range(50, 150))))
