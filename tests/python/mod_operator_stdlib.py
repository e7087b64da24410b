import operator
from operator import itemgetter, attrgetter, methodcaller, add, iadd, __add__, length_hint, index

print(add(1, 2), __add__('a', 'b'), operator.mul(3, 4), operator.truediv(1, 2), operator.neg(5), operator.not_(0))
print(itemgetter(1)([1, 2]), itemgetter(0, 2)('abc'), attrgetter('__name__')(int), methodcaller('upper')('x'))
print(operator.itemgetter, operator.__name__, operator.add.__module__, repr(itemgetter(1)))
l = [1]; print(iadd(l, [2]), l, length_hint(iter([1, 2, 3])), index(5))
print(sorted(['bb', 'a', 'ccc'], key=len), sorted([(1, 'b'), (0, 'a')], key=itemgetter(1)))
print(operator.eq(1, 1), operator.is_(None, None), operator.contains([1], 1), operator.countOf([1, 1], 1), operator.indexOf('ab', 'b'))
print(operator.__all__[:5], len([n for n in operator.__all__ if hasattr(operator, n)]) == len(operator.__all__))
