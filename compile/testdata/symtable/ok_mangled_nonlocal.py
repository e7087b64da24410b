class C:
    def f(self):
        def g():
            nonlocal __x
            __x = 1
        __x = 0
        return g, __x
