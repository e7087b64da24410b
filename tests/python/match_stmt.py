class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def describe(v):
    match v:
        case 0:
            return "zero"
        case None:
            return "none"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case "a" | "b" as letter:
            return "letter " + letter
        case str(s):
            return "str " + s
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y, *rest]:
            return f"many {x} {y} {rest}"
        case {"k": val, **others}:
            return f"map {val} {others}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x, y):
            return f"point {x},{y}"
        case _:
            return "other"

for v in [0, None, -5, 3, 2.5, "a", "zz", [], [1], [1, 2, 3, 4], {"k": 1, "j": 2}, Point(0, 0), Point(0, 5), Point(1, 2), (1, 2), object]:
    print(describe(v))
