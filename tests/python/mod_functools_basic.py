from _functools import partial, reduce, cmp_to_key

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

def f(*a, **k):
    return a, k

p = partial(f, 1, 2, x=3)
print(p(), p(4, y=5), p(x=9), p.args, p.keywords, p.func is f)
print(repr(partial(len)) == 'functools.partial(<built-in function len>)', repr(partial(len, 'ab', z=1)))
class MP(partial):
    pass
m = MP(len, 'abc')
print(repr(m), m(), isinstance(m, partial), type(m).__name__)
q = partial(p, 4, y=5)
print(q.func is f, q.args, q.keywords, q(6))
p.zz = 1
r = partial(p, 9)
print(r.func is p, r())
print(p.__reduce__()[0], p.__reduce__()[2][1:])
s = partial(f)
s.__setstate__((f, (7,), {'k': 1}, None)); print(s(), s.args)
t(s.__setstate__, (1, 2))
t(partial)
t(partial, 1)
t(lambda: setattr(p, 'args', 1))
t(lambda: delattr(p, 'func'))
t(lambda: partial(f)(z=1))
t(lambda: partial(f, a=1)(a=2))
t(lambda: partial(f, 1)(2, 3))
def mypow(base, exp): return base ** exp
pow2 = partial(mypow, exp=2)
print(pow2(5), [partial(int, base=2)(x) for x in ['10', '111']])
print(partial(partial(partial(f, 1), 2), 3).args)
rec = partial(f); rec.__setstate__((f, (), {}, None))
# reduce
print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(lambda a, b: a + b, [], 5))
print(reduce(lambda a, b: a + b, 'abc'), reduce(max, iter([3, 9, 2])), reduce(lambda a, b: [b] + a, [1, 2, 3], []))
t(reduce, f)
t(reduce, lambda a, b: a + b, [])
t(reduce, lambda a, b: a + b, 1)
t(reduce, 1, [1, 2])
t(reduce, lambda a, b: a + b, [1], 2, 3)
t(reduce, function=1, sequence=2)
def boom(a, b):
    raise ValueError('boom')
t(reduce, boom, [1, 2])
# cmp_to_key
K = cmp_to_key(lambda a, b: a - b)
print(type(K).__name__)
k = K(3)
print(type(k).__name__, k.obj, k < K(4), k == K(3), k >= K(5), k != K(3), k > K(1), k <= K(3))
t(lambda: k < 3)
t(hash, k)
t(cmp_to_key)
t(K)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), sorted('bca', key=cmp_to_key(lambda a, b: (a > b) - (a < b))))
print(partial.__module__, partial, cmp_to_key.__module__, reduce.__name__)
