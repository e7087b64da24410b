class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class NoMA:
    def __init__(self): self.v = 1
class BadMA:
    __match_args__ = ["x"]
    x = 1
for subj, desc in [(NoMA(), "noma"), (BadMA(), "badma"), (P(1, 2), "toomany")]:
    try:
        match subj:
            case NoMA(1):
                print("no")
            case BadMA(1):
                print("no")
            case P(1, 2, 3):
                print("no")
    except TypeError as e:
        print(desc, e)
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print("rest", rest)
match [1, 2, 3, 4, 2]:
    case [1, *mid, 2]:
        print("mid", mid)
match (1, "x"):
    case (int() | float() as n, str(s)):
        print("alt", n, s)
match 3.0:
    case int():
        print("int?")
    case float(f):
        print("float", f)
match P(1, P(2, 3)):
    case P(x=1, y=P(x=a, y=b)) if a < b:
        print("nested", a, b)
order = []
def guard(v):
    order.append(v)
    return v
match 5:
    case 1 if guard("g1"):
        pass
    case int() if guard(False):
        pass
    case int() if guard("g3"):
        print("third", order)
match b"bytes":
    case [*_]:
        print("bytes is seq?")
    case bytes():
        print("bytes not a seq pattern")
class DD(dict): pass
match DD(k=1):
    case {"k": v}:
        print("dict subclass", v)
match range(3):
    case [0, 1, 2]:
        print("range is a sequence")
try:
    match 1:
        case P(z=1):
            pass
except TypeError as e:
    print(e)
match P(1, 2):
    case P(z=1):
        print("no")
    case P(x=1, z=1):
        print("no")
    case _:
        print("missing attribute doesn't match")
x = 42
match 42:
    case x if x > 40:
        print("capture shadows", x)
