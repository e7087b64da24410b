x = 1
class C:
    x = 2
    y = x
    def m(self):
        return x, y, super().m(), __class__
    def n(self):
        return super()
    def o(self):
        def inner():
            return super()
        return inner
    class D:
        def p(self):
            return __class__
    def q(self):
        global x
        return x
    __private = 1
    def r(self, __arg):
        __local = self.__private
        import __mod
        import __pkg.sub as __alias
        return __arg, __local, __dunder__, _C__x
    def __meth__(self): pass
