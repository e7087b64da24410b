# building lists and tuples from every kind of iterable
class Sq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * i
class It:
    def __iter__(self):
        return iter("xyz")
def g():
    yield from range(2)
    yield "end"
sources = ["abc", b"ab", bytearray(b"c"), (1, 2), [3], {4: 5}, {6}, frozenset([7]), range(3), Sq(), It(), g(), iter([8]), {"k": 1}.items(),
           zip("ab", "cd"), map(abs, [-1]), enumerate("q"), reversed([1, 2]), filter(None, [0, 9])]
for s in sources:
    l = list(s)
    print(type(s).__name__, l, tuple(l), len(l))
print(list(list([1, 2])), [*"ab", *range(2)], tuple(x for x in ()), list(()), list([]) == [], [[]] * 0)
