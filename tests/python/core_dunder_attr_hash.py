# __hash__ = None, __eq__ without __hash__ in subclasses, __class__ checks
class Base:
    def __hash__(self):
        return 1
class EqOnly(Base):
    def __eq__(self, o):
        return True
class Restore(EqOnly):
    __hash__ = Base.__hash__
print(hash(Base()), EqOnly.__hash__, hash(Restore()))
for o in (EqOnly(),):
    try:
        hash(o)
    except TypeError as e:
        print("TypeError", e)
s = {Restore(), Restore()}
print(len(s))
class Unhashable(list):
    pass
try:
    {Unhashable(): 1}
except TypeError as e:
    print("TypeError", e)
class HashableList(list):
    def __hash__(self):
        return hash(tuple(self))
print({HashableList([1, 2]): "ok"}[HashableList([1, 2])], len({HashableList([1]), HashableList([1])}))
print(type(Base()).__hash__ is Base.__hash__, isinstance(Restore(), Base), Restore.__mro__[2].__name__)
