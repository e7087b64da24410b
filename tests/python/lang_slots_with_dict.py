class S:
    __slots__ = ("a", "__dict__")
s = S()
s.a = 1
s.b = 2
print(s.__dict__, s.a, s.b)
s.__dict__ = {"c": 3}
print(s.a, s.c, vars(s))
del s.a
try:
    s.a
except AttributeError as e:
    print(e)
s.a = 5
print(s.a, s.__dict__)
class T(S):
    pass
t = T(); t.a = 1; t.x = 2
print(t.__dict__, t.a)
