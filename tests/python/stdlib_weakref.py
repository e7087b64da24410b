import weakref, gc
class Obj:
    def __init__(self, n): self.n = n
o = Obj(1)
r = weakref.ref(o)
print(r() is o, r().n)
d = weakref.WeakValueDictionary(); d["k"] = o; print(d["k"].n, len(d))
ws = weakref.WeakSet(); ws.add(o); print(len(ws), o in ws)
p = weakref.proxy(o); print(p.n)
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError", e)
kd = weakref.WeakKeyDictionary(); kd[o] = "v"; print(kd[o])
print(weakref.getweakrefcount(o) >= 1)
