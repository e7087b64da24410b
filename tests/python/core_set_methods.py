# set methods and algebra
s = {1, 2, 3}
s.add(4); s.add(1); print(sorted(s))
s.discard(10); s.discard(4); print(sorted(s))
s.remove(3); print(sorted(s))
print(s.pop() in (1, 2), len(s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union([9], (8,))), sorted(a.intersection(b, {4})), sorted(a.difference([1], [2])), sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({9}), a <= a, a < a, {1} < a, a >= {1, 2}, a > b)
c = set(a); c |= {10}; c &= {1, 10, 11}; print(sorted(c))
c = set(a); c -= {1}; c ^= {2, 99}; print(sorted(c))
c = set(a); c.update([7], [8]); c.intersection_update(range(5, 10)); print(sorted(c))
c = set(a); c.difference_update({1, 2}); c.symmetric_difference_update({3, 50}); print(sorted(c))
c.clear(); print(c, set(), set("aab") == {"a", "b"})
print(set([1, 1, 2]) == {1, 2}, {1, 2} == frozenset([1, 2]), {1} != {2}, 1 in {1.0}, len({1, 1.0, True}))
for expr in ["set().pop()", "{1}.remove(2)", "{[]}", "set(1)", "{1} | [2]", "{1} < [1]", "{1}.add([])", "s.update(1)",
             "{1}.issubset(1)", "set().union(1)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
x = {1, 2}
cp = x.copy(); cp.add(3); print(sorted(x), sorted(cp))
print(sorted({i % 3 for i in range(10)}), sorted(set(range(5)) - set(range(2, 8))))
try:
    for v in x:
        x.add(v + 10)
except Exception as e:
    print(type(e).__name__, e)
print(set.__name__, type({1}).__name__, repr(set()), repr({5}))
