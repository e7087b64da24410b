import collections
import collections.abc
from collections import namedtuple, OrderedDict, Counter, deque, defaultdict, ChainMap

P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p.y, p._asdict(), p._replace(x=5), P._fields, P.x.__doc__, P._make([3, 4]), p == (1, 2))
Q = namedtuple('Q', ['a', 'b'], defaults=[0])
print(Q(1), Q(1, 2), Q.__doc__, repr(Q._field_defaults))
try:
    namedtuple('Bad', 'a a')
except ValueError as e:
    print('ValueError', e)

od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
od.move_to_end('b')
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict.fromkeys('xyz')
od2.move_to_end('x', last=False)
print(od2, OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))

c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], sorted(c.elements()), c.total())
c.update('aaz'); c.subtract({'a': 10})
print(c, +c, -c, Counter(a=3) + Counter(a=1, b=2), Counter(a=3) - Counter(a=1), Counter(a=1) | Counter(a=3), Counter(a=2) & Counter(a=1))

d = deque([1, 2, 3], maxlen=5)
d.extendleft([0, -1])
print(d, isinstance(d, collections.abc.MutableSequence), type(d), d.maxlen)
dd = defaultdict(list)
dd['k'].append(1)
print(dd, isinstance(dd, dict), defaultdict.__module__)

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.new_child({'c': 4}))
print(collections.UserDict(a=1), collections.UserList([1, 2]) + [3], collections.UserString('ab').upper())
