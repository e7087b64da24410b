# an LRU cache built on dict ordering (pop + reinsert moves to the end)
class LRU:
    def __init__(self, cap):
        self.cap, self.d, self.hits, self.misses = cap, {}, 0, 0
    def get(self, k):
        if k in self.d:
            self.hits += 1
            v = self.d.pop(k)
            self.d[k] = v
            return v
        self.misses += 1
        return None
    def put(self, k, v):
        self.d.pop(k, None)
        self.d[k] = v
        if len(self.d) > self.cap:
            oldest = next(iter(self.d))
            del self.d[oldest]
c = LRU(3)
for k in "abcd":
    c.put(k, k.upper())
print(list(c.d), c.get("a"), c.get("b"), list(c.d))
c.put("e", "E")
print(list(c.d), c.get("c"), c.get("e"), c.hits, c.misses)
def fib_cached(n, cache=LRU(100)):
    v = cache.get(n)
    if v is None:
        v = n if n < 2 else fib_cached(n - 1) + fib_cached(n - 2)
        cache.put(n, v)
    return v
print(fib_cached(80), len(fib_cached.__defaults__[0].d))
