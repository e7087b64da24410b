# hashing containers: tuples with unhashable members, frozenset keys, nested keys
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), hash((1, 2)) != hash((2, 1)))
for v in [(1, []), (1, {}), ([1],), (1, (2, [3])), ({1},)]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError", e)
d = {}
d[(1, 2)] = "tuple"
d[frozenset({1, 2})] = "frozenset"
d[(frozenset({3}), "x")] = "nested"
d["s"] = "str"
d[b"s"] = "bytes"
d[1.5] = "float"
d[None] = "none"
d[range(3)] = "range"
print(d[(1, 2)], d[frozenset({2, 1})], d[(frozenset({3}), "x")], d["s"], d[b"s"], d[1.5], d[None], d[range(0, 3)])
print(len(d), (1, 2) in d, [1, 2] in d if False else "list-skip")
try:
    d[[1, 2]] = 1
except TypeError as e:
    print("TypeError", e)
try:
    [1, 2] in d
except TypeError as e:
    print("TypeError", e)
try:
    {1: 2}.get([])
except TypeError as e:
    print("TypeError", e)
s = {(1, 2), (2, 1), (1, 2)}
print(len(s), sorted(s))
try:
    s.add((1, [2]))
except TypeError as e:
    print("TypeError", e)
print({1, 1.0, True, 2, 2.0}, hash(0.0) == hash(-0.0) == hash(0), {0.0: "a", -0.0: "b", 0: "c"})
