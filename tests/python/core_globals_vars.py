# globals(), vars(), dir() and the module namespace
g = globals()
print(type(g).__name__, g["__name__"], "g" in g, sorted(k for k in g if k.startswith("__") and k in ("__name__", "__doc__")))
g["injected"] = 5
print(injected)
def f():
    return globals() is g
print(f())
class P:
    cls_v = 1
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(vars(p), sorted(vars(P).keys() & {"cls_v", "__init__"}))

for v in (1, "s", [1]):
    try:
        vars(v)
    except Exception as e:
        print(type(e).__name__, e)
print([n for n in dir(p) if not n.startswith("__")])
print("append" in dir([]), "upper" in dir(""), "__len__" in dir([]), dir(P) == sorted(dir(P)))
class D:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(D()))
def local_dir():
    x = 1
    y = 2
    return dir()
print(local_dir() if False else "skip")
try:
    vars(1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    dir(1, 2)
except Exception as e:
    print(type(e).__name__, e)
import_free = [k for k in ("len", "print", "sum") if callable(g["__builtins__"].__dict__[k] if hasattr(g["__builtins__"], "__dict__") else g["__builtins__"][k])]
print(import_free)
