# len() and truth testing through __len__ and __bool__ of user classes
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
for n in (0, 1, 5, 2 ** 31):
    o = L(n)
    print(n, len(o), bool(o), not o, "yes" if o else "no", [1][:len(o)] if n < 10 else "big")
print(bool(B(True)), bool(B(False)), [x for x in (B(True), B(False), L(0), L(2)) if x].__len__())
for bad in (L(-1), L(1.5), L("2"), L(None), L(2 ** 64), B(1), B("yes"), B(None)):
    try:
        print(bool(bad), end=" ")
        print(len(bad) if isinstance(bad, L) else "-")
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class Both:
    def __len__(self):
        raise RuntimeError("len called")
    def __bool__(self):
        return False
print(bool(Both()), "falsy" if not Both() else "truthy")
try:
    len(Both())
except RuntimeError as e:
    print("RuntimeError", e)
