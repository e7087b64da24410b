def f():
    x = 1
    class C:
        x = 2
        def m(self):
            return x
        y = x
    class D:
        global x
        def m(self):
            return x
    class E:
        def m(self):
            return x
    return C, D, E
