# tuple hashing: equal tuples hash equal regardless of element numeric type, order matters
tuples = [(), (1,), (1, 2), (1.0, 2.0), (True, 2), (1, (2, 3)), (1, (2.0, 3)), ("a", b"a"), (None, ...), (frozenset([1]), 1)]
for t in tuples:
    print(t, hash(t) == hash(tuple(list(t))), {t: 1}[tuple(t)])
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1, 2)) == hash((2, 1)), len({(1, 2), (1.0, 2.0), (2, 1)}), (1, 2) in {(1.0, 2.0)})
print(len({(i % 3, i % 2) for i in range(12)}), sorted({(i % 3, i % 2) for i in range(12)}), hash(((),)) == hash(((),)))
