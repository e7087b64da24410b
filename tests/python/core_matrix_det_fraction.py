# exact rational arithmetic by hand with ints (no fractions module)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Q:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("denominator is zero")
        g = gcd(n, d) * (1 if d > 0 else -1)
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return Q(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __mul__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return Q(self.n * o.n, self.d * o.d)
    def __truediv__(self, o):
        return self * Q(o.d, o.n)
    def __neg__(self):
        return Q(-self.n, self.d)
    def __sub__(self, o):
        return self + -o
    def __eq__(self, o):
        return (self.n, self.d) == (o.n, o.d)
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else f"{self.n}"
    def __float__(self):
        return self.n / self.d
print(Q(1, 2) + Q(1, 3), Q(2, 4), Q(3, -6), Q(1, 3) * 3, sum([Q(1, n) for n in range(1, 6)]), float(Q(1, 3)), Q(5) / Q(10))
h = sum(Q(1, n) for n in range(1, 21))
print(h, round(float(h), 6), len(str(h.d)), Q(1, 2) == Q(2, 4), Q(7, 3) - Q(1, 3))
try:
    Q(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
