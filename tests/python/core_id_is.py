# identity: is / is not for singletons, small values, containers
a = [1, 2]
b = a
c = a[:]
print(a is b, a is c, a == c, a is not c, id(a) == id(b), id(a) != id(c))
print(None is None, True is True, ... is Ellipsis, NotImplemented is NotImplemented, type(None) is type(None))
x = (1, 2)
y = tuple(x)
print(y is x, x[:] is x, frozenset() == frozenset(), str() == "", tuple([]) == ())
def f():
    return []
print(f() is f(), f() == f(), type(f()) is list, int is type(3), bool is type(True))
s = "hello"
print(s is s, s[:] == s, s + "" == s, len({id(a), id(b), id(c)}))
class K:
    pass
k1, k2 = K(), K()
print(k1 is k2, k1 is k1, type(k1) is type(k2), K is k1.__class__, isinstance(k1, K))
