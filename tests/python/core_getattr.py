# getattr / setattr / hasattr / delattr
class O:
    cls_attr = "c"
    def __init__(self):
        self.x = 1

o = O()
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "nope", "dflt"), getattr(o, "nope", None))
print(hasattr(o, "x"), hasattr(o, "y"), hasattr(O, "cls_attr"), hasattr(1, "real"))
setattr(o, "y", 2)
print(o.y, hasattr(o, "y"))
delattr(o, "y")
print(hasattr(o, "y"))
try:
    getattr(o, "y")
except Exception as e:
    print(type(e).__name__, e)
try:
    delattr(o, "y")
except Exception as e:
    print(type(e).__name__, e)
for args in [(o, 1), (o, 1, 2)]:
    try:
        getattr(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    setattr(o, 5, 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    hasattr(o, None)
except Exception as e:
    print(type(e).__name__, e)
try:
    setattr(1, "x", 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    getattr(1, "nope")
except Exception as e:
    print(type(e).__name__, e)
try:
    setattr(int, "x", 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    object().foo = 1
except Exception as e:
    print(type(e).__name__, e)

class Dyn:
    def __getattr__(self, name):
        if name.startswith("d_"):
            return name[2:]
        raise AttributeError(name)

d = Dyn()
print(getattr(d, "d_hello"), hasattr(d, "d_x"), hasattr(d, "zz"), getattr(d, "zz", 0))

class Raiser:
    @property
    def p(self):
        raise ValueError("boom")

try:
    hasattr(Raiser(), "p")
except Exception as e:
    print(type(e).__name__, e)

class Guard:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10)
    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)

g = Guard()
setattr(g, "v", 3)
print(g.v)
del g.v
print(hasattr(g, "v"))
print(getattr(str, "upper")("abc"), getattr("abc", "upper")())
