x = "module"
class A:
    x = "class"
    def f(self): return x
    lam = lambda self: x
    g = [x for _ in range(1)]
    h = (lambda: x)()
print(A().f(), A().lam(), A.g, A.h)
def outer():
    y = "outer"
    class B:
        y = "classB"
        def m(self): return y
        z = y
    return B().m(), B.z
print(outer())
class C:
    @staticmethod
    def s():
        try:
            return super().x
        except RuntimeError as e:
            return str(e)
print(C.s())
class Outer:
    class Inner:
        def who(self): return __class__.__qualname__
    def who(self): return __class__.__qualname__
print(Outer.Inner().who(), Outer().who())
def counter():
    n = 0
    class K:
        def inc(self):
            nonlocal n
            n += 1
            return n
    return K()
k = counter(); k.inc(); print(k.inc())
def gen_closure():
    vals = []
    for i in range(3):
        vals.append(lambda i=i: i * 2)
    return [v() for v in vals]
print(gen_closure())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2()
    return l1()()
print(deep())
class D:
    items = [1, 2, 3]
    total = sum(i for i in items)
    try:
        doubled = [i * n for i in items for n in [2]]
    except NameError as e:
        doubled = str(e)
print(D.total, D.doubled)
