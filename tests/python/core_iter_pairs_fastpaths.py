d = {"a": (1, 2)}
def f():
    for x in d.items():
        name, (a, b) = x
        print(x, name, a, b)
    for x in enumerate("ab"):
        i, c = x
        print(x)
    for x in zip("ab", "cd"):
        i, c = x
        print(x)
    for i, c in zip("ab", "cd"): print(i, c)
f()
import pickle, copy
print(list(enumerate("abc", 2**63-2)))
print(list(enumerate("ab", start=-5)))
print(list(enumerate("ab", 2**62-1)))
e = enumerate([1,2,3], 10); next(e)
print(list(pickle.loads(pickle.dumps(e))))
z = zip([1,2,3],[4,5,6]); next(z)
print(list(pickle.loads(pickle.dumps(z))))
z = zip([1,2],[4,5,6], strict=True)
try:
    for a,b in z: print(a,b)
except ValueError as ex: print(ex)
class E(enumerate): pass
for i, x in E("xy"): print(i, x)
print(type(E("a")).__name__, E("a").__reduce__()[0].__name__)
for a, b in zip((1,2), iter([3,4])): print(a+b)
for i, (a, b) in enumerate(zip("ab","cd")): print(i, a, b)
def g():
    yield 1; raise KeyError("x")
try:
    for i, v in enumerate(g()): print(i, v)
except KeyError as k: print("ke", k)
print(copy.copy(enumerate("ab")).__next__())
for a, b in zip(*[[1,2],[3,4]]): print(a, b)
x = zip("ab", "cd", "ef"); print(list(x))
def f():
    a, b, c, d = 1, 2, 3, 4
    a, b = b, a
    print(a, b)
    a, b, c, d = d, a, b, c
    print(a, b, c, d)
    a, b, c = c, 7, a
    print(a, b, c)
    x, y = a, a
    print(x, y)
    a, b = a, b
    print(a, b)
    a, c = c, a
    print(a, b, c, d)
    try:
        q, a = a, z
    except NameError as e:
        print(type(e).__name__, e)
    try:
        q, a = a, w
        w = 1
    except UnboundLocalError as e:
        print(type(e).__name__, e, type(a).__name__)
f()
d = {1: 'a'}; d[True] = 'b'; print(d)
d = {True: 'a'}; d[1] = 'b'; d[1.0] = 'c'; print(d)
d = {-1: 'x', -2: 'y'}; d[-1] = 'z'; print(d, d[-2], -1 in d, -3 in d)
s = {1, 2, 3}; s.add(True); s.add(1.0); print(s, True in s, 2.0 in s)
class K:
    def __hash__(self): return 5
    def __eq__(self, o): return o == 5
d = {K(): 1}; d[5] = 2; print(len(d), d.get(5))
d = {5: 1}; print(K() in d, d[K()])
print({"a": 1, "b": 2}["b"], {i: i for i in range(10)}[7])
