# binary operator dispatch with NotImplemented, reflected and in-place methods
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.v + o.v)
        if isinstance(o, int):
            return V(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd called with", o)
        return V(o + self.v)
    def __mul__(self, o):
        return NotImplemented
    def __eq__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v == o.v
    def __repr__(self):
        return f"V({self.v})"
print(V(1) + V(2), V(1) + 5, 5 + V(1), V(2) == V(2), V(2) == 2, 2 == V(2), V(1) != V(2))
for expr in ["V(1) + 'x'", "'x' + V(1)", "V(1) * 2", "2 * V(1)", "V(1) - 1", "V(1) < V(2)", "-V(1)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
class Sub(V):
    def __radd__(self, o):
        return "Sub.radd wins"
print(V(1) + Sub(2))
class I:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __add__(self, o):
        return "plain add"
i = I()
orig = i
i += 1
i += 2
print(i.items, i is orig, I() + 1)
class NoI:
    def __add__(self, o):
        return "fallback add"
n = NoI()
n += 1
print(n)
class Cmp:
    def __lt__(self, o):
        return "lt-result"
    def __gt__(self, o):
        return NotImplemented
print(Cmp() < 1, 1 > Cmp())
try:
    Cmp() > 1
except Exception as e:
    print(type(e).__name__, e)
print(NotImplemented, type(NotImplemented).__name__, bool(NotImplemented) if False else "skip")
