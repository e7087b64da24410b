class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Color:
    RED = "red"
    BLUE = "blue"
def m(v):
    match v:
        case 0 | 1 as small:
            return f"small {small}"
        case int(n) if n > 100:
            return f"big {n}"
        case int():
            return "int"
        case "a" | "b":
            return "letter"
        case Color.RED:
            return "red!"
        case [1, 2, *rest]:
            return f"list starting 1,2 rest={rest}"
        case (x, y, z):
            return f"triple {x} {y} {z}"
        case {"k": val, **others}:
            return f"dict k={val} others={others}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, yy):
            return f"on y axis {yy}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "point"
        case str() as s if len(s) > 3:
            return "long str " + s
        case [*_, last]:
            return f"ends with {last}"
        case None:
            return "none"
        case True:
            return "true"
        case 2.5:
            return "float"
        case -3:
            return "neg"
        case 1+2j:
            return "complex"
        case _:
            return "other"
for v in [0, 1, 500, 7, "a", "red", [1, 2, 3, 4], (1, 2, 3), {"k": 1, "z": 2}, Point(0, 0), Point(0, 5), Point(2, 2), Point(1, 2), "hello", [9, 8], None, True, 2.5, -3, 1+2j, "xy", {}, 3.0]:
    print(repr(v) if not isinstance(v, Point) else "P", "->", m(v))
match 5:
    case x:
        print("capture", x)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": _}:
        print("mapping partial")
match [1, [2, 3]]:
    case [a, [b, c]]:
        print(a, b, c)
match "str":
    case [*_]:
        print("seq?")
    case _:
        print("str is not a sequence pattern")
