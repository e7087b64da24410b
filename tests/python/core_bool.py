# bool: construction, arithmetic, truthiness of builtins and user classes
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(float("nan")), bool(""), bool(" "), bool([]), bool([0]))
print(bool(()), bool({}), bool({0: 0}), bool(set()), bool(range(0)), bool(None), bool(0j), bool(b""), bool(bytearray(1)))
print(True + True, True * 10, True / 2, -True, ~True, True & False, True | False, True ^ True, True << 3, False ** 0)
print(type(True + True).__name__, type(True & True).__name__, type(True | 0).__name__, type(~False).__name__)
print(True == 1, False == 0, True is bool(1), hash(True), hash(False), {True: "a", 1: "b"})
print(repr(True), str(False), f"{True}", f"{True:d}", f"{False:>6}", format(True, "05"), "%d %s" % (True, False))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)
class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(Z()), bool(L()), bool(Both()), bool(Neither()), not Z(), not Neither())
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
for o in (BadBool(), BadLen()):
    try:
        print(bool(o))
    except Exception as e:
        print(type(e).__name__, e)
try:
    class B(bool):
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    bool(1, 2)
except Exception as e:
    print(type(e).__name__, e)
print(sum([True, True, False]), max(True, 2), sorted([True, False, 0, 1]))
print(True and 5, False or "x", None or 0 or [] or "last", 1 and 2 and 3)
