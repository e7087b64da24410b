class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"N({self.v})"
ops = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or", "divmod"]
for op in ops:
    setattr(N, f"__{op}__", (lambda op: lambda self, o: f"{op}({self!r},{o!r})")(op))
    setattr(N, f"__r{op}__", (lambda op: lambda self, o: f"r{op}({self!r},{o!r})")(op))
n = N(1)
print(n + 2, 2 + n, n - 2, 2 - n, n * 2, 2 * n, n @ 2, 2 @ n, n / 2, 2 / n, n // 2, 2 // n)
print(n % 2, 2 % n, n ** 2, 2 ** n, n << 2, 2 << n, n >> 2, 2 >> n, n & 2, 2 & n, n ^ 2, 2 ^ n, n | 2, 2 | n)
print(divmod(n, 2), divmod(2, n))
x = N(5)
x += 1
print(x)
class I:
    def __init__(self): self.log = []
    def __iadd__(self, o): self.log.append(("iadd", o)); return self
    def __imul__(self, o): return NotImplemented
    def __mul__(self, o): return "mul fallback"
    def __ior__(self, o): self.log.append(("ior", o)); return self
    def __imatmul__(self, o): return "imatmul"
i = I(); j = i
i += 1; i |= 2
print(j.log, i is j)
i *= 3
print(i)
k = I(); k @= 1; print(k)
l = [1]; l += (2, 3); l += "ab"; print(l)
try:
    l + (1,)
except TypeError as e:
    print(e)
class Both:
    def __eq__(self, o): return NotImplemented
b1, b2 = Both(), Both()
print(b1 == b2, b1 == b1, b1 != b2)
class Lt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(Lt(2) > Lt(1), Lt(1) > Lt(2))
try:
    Lt(1) <= Lt(2)
except TypeError as e:
    print(e)
try:
    n < 5
except TypeError as e:
    print(e)
try:
    [] < {}
except TypeError as e:
    print(e)
try:
    object() + object()
except TypeError as e:
    print(e)
try:
    x = object(); x += 1
except TypeError as e:
    print(e)
try:
    ~"s"
except TypeError as e:
    print(e)
print(sum([N(1)], 0) if False else "", 3 * [1], [1] * 2, "ab" * 2)
class Idx:
    def __index__(self): return 3
print("abcdef"[Idx()], [0] * Idx(), hex(Idx()), bin(Idx()), range(Idx()))
print(True + True, True * 3, -True, ~True, 5 // 2.0, 2 ** 0.5 > 1.41, (-8) ** (1/3) if False else "", 10 % 3.5)
print(1 == 1.0, hash(1) == hash(1.0), 0.1 + 0.2 == 0.3, 1 < 1.5 < 2, (1, 2) < (1, 3), [1, 2] == [1, 2], {1: 2} == {1: 2})
