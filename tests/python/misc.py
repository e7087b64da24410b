funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def f():
    try:
        return 1
    finally:
        return 2
print(f())
def g():
    for i in range(5):
        try:
            if i == 3:
                return i
        finally:
            print(i)
print(g())
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __lt__(self, o): return self.v < o.v
    def __str__(self): return str(self.v)
d = {K(1): 1, K(2): 2}
print(d[K(2)], K(1) in d, sorted([K(3), K(1), K(2)])[0].v)
print(str(K(7)), [str(k) for k in sorted(d)])
class Base:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return self
class Derived(Base):
    def add(self, x):
        return super().add(x * 2)
print(Derived().add(1).add(2).items)
x = 10
def shadow():
    x = 1
    def inner():
        return x
    return inner()
print(shadow(), x)
a, (b, c) = 1, (2, 3)
print(a, b, c)
print([(i, j) for i in range(3) for j in range(i)])
print({i % 3 for i in range(10)})
nums = [3, 1, 2]
nums.sort()
print(nums, nums.index(2), nums.count(1), nums * 2, -nums[0])
t = 0
i = 0
while i < 1000000:
    t += i
    i += 1
print(t)
print(type(1), type(1.0), type([]), type(None), type(K), type(K(1)).__name__)
def kw(*, a, b=2): return a + b
print(kw(a=1), kw(b=3, a=1))
def va(*args, **kw): return args, kw
print(va(1, 2, x=3))
print(va(*[1, 2], **{'y': 4}))
print(int('ff', 16), int('0x10', 0), float('1e3'), bool([]), bool([0]))
print(divmod(-7, 2), 7.0 // 2, round(7.5), abs(-0.0))
print(list(reversed([1, 2, 3])), list(enumerate('ab', 1)))
print(min([], default=5), max('abc'), sum([0.1] * 10))
