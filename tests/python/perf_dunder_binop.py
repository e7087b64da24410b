class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __sub__(self, o): return NotImplemented
    def __pow__(self, o): return NotImplemented
    def __mul__(self, o):
        raise KeyError("m")
class W(V):
    def __radd__(self, o): return "radd"
a, b = V(1), V(2)
for i in range(3):
    print((a + b).x)
    for e in ("a - b", "a ** b", "a * b", "a / b", "a + W(3)", "W(3) + a", "W(3) - W(4)"):
        try:
            r = eval(e) if False else None
        except Exception as ex:
            pass
    try:
        a - b
    except TypeError as ex:
        print(type(ex).__name__, ex)
    try:
        a ** b
    except TypeError as ex:
        print(type(ex).__name__, ex)
    try:
        a * b
    except KeyError as ex:
        print(type(ex).__name__, ex)
    try:
        a / b
    except TypeError as ex:
        print(type(ex).__name__, ex)
    print((W(3) + a).x)
    try:
        W(3) - W(4)
    except TypeError as ex:
        print(type(ex).__name__, ex)
