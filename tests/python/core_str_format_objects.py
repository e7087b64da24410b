# str.format with attribute/item access on user objects, nested indices and conversions
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.coords = [x, y]
        self.meta = {"name": "origin" if x == y == 0 else "pt"}
    def __repr__(self):
        return f"Pt({self.x}, {self.y})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Pt(3, 4)
print("{0.x}/{0.y} {0.coords[1]} {0.meta[name]} {0!r} {0!s} {0}".format(p))
print("{p.x:>4}|{p.coords[0]:03d}|{p.meta[name]:^8}|".format(p=p), "{0[0]} {0[1][1]}".format(["a", "bc"]), "{d[k][0]}".format(d={"k": "xy"}))
print("{:>10}".format(str(p)), "{!r:>12}".format(p), "{0.__class__.__name__}".format(p), "{0.real} {0.imag}".format(3 + 4j))
for fmt in ["{0.z}", "{0.coords[5]}", "{0.meta[missing]}", "{0[}", "{0.}"]:
    try:
        print(fmt.format(p))
    except (AttributeError, IndexError, KeyError, ValueError) as e:
        print(fmt, type(e).__name__, e)
