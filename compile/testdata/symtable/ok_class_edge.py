class _Under:
    __a = 1
    class __Inner:
        __b = 2
        def m(self, __c):
            return self.__b, __c, __a
    global gx
    gx = 1
    def uses(self):
        return gx, __class__
    __class__ = 5

class ___:
    __keep = 1
    def f(self, __p): return __p
