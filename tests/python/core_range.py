# range: construction, indexing, slicing, contains, index, count, reversed
r = range(10)
print(r, range(1, 5), range(1, 10, 2), range(10, 0, -1))
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(5, -5, -2)))
print(list(range(0)), list(range(5, 1)), list(range(1, 5, -1)))
r = range(3, 30, 4)
print(r[0], r[1], r[-1], r[-2], len(r))
print(r[1:4], r[::-1], r[::2], r[-3:], r[100:], r[:-100])
print(list(r[::-1]), list(r[1:5:2]), list(r[5:1:-1]))
print(7 in r, 8 in r, 31 in r, 3.0 in r, "x" in r, 7.5 in r)
print(r.index(11), r.count(11), r.count(12), r.start, r.stop, r.step)
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 1), range(1) == range(2))
print(hash(range(0, 10, 2)) == hash(range(0, 9, 2)))
print(bool(range(0)), bool(range(1)))
print(len(range(0, 10 ** 18, 3)))
try:
    r.index(12)
except Exception as e:
    print(type(e).__name__, e)
for args in [(1, 2, 0), (1.5,), ("a", 3), ()]:
    try:
        range(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    r[100]
except Exception as e:
    print(type(e).__name__, e)
try:
    r["a"]
except Exception as e:
    print(type(e).__name__, e)
try:
    r[::0]
except Exception as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 4
print(range(I()), list(range(I())), range(10)[I()])
print(sum(range(101)), max(range(7)), min(range(3, 9)))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
