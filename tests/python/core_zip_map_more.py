# zip/map/filter/enumerate composition and laziness with infinite-ish inputs
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(zip(naturals(), "abc")), list(map(lambda a, b: a * b, naturals(), [5, 6, 7])))
evens = filter(lambda n: n % 2 == 0, naturals())
print([next(evens) for _ in range(5)])
squares = map(lambda n: n * n, naturals())
print(next(squares), next(squares), next(squares))
e = enumerate(zip("xyz", naturals()), start=1)
print(list(e))
print(dict(zip("abc", map(ord, "abc"))), list(zip(*zip("ab", "cd"))), list(map(list, zip([1, 2], [3, 4]))))
print(sum(map(int, "12345")), max(zip([1, 3, 2], "abc")), sorted(zip("bca", range(3))), list(filter(str.isupper, "aBcD")))
names, ages = ["a", "b", "c"], [30, 20, 25]
print(sorted(zip(ages, names)), [n for _, n in sorted(zip(ages, names))], dict(sorted(zip(names, ages), key=lambda p: p[1])))
