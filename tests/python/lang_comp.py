x = "outer"
print([x for x in range(3)], x)
print({k: v for k, v in zip("ab", range(2))}, {c for c in "aab"})
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
print([[j for j in range(i)] for i in range(3)])
class K:
    n = 3
    vals = [n for _ in range(2)] if False else None
    def m(self): return [self.n * i for i in range(3)]
print(K().m())
try:
    class K2:
        n = 3
        vals = [n for _ in range(2)]
except NameError as e:
    print(e)
total = 0
print([total := total + i for i in range(5)], total)
def f():
    return [lambda: i for i in range(3)]
print([g() for g in f()])
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print([*range(3), *"ab"], (*[1], 2), {*{1}, 2}, {**{"a": 1}, "b": 2, **{"a": 3}})
a, *b = [1, 2, 3]
print(a, b)
print(*[1, 2], sep="-")
first, *_, last = range(10)
print(first, last)
print([y for x in [[1, 2], [3]] for y in x])
print(sorted({i % 3 for i in range(10)}))
gen = (i for i in range(3))
print(next(gen), list(gen))
try:
    [z for z in 5]
except TypeError as e:
    print(e)
print(f"{3.14159:.2f} {'s'!r} {42:>{5}} {'x'!s:^5} {10:#x} {1e10:g} {'nested':{'>'}{8}}")
name, width = "val", 8
print(f"{name=} {width*2=} {name!r:>{width}}|")
print(f"{{literal}} {'{'}")
print(f"{[1,2][0]} {(lambda: 'lam')()} {'a' if 1 else 'b'}")
d = {"key": "v"}
print(f"{d['key']} {len(d):03d}")
print(f"{3!a} {'é'!a}")
s = slice(1, 5, 2)
print(list(range(10))[s], "hello"[::-1], [1, 2, 3][-2:], (1, 2, 3)[1:], "abc"[5:], [0, 1, 2, 3][::-2])
l = list(range(6)); l[1:4] = []; print(l)
class Sl:
    def __getitem__(self, k): return k
print(Sl()[1:2], Sl()[1:2, 3], Sl()[...], Sl()[:, None])
