class A:
    def f(self):
        super = 1
        return super
    def g(self):
        return lambda: super()
    def h(self):
        return [super() for _ in ()]
    def __class__(self):
        pass
    x = [__class__ for _ in ()]
