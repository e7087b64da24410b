# reprs of builtin functions, types, methods and iterators
print(repr(len), repr(print), repr(int), repr(type), repr(object), repr(str.upper))
print(repr(ValueError), repr(None.__class__), repr(type(...)), repr(type(NotImplemented)))
print(type(iter([])), type(iter({})), type(zip()), type(map(len, [])), type(filter(None, [])), type(enumerate([])), type(reversed([])))
print(type(range(1)), type(iter(range(1))), type({}.keys()), type({}.values()), type({}.items()), type(slice(1)))
print(repr({}.keys()), repr({"a": 1}.values()), repr({"a": 1}.items()), repr(range(0)), repr(slice(None)), repr(bytearray()))
class C:
    def m(self):
        pass
print(repr(C.m)[:19], repr(C().m)[:26], repr(lambda: 0)[:19], repr(property())[:18], repr(staticmethod(len))[:24] if False else "skip")
