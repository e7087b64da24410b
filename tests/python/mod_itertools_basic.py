import itertools as it
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
    filterfalse, groupby, islice, pairwise, starmap, tee, zip_longest, product, permutations,
    combinations, combinations_with_replacement)

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(r if not hasattr(r, '__next__') else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

def take(n, i):
    return list(islice(i, n))

# count
print(take(5, count()), take(3, count(10)), take(3, count(1, 2)), take(3, count(0.5, 0.25)), take(3, count(2**64, -1)))
print(take(3, count(start=3, step=-2)), take(3, count(1+2j, 1j)))
c = count(5); next(c); print(c, repr(count(5, 2)), count(1.5), count(0, 1.0), count(2**70))
c = count(2**63 - 2); print(take(4, c), c)
t(count, 'a')
t(count, 1, 'a')
t(count, 1, 2, 3)
t(count, foo=1)
# cycle
print(take(7, cycle('abc')), take(3, cycle([])), take(5, cycle(iter([1, 2]))))
t(cycle)
t(cycle, 1)
t(cycle, [1], [2])
# repeat
print(list(repeat('a', 3)), take(4, repeat(None)), list(repeat(1, -1)), list(repeat(object='x', times=2)))
r = repeat('a', 3); next(r); print(r, repr(repeat(1)), r.__length_hint__())
t(repeat)
t(repeat, 'a', 'b')
t(repeat(1).__length_hint__)
# accumulate

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(accumulate([], initial=5)),
      list(accumulate([1, 2], initial=10)), list(accumulate('abc')), list(accumulate([3, 1, 4, 1, 5], max)),
      list(accumulate([1, 2, 3], func=lambda a, b: a * 10 + b)))
t(accumulate, [1], 1, 2)
t(lambda: list(accumulate([1, 'a'])))
# chain
print(list(chain('ab', [1, 2], (), range(3))), list(chain()), list(chain.from_iterable(['ab', 'cd'])))
print(take(5, chain.from_iterable(repeat([1, 2]))))
t(lambda: list(chain(1)))
t(chain, x=1)
t(chain.from_iterable)
# compress
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(count(), [0, 1, 1])), list(compress(data='ab', selectors=[0, 1])))
t(compress, [1])
# dropwhile / takewhile / filterfalse
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(take(3, dropwhile(lambda x: x < 100, count())), list(takewhile(lambda x: x < 3, count())))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
t(dropwhile, None)
t(takewhile, 1, 2)
t(filterfalse, None)
# groupby
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
gs = list(groupby('aabbc'))
print([(k, list(g)) for k, g in gs])
g = groupby('aaabbb'); k, g1 = next(g); print(k, next(g1)); k, g2 = next(g); print(k, list(g1), list(g2))
print(list(groupby([])), [(k, list(v)) for k, v in groupby([1, 1.0, True, 2])])
t(groupby)
t(groupby, 1)
# islice
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(10), 1, 9, 3)), list(islice(count(), 5, 10)), list(islice([], 3)), list(islice('abc', None)), list(islice('abc', 2**62)))
t(islice, 'abc', 10**30)
print(list(islice('abcdef', None, None, 2)), list(islice('abcdef', 1, 1)), list(islice('abcdef', 4, 2)))
src = iter(range(10)); print(list(islice(src, 3)), next(src))
t(islice, [1])
t(islice, [1], -1)
t(islice, [1], 'a')
t(islice, [1], 1, -1)
t(islice, [1], -1, 2)
t(islice, [1], 1, 2, 0)
t(islice, [1], 1, 2, 3, 4)
t(islice, [1], stop=3)
t(islice, 1, 2)
# pairwise
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise('')), take(3, pairwise(count())))
t(pairwise)
t(pairwise, 1)
# starmap
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: a, ['ab', [1, 2, 3], ()])))
t(starmap, 1)
t(lambda: list(starmap(pow, [1])))
# tee
a, b = tee(range(5)); print(next(a), next(a), list(b), list(a))
a, b, c = tee(iter('xyz'), 3); print(list(a), list(b), list(c))
a, b = tee(count()); print(take(200, a)[-1], take(3, b))
a, = tee([1, 2], 1); print(list(a), tee([1], 0))
a, b = tee('ab'); c, d = tee(a); print(list(c), list(d), list(b), type(a).__name__)
x = tee([1])[0]; print(list(x.__copy__()))
t(tee, [1], -1)
t(tee, 1)
t(tee)
t(tee, [1], 'a')
# zip_longest
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', range(3))), list(zip_longest()), list(zip_longest('a')))
print(take(3, zip_longest(count(), 'ab')))
t(zip_longest, 1)
t(zip_longest, [1], foo=1)
# product & co
print(list(product('ab', range(2))), list(product([1, 2], repeat=2)), list(product()), list(product('ab', [])), list(product(repeat=0)))
print(list(product('ab', 'cd', repeat=2))[:5], len(list(product(range(3), repeat=4))))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('ab', 3)), list(permutations('abc', 0)), list(permutations([])))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)), list(combinations('', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('ab', 0)), list(combinations_with_replacement([1], 3)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), len(list(combinations_with_replacement(range(5), 3))))
print(list(permutations(range(4), r=2))[:6], list(combinations(iterable='abc', r=2)))
t(product, 1)
t(product, [1], repeat=-1)
t(product, [1], foo=2)
t(permutations, [1], -1)
t(permutations, [1], 'a')
t(combinations, [1])
t(combinations, [1], -1)
t(combinations_with_replacement, [1], -1)
# types and laziness
print(type(count()), chain, islice.__module__, type(groupby('a').__next__()[1]), type(tee([1])[0]))
print(iter(count()) is not None, take(3, map(lambda x: x * x, count())))
class MyChain(chain):
    pass
print(list(MyChain('ab', 'c')), type(MyChain()).__name__, isinstance(MyChain(), chain))
def gen():
    yield 1
    raise ValueError("boom")
t(lambda: list(chain(gen())))
t(lambda: list(islice(gen(), 5)))
import itertools as it
print(it.count(5).__reduce__(), it.count(1.5, 2).__reduce__(), it.repeat("a", 3).__reduce__(), it.repeat("a").__reduce__())
c = it.count(3); next(c); print(c.__reduce__())
