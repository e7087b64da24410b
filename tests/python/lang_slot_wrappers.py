print(int.__add__(1, 2), (1).__add__(2.0), object.__eq__(1, 1), object.__eq__(1, 2), str.__len__("ab"))
print(list.__getitem__([5, 6], 1), dict.__getitem__({"a": 1}, "a"), float.__mul__(2.0, 3), int.__neg__(5))
class R:
    def __repr__(self): return "R!" + super().__repr__()[:3]
print(repr(R()), object.__repr__(R())[:10])
print(type(3).__name__, (3).__class__, int.__mro__)
class MyList(list):
    def __getitem__(self, i):
        return "sub:" + str(super().__getitem__(i))
    def __len__(self):
        return super().__len__() * 10
ml = MyList([1, 2])
print(ml[0], len(ml), list.__len__(ml))
class Str2(str):
    def __eq__(self, o): return True
    __hash__ = str.__hash__
print(Str2("a") == "b", hash(Str2("a")) == hash("a"))
print(int.__new__(int, 5), object.__new__(R).__class__.__name__)
print(int.__dict__["__add__"] if False else "", str.__dict__["upper"]("x") if False else "")
print(hasattr(int, "__add__"), hasattr(object, "__init_subclass__"), callable(object.__init__))

print(tuple.__contains__((1, 2), 2), set.__len__({1}), bool.__and__(True, False))
