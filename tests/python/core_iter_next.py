# iter() with and without sentinel, next() with default
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, None), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

counter = [0]
def tick():
    counter[0] += 1
    return counter[0]

print(list(iter(tick, 5)))
print(list(iter(tick, 5))[:3] if False else "skip")
vals = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(vals), "")))

class Stopper:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

print(list(iter(Stopper(), 99)))
for bad in (1, None, 2.5):
    try:
        iter(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    iter(1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    next([1])
except Exception as e:
    print(type(e).__name__, e)
try:
    iter()
except Exception as e:
    print(type(e).__name__, e)

class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

c = Count(3)
print(iter(c) is c, list(c), list(c))

class GetItemOnly:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i

print(list(GetItemOnly()), 9 in GetItemOnly(), 5 in GetItemOnly())
s = iter("xyz")
print(type(s).__name__ in ("str_iterator", "str_ascii_iterator"), next(s), list(s))
d = iter({"k1": 1, "k2": 2})
print(next(d), list(d))

class BadIter:
    def __iter__(self):
        return 5

try:
    iter(BadIter())
except Exception as e:
    print(type(e).__name__, e)
