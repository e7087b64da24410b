class NS:
    def __init__(self): self.data = {}; self.order = []
    def __getitem__(self, k): return self.data[k]
    def __setitem__(self, k, v):
        self.order.append(k)
        self.data[k] = v
    def __delitem__(self, k): del self.data[k]
    def __contains__(self, k): return k in self.data
class Meta(type):
    @classmethod
    def __prepare__(m, name, bases): return NS()
    def __new__(m, name, bases, ns):
        print("order", ns.order)
        return super().__new__(m, name, bases, dict(ns.data))
class K(metaclass=Meta):
    a = 1
    b = a + 1
    def f(self): return "f"
    del a
print(K.b, K().f(), hasattr(K, "a"))
class Bad(type):
    @classmethod
    def __prepare__(m, name, bases): return 5
try:
    class X(metaclass=Bad): pass
except TypeError as e:
    print(e)
