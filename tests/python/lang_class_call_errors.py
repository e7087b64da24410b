class A: pass
class B:
    def __init__(self, x): pass
class C:
    def __new__(cls, x): return super().__new__(cls)
class D:
    def __new__(cls, *a): return super().__new__(cls, *a)
class E:
    def __init__(self, *a): super().__init__(*a)
for f in [lambda: A(1), lambda: A(x=1), lambda: B(), lambda: B(1, 2), lambda: C(), lambda: C(1, 2), lambda: D(1), lambda: E(1), lambda: object(1), lambda: B.__init__(), lambda: int("x", 99)]:
    try:
        f()
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
