# iterating ranges: steps, reversed, membership in loops, len math
for r in (range(5), range(2, 10, 3), range(10, 0, -2), range(0), range(-5, -1), range(5, 5), range(0, 1)):
    print(r, list(r), len(r), list(reversed(r)), sum(r), r[:2], bool(r))
total = 0
for i in range(1, 101):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total, sum(i for i in range(1, 101) if i % 15 == 0), [i for i in range(20) if i in range(5, 15, 4)])
r = range(0, 100, 7)
print(r.index(49), r.count(49), 50 in r, r[-1], r[len(r) - 1], r[3:6], r[::-2][:3], list(r[10:]), max(r), min(r))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"), list(iter(range(2))), type(iter(r)).__name__)
print([list(range(i)) for i in range(4)], [x for x in range(10)[::3]], dict.fromkeys(range(3)), set(range(3)) == {0, 1, 2})
