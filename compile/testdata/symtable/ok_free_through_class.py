def f():
    v = 1
    w = 2
    class C:
        w = 3
        class D:
            def m(self):
                return v, w
    return C
