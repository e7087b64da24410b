# next() with default on every iterator kind and after exhaustion
its = [iter([]), iter(""), iter({}), iter(set()), iter(()), iter(range(0)), iter(b""), zip(), map(str, []), filter(None, []),
       enumerate([]), reversed([]), iter({}.items()), (x for x in ())]
print([next(i, "dflt") for i in its])
g = (c for c in "ab")
print(next(g), next(g), next(g, None), next(g, 0), next(g, []))
m = map(int, ["1", "x"])
print(next(m))
try:
    next(m, "default does not hide errors")
except ValueError as e:
    print("ValueError", e)
class Finite:
    def __init__(self):
        self.k = 2
    def __iter__(self):
        return self
    def __next__(self):
        if self.k == 0:
            raise StopIteration("custom stop")
        self.k -= 1
        return self.k
f = Finite()
print(next(f), next(f), next(f, "dflt"))
try:
    next(Finite().__iter__(), )
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
for bad in (1, [1], "s", None):
    try:
        next(bad, 0)
    except TypeError as e:
        print("TypeError", e)
