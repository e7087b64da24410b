# enumerate over many iterables, with start and keyword, unpacking patterns
for src in ["ab", [10, 20], (None,), {"k": 1}, {5}, range(2, 4), b"hi", reversed("xy"), zip("ab", "cd")]:
    print(type(src).__name__, list(enumerate(src)), list(enumerate(src, start=100)) if not hasattr(src, "__next__") else "iter")
e = enumerate("abc", -1)
print(next(e), list(e))
print(dict(enumerate("xyz", 1)), [i * v for i, v in enumerate([3, 4, 5])], max(enumerate("acb"), key=lambda p: p[1]))
for i, (a, (b, c)) in enumerate([(1, (2, 3)), (4, (5, 6))]):
    print(i, a, b, c)
print(list(enumerate(enumerate("ab"))), [i for i, _ in enumerate(range(1000)) if i % 250 == 0], list(enumerate([], 5)))
class I:
    def __index__(self):
        return 7
print(list(enumerate("a", I())), list(enumerate("ab", True)), list(enumerate("a", 2 ** 70)))
