# tuples: construction, indexing, slicing, methods, hashing, comparisons
t = (1, 2, 3, 2)
print(t, t[0], t[-1], t[1:3], t[::-1], t[::2], t.count(2), t.index(2), t.index(2, 2), len(t))
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({1: 2}), tuple(x * 2 for x in (1, 2)))
print((1, 2) + (3,), (1,) * 3, 2 * (0,), () * 10, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (1,) == (1,), (1,) == [1])
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), 2 in t, 5 in t, ((1,),) == ((1,),))
for expr in ["t[10]", "t['a']", "t.index(9)", "hash(([],))", "t + [1]", "(1,) * 1.5", "t.count()", "tuple(1)", "t.__setitem__(0, 1)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
try:
    t[0] = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    del t[0]
except Exception as e:
    print(type(e).__name__, e)
a, *b, c = (1, 2, 3, 4)
print(a, b, c)
x = (1, [2])
x[1].append(3)
print(x)
print(tuple(t) is t, t[:] is t, (1, 2)[0:2] == (1, 2))
class P(tuple):
    pass
p = P((1, 2))
print(p, type(p).__name__, p + (3,), type(p + (3,)).__name__, p == (1, 2))
print(max((1, 5), (2, 0)), min([(1, "b"), (1, "a")]), sorted([(2, 1), (1, 2), (1, 1)]))
