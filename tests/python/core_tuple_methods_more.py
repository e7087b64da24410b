# tuples as records: comparisons, sorting, unpacking, count/index, hashing, slicing
people = [("bob", 25, "b@x"), ("amy", 31, "a@x"), ("cid", 25, "c@x")]
print(sorted(people), sorted(people, key=lambda p: (p[1], p[0])), max(people, key=lambda p: p[1])[0], min(people)[0])
for name, age, mail in people:
    print(f"{name:<4}{age:>3} {mail.split('@')[0]}")
ages = tuple(p[1] for p in people)
print(ages, ages.count(25), ages.index(31), ages[::-1], sum(ages), ages + (40,), ages * 2, 25 in ages, len(ages))
nested = ((1, 2), (3, (4, 5)))
(a, b), (c, (d, e)) = nested
print(a, b, c, d, e, nested[1][1][0], hash(nested) == hash(((1, 2), (3, (4, 5)))), nested < ((1, 3),))
pt = (3, 4)
x, y = pt
print((x ** 2 + y ** 2) ** 0.5, tuple(map(lambda v: v * 2, pt)), pt == (3, 4), pt == [3, 4], (pt,), (pt, pt)[1] is pt)
print(tuple(), (1,) * 3, tuple("abc")[1:], tuple(range(5))[::2], tuple(sorted({3: 0, 1: 0})), divmod(17, 5), tuple(zip("ab", (1, 2))))
