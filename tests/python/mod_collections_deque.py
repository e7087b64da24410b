from _collections import deque, defaultdict, _count_elements, _tuplegetter, _deque_iterator

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = deque([1, 2, 3])
print(d, len(d), bool(d), bool(deque()), d[0], d[-1], 2 in d, 5 in d)
d.append(4); d.appendleft(0); print(d)
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft([9, 8]); print(d)
d.rotate(); print(d); d.rotate(-2); print(d); d.rotate(10); print(d); d.rotate(0); print(d)
d.reverse(); print(d, d.count(1), d.count('zz'), d.index(1), d.index('a'))
d.insert(0, 'first'); d.insert(100, 'last'); d.insert(-1, 'pen'); print(d)
d.remove('pen'); print(d)
d[1] = 'X'; del d[2]; del d[-1]; print(d, d[1])
e = d.copy(); e.clear(); print(d, e, d == d.copy(), d is not d.copy())
print(list(reversed(deque('abc'))), list(deque('abc')), deque(range(5))[3])
# maxlen
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, m.maxlen, deque().maxlen)
m.appendleft('L'); print(m)
m.extend('xyz'); print(m)
m.extendleft('pq'); print(m)
print(deque('abcdef', 2), deque([], 0), deque('abc', maxlen=0))
z = deque(maxlen=0); z.append(1); z.appendleft(2); print(z)
t(deque([1, 2], 2).insert, 0, 2)
# comparisons and arithmetic
a, b = deque([1, 2]), deque([1, 3])
print(a < b, a <= b, a == b, a != b, a > b, a >= b, a == [1, 2], deque() < deque([0]))
print(a + b, a * 3, 2 * a, a * 0, a * -1)
a += [7]; print(a); a *= 2; print(a)
print(deque('ab', 3) * 2, deque('ab', 3) + deque('c'))
t(lambda: a + [1])
t(lambda: a * 'a')
t(hash, a)
# errors
t(deque, 1)
t(deque, [], -1)
t(deque, [], 'a')
t(deque, [], 1, 2)
t(deque, foo=1)
t(deque, iterable=[1], maxlen=2)
t(deque().pop)
t(deque().popleft)
d = deque([1, 2, 3])
t(d.index, 5)
t(d.index, 1, 1)
t(d.index, 3, -1)
t(d.index, 2, 0, 1)
t(d.index)
t(d.remove, 9)
t(d.insert, 1)
t(d.__getitem__, 5)
t(d.__getitem__, -4)
t(d.__getitem__, slice(1))
t(d.__getitem__, 'a')
t(d.__setitem__, 5, 1)
t(d.__delitem__, 5)
t(d.rotate, 'a')
t(d.rotate, 1, 2)
t(d.count)
t(d.append)
t(d.append, 1, 2)
t(d.extend, 1)
t(lambda: setattr(d, 'x', 1))
t(lambda: setattr(d, 'maxlen', 1))
# mutation during iteration
x = deque([1, 2, 3])
it = iter(x); next(it); x.append(4)
t(next, it)
it = iter(x); next(it); x[0] = 9
t(next, it)
it = iter(x); x.pop()
t(list, it)
class E: pass
t(deque([1]).remove, 2)
t(deque([1, 2]).insert, 10, 3)
# recursion in repr
r = deque([1]); r.append(r); print(r)
r2 = deque(); r2.append([r2]); print(r2)
# self-extend
s = deque([1, 2]); s.extend(s); print(s); s.extendleft(s); print(s)
# __reduce__ and subclass
print(deque([1], 5).__reduce__()[:3], deque().__reduce__()[:3], list(deque('ab').__reduce__()[3]))
class D(deque):
    def extra(self):
        return len(self) * 10
x = D([1, 2]); x.a = 5
print(x, x.extra(), x.a, x.__reduce__()[:3], type(x.copy()).__name__, x.copy(), isinstance(x, deque))
class B(deque):
    def __init__(self, it, n):
        super().__init__(it, n)
        self.tag = 'b'
y = B('abc', 2); print(y, y.tag, y.maxlen, type(y.copy()), y.copy().tag)
print(type(iter(deque())), type(reversed(deque())), iter(deque([1])).__length_hint__())
print(list(_deque_iterator(deque('abcd'), 2)))
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big))
big.rotate(333); print(big[0], big[-1])
print(deque.__module__, deque.__name__, deque)

# defaultdict
dd = defaultdict(list)
dd['a'].append(1); dd['b']; dd['a'].append(2)
print(dd, dd.default_factory, len(dd), dd['a'], 'c' in dd, dict(dd))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1), defaultdict(int, [(1, 2)], b=3))
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()), isinstance(c, dict), type(c).__name__)
cc = c.copy(); cc['z'] += 5; print(type(cc), cc['z'], 'z' in c, cc.default_factory)
t(defaultdict, 1)
t(defaultdict().__missing__, 5)
t(defaultdict().__getitem__, 5)
t(lambda: defaultdict(None)[1])
print(dd.__reduce__()[:4], defaultdict().__reduce__()[:2])
print(c.get('q'), 'q' in c, c.setdefault('w', 9), c.pop('w'))
dd.default_factory = lambda: 'dflt'; print(dd['new'])
dd.default_factory = None; t(dd.__getitem__, 'nope')
print(defaultdict(list, {1: [2]}) | {2: 3}, type(defaultdict(list) | {}))
d2 = defaultdict(list, {1: 2}); d2 |= {3: 4}; print(d2)
class DD(defaultdict):
    def __missing__(self, key):
        return key * 2
print(DD(int)[21], DD(int), DD(list, {1: 1}).copy())
r = defaultdict(list); r['self'] = r; print(r)
print(defaultdict.__module__, defaultdict, defaultdict.__mro__)

# _count_elements
m = {}
_count_elements(m, 'abracadabra'); print(m)
_count_elements(m, ['a', 'z']); print(m)
class Cnt(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
c2 = Cnt(); _count_elements(c2, 'aab'); print(c2)
t(_count_elements, {}, 1)
t(_count_elements, {})

# _tuplegetter
class P(tuple):
    x = _tuplegetter(0, 'Alias for field number 0')
    y = _tuplegetter(1, 'Alias for field number 1')
p = P((3, 4))
print(p.x, p.y, P.x.__doc__, type(P.__dict__['x']).__name__)
t(lambda: setattr(p, 'x', 1))
t(P.x.__get__, 5, int)
t(lambda: P(()).x)
print(P.x.__reduce__())

# what the pure-Python OrderedDict needs from dict
d = {1: 2, 3: 4}
dict.__delitem__(d, 1)
dict.__setitem__(d, 5, 6)
print(d, dict.__getitem__(d, 5))
t(dict.__delitem__, d, 9)
