# setting/deleting attributes on builtin instances and types
targets = {"int": 1, "str": "s", "list": [], "dict": {}, "tuple": (), "none": None, "func": len, "type_int": int, "object": object()}
for name, obj in targets.items():
    for stmt in ["obj.newattr = 1", "del obj.newattr", "obj.__class__ = int" if False else "obj.__doc__ = 'x'"]:
        try:
            exec(stmt, {"obj": obj})
            print(name, stmt, "ok")
        except (AttributeError, TypeError) as e:
            print(name, stmt, type(e).__name__, e)
class C:
    pass
c = C()
c.a = 1
del c.a
try:
    del c.a
except AttributeError as e:
    print("AttributeError", e)
C.cls = 2
del C.cls
try:
    del C.cls
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(c, "a"), hasattr(C, "cls"), c.__dict__, sorted(k for k in C.__dict__ if not k.startswith("__")))
