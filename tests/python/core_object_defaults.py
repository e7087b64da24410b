# default object behaviour: identity equality, ne inversion, repr shape, hash, bool
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is not b, bool(a), hash(a) == hash(a), repr(a).startswith("<__main__.Plain object at 0x"))
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, OnlyEq) and self.v == o.v
x, y = OnlyEq(1), OnlyEq(1)
print(x == y, x != y, x != OnlyEq(2), x == 1, OnlyEq.__hash__ is None)
class Ne:
    def __ne__(self, o):
        return "custom-ne"
print(Ne() != 1, Ne() == Ne())
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b), Plain.__eq__(a, b), object().__eq__(1))
print(str(a) == repr(a), format(a, "") == str(a), Plain.__repr__ is object.__repr__, Plain.__str__ is object.__str__)
class Init:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("init", args)
        self.args = args
i = Init(1, 2)
print(i.args, type(i).__name__)
class NewOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NewOther())
class Sub(Plain):
    def __init_subclass__(cls, **kw):
        print("subclassed", cls.__name__)
class Leaf(Sub):
    pass
class Leaf2(Sub):
    pass
print(Leaf.__mro__[1].__name__, issubclass(Leaf2, Plain))
