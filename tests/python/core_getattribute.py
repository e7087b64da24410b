# __getattribute__, __getattr__, __setattr__, __delattr__ interplay
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.x = 1
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(("get", name))
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"<missing {name}>"
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
o = Logged()
print(o.x, o.nothing)
o.y = 2
del o.y
print(o.log)
print(getattr(o, "zzz"), hasattr(o, "anything"), o.__class__.__name__)
class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1), p.index(3))
try:
    p.nonexistent
except AttributeError as e:
    print("AttributeError", e)
class Ro:
    __slots__ = ()
    def __setattr__(self, n, v):
        raise AttributeError(f"read-only: {n}")
try:
    Ro().a = 1
except AttributeError as e:
    print("AttributeError", e)
