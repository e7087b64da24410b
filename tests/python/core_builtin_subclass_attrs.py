# instance attributes on subclasses of builtin types (dict, list, int, str)
class Default(dict):
    def __init__(self, default, *args, **kw):
        super().__init__(*args, **kw)
        self.default = default
    def __getitem__(self, k):
        try:
            return super().__getitem__(k)
        except KeyError:
            return self.default
d = Default("?", x=1)
print(d["x"], d["y"], d.get("y"), d, repr(d), list(d.keys()), d.default)
class Tagged(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
t = Tagged([1, 2], "nums")
print(t, t.tag, vars(t))
class Unit(int):
    def __new__(cls, v, unit):
        o = super().__new__(cls, v)
        o.unit = unit
        return o
u = Unit(5, "kg")
print(u, u.unit, u + 1)
class Label(str):
    pass
l = Label("x")
l.color = "red"
print(l, l.color)
