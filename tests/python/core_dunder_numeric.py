# numeric dunders reached through builtins: __index__, __int__, __float__, __complex__, __round__, __divmod__, __pow__
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(5)
print(hex(i), bin(i), oct(i), list(range(i)), "abcdefg"[i], [0] * Idx(2), "ab" * Idx(2), range(10)[Idx(3):], bytes(Idx(2)), chr(Idx(65)))
print(int(i), float(i), complex(i) if False else "skip", operator_free := 1, round(3.14159, Idx(2)), (1, 2, 3, 4, 5, 6)[Idx(1)::Idx(2)])
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 7.5
    def __complex__(self):
        return 7 + 1j
    def __round__(self, n=None):
        return "round" if n is None else f"round{n}"
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
    def __pow__(self, e, m=None):
        return ("pow", e, m)
    def __rpow__(self, b):
        return ("rpow", b)
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2), divmod(n, 3), divmod(3, n), pow(n, 2), pow(n, 2, 5), n ** 3, 2 ** n)
for bad in ["hex(Num())", "range(Num())", "'abc'[Num()]", "[1] * Num()"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, "TypeError", e)
class BadIdx:
    def __index__(self):
        return "no"
try:
    hex(BadIdx())
except TypeError as e:
    print("TypeError", e)
