import _operator as op

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.lshift(1, 5), op.rshift(64, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.neg(3), op.pos(-3), op.inv(5), op.invert(0), op.abs(-4.5))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2), op.not_([]), op.truth([0]), op.is_(None, None), op.is_not(1, None))
print(op.index(7), op.concat([1], [2]), op.contains('abc', 'b'), op.countOf([1, 2, 1, 1], 1), op.indexOf('abc', 'c'))
l = [1, 2, 3]
op.setitem(l, 0, 'x'); op.delitem(l, 1); print(l, op.getitem(l, -1), op.getitem('abcdef', slice(1, 4)))
x = [1]; y = op.iadd(x, [2]); print(x, y is x, op.iconcat(x, [3]), op.imul([1], 3), op.isub(5, 2), op.ior({1}, {2}))
n = 5; print(op.iadd(n, 1), n, op.ipow(2, 3), op.imod(7, 4), op.itruediv(1, 4), op.ifloordiv(9, 2), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ixor(6, 3))
print(op.length_hint([1, 2]), op.length_hint(iter([1, 2, 3])), op.length_hint(iter(range(7))), op.length_hint(5), op.length_hint(object(), 7), op.length_hint((), 3))
class H:
    def __length_hint__(self): return 4
class NI:
    def __length_hint__(self): return NotImplemented
class Bad:
    def __length_hint__(self): return -1
print(op.length_hint(H()), op.length_hint(NI(), 2))
t(op.length_hint, Bad())
t(op.length_hint, 5, 'a')
print(op.call(len, [1, 2]), op.call(dict, a=1))
print(op._compare_digest('abc', 'abc'), op._compare_digest('abc', 'abd'), op._compare_digest(b'a', b'a'), op._compare_digest(b'ab', b'a'))
t(op._compare_digest, b'a', 'a')
t(op._compare_digest, 'é', 'é')
t(op._compare_digest, 1, 2)
t(op.add, 1)
t(op.neg)
t(op.neg, 1, 2)
t(op.add, a=1)
t(op.index, 1.5)
t(op.concat, 1, 2)
t(op.iconcat, [1], 2)
t(op.indexOf, [1, 2], 3)
t(op.add, 1, 'a')
# getters
g = op.itemgetter(1); print(g([5, 6]), g('ab'), g({1: 'one'}), op.itemgetter(0, -1)('xyz'), op.itemgetter(slice(2))([1, 2, 3]))
print(sorted([(1, 'b'), (2, 'a'), (0, 'c')], key=op.itemgetter(1)))
class O:
    pass
o = O(); o.a = O(); o.a.b = 42; o.c = 'see'
print(op.attrgetter('c')(o), op.attrgetter('a.b')(o), op.attrgetter('a.b', 'c')(o))
class S:
    def f(self, *a, **k): return ('f', a, k)
print(op.methodcaller('f')(S()), op.methodcaller('f', 1, x=2)(S()), op.methodcaller('upper')('abc'), op.methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(op.itemgetter(1), op.itemgetter(1, 'a'), op.attrgetter('a.b'), op.attrgetter('a', 'b'), op.methodcaller('f', 1, x=2), op.methodcaller('g'))
print(op.itemgetter(1).__reduce__(), op.attrgetter('a.b', 'c').__reduce__(), op.methodcaller('f', 1).__reduce__())
mc = op.methodcaller('f', 1, x=2).__reduce__(); print(type(mc[0]).__name__, mc[1], mc[0]()(S()) if False else '')
t(op.itemgetter)
t(op.itemgetter(1), [1, 2], 3)
t(op.itemgetter(5), [1])
t(op.attrgetter, 1)
t(op.attrgetter)
t(op.attrgetter('x'), 1)
t(op.methodcaller)
t(op.methodcaller, 1)
t(op.methodcaller('nope'), 1)
print(type(op.itemgetter(1)), op.itemgetter.__module__, op.add, op.add.__module__)
print(sorted(n for n in dir(op) if not n.startswith('__')))
