# AttributeError messages for instances, classes, modules-free builtins
class A:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
a = A()
for expr in ["a.missing", "A.missing", "(1).missing", "'s'.missing", "[].missing", "None.missing", "len.missing", "A.inst",
             "(1.5).missing", "{}.missing", "type.missing", "object().missing"]:
    try:
        print(eval(expr))
    except AttributeError as e:
        print("AttributeError", e)
for stmt in ["(1).x = 2", "'s'.upper = 1", "del a.missing", "del A.missing", "[].append = 1", "len.x = 1"]:
    try:
        exec(stmt)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Slots:
    __slots__ = ("x",)
s = Slots()
s.x = 1
print(s.x)
class G:
    def __getattr__(self, name):
        raise AttributeError(f"custom {name}")
try:
    G().thing
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(a, "inst"), hasattr(A, "inst"), getattr(a, "cls_attr"), A.cls_attr, a.__class__.__name__, a.__dict__)
