def g(n):
    for i in range(n):
        yield i % 7
        s = set(x for x in range(i))
        yield len(s)
print(set(g(20)), frozenset(g(5)), set(iter([1, 2, 2])), set("abca") == {"a", "b", "c"})
def bad():
    yield 1
    raise ValueError("x")
try:
    set(bad())
except ValueError as e:
    print(type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(x for x in [[1]])
except TypeError as e:
    print(type(e).__name__, e)
print(len(set(range(10000))), sorted(set(x % 13 for x in range(1000))))
