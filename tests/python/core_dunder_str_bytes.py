# __str__, __repr__, __format__, __bytes__ reached from builtins and formatting
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
    def __format__(self, spec):
        return f"P-format[{spec}]"
    def __bytes__(self):
        return b"P-bytes"
p = P()
print(str(p), repr(p), format(p), format(p, "x"), f"{p}", f"{p!s}", f"{p!r}", f"{p:>9}", "%s %r" % (p, p), "{} {!r} {:z}".format(p, p, p))
print(bytes(p), [p], (p,), {"k": p}, str([p]), ascii(p), print(p) or "printed")
class OnlyRepr:
    def __repr__(self):
        return "only-repr"
o = OnlyRepr()
print(str(o), format(o), f"{o}", "%s" % o)
class Inherit(str):
    pass
print(format(Inherit("abc"), ">5"), f"{Inherit('q')!r}", str(Inherit("s")) == "s")
class BadStr:
    def __str__(self):
        return None
class BadFormat:
    def __format__(self, spec):
        return 5
class BadBytes:
    def __bytes__(self):
        return "no"
for f in [lambda: str(BadStr()), lambda: format(BadFormat()), lambda: f"{BadFormat()}", lambda: bytes(BadBytes()), lambda: format(OnlyRepr(), "x")]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
