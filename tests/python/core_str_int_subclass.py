# subclasses of str and int keep their values and behave like the base
class Name(str):
    def greet(self):
        return "hello " + self
n = Name("ann")
print(n, n.greet(), n.upper(), type(n.upper()).__name__, n == "ann", hash(n) == hash("ann"), len(n), n + "!", n[0], isinstance(n, str))
print({n: 1}["ann"], "ann" in {n}, f"{n:>5}", repr(n), "%s" % n, n.split("n"), n * 2)
class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"
    def __add__(self, o):
        return Meters(int(self) + int(o))
m = Meters(5)
print(m, repr(m), m + 3, type(m + 3).__name__, m * 2, type(m * 2).__name__, m == 5, m < 6, hash(m) == hash(5), -m, abs(Meters(-2)))
print(int(m), float(m), str(m), bin(m), sorted([Meters(3), Meters(1)]), isinstance(m, int), m.bit_length(), m.real)
class F(float):
    pass
f = F(2.5)
print(f, f + 1, type(f + 1).__name__, f.is_integer(), round(f), int(f), f == 2.5, repr(F("1.5")))
class T(tuple):
    pass
t = T([1, 2])
print(t, t + (3,), type(t + (3,)).__name__, t[0], len(t), t == (1, 2), hash(t) == hash((1, 2)))
