class CM:
    def __init__(self, n, swallow=False): self.n, self.swallow = n, swallow
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None)
        return self.swallow
with CM(1) as a, CM(2) as b:
    print("body", a, b)
with (CM(3) as c,
      CM(4) as d):
    print("paren", c, d)
with CM(5, True):
    raise ValueError
try:
    with CM(6):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
def f():
    with CM(7):
        return "returned"
print(f())
for i in range(2):
    with CM(8 + i):
        if i == 0:
            continue
        break
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print(e, repr(e.__context__))
with CM(10) as (x):
    pass
with CM(11):
    pass
