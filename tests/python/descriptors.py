class Field:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 0) if False else getattr(obj, "_" + self.name, 0)
    def __set__(self, obj, value):
        setattr(obj, "_" + self.name, value * 10)
class Registry:
    subclasses = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Registry.subclasses.append(cls.__name__)
class M(Registry):
    f = Field()
class N(M):
    pass
m = M()
m.f = 3
print(m.f, M.f.name, M.f.owner, Registry.subclasses)
