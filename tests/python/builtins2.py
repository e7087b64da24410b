r = range(2, 20, 3)
print(r, len(r), r[2], r[-1], r[1:3], 5 in r, 6 in r, list(reversed(r)), r.start if hasattr(r, "start") else "")
print(bin(10), hex(-255), oct(8), abs(-7.5), pow(2, -1), pow(-2, 3), divmod(7, -2), round(-2.5), round(0.125, 2))
print(callable(len), callable(1), isinstance(1, (str, int)), type(3.0) is float, type("a")("b"))
T = type("T", (object,), {"v": 5, "get": lambda self: self.v * 2})
print(T().get(), T.__name__, type(T).__name__)
class O:
    def __init__(self):
        self.a = 1
        self.b = 2
print(vars(O()) if "vars" in dir(__builtins__) or True else "", sorted(O().__dict__))
print(list(iter([1, 2])), next(iter("ab")), getattr(O(), "zz", "dflt"), hasattr(O(), "a"))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted(["b", "A", "c"], key=str.lower), max([1, 5, 3], key=lambda x: -x))
print(sum([1, 2, 3], 10), sum([0.5, 0.25]), min(4, 2, 8), max("abc", "abd"), any([]), all([]))
print(int("  42  "), int("-0x1f", 16), int("0b101", 0), int(7.9), int(-7.9), float("1_000.5"), int("1_000"))
print(str(12345678901234567890), repr(-0.5), ascii("é") if "ascii" in dir(__builtins__) or True else "", format(3.14159, ".2f"), format(42, "05d"))
print(chr(65) + chr(0x263A), [ord(c) for c in "AZ"], list(map(str, range(3))), "".join(reversed("abc")))
print(isinstance([], list), issubclass(list, object), isinstance(None, type(None)), type(None).__name__)
print(slice(1, 5, 2), [0, 1, 2, 3, 4, 5][slice(1, 5, 2)], "abcdef"[slice(None, None, -2)])
print(id(1) == id(1), hash("abc") == hash("abc"), len({1: 2, 3: 4}), len(()), len(""))
