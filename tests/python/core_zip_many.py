# zip with many iterables, unequal lengths, strict mode positions
cols = [range(3), "abc", [True, False, None], (1.5, 2.5, 3.5), b"xyz"]
print(list(zip(*cols)))
print(list(zip(range(5), "ab")), list(zip("ab", range(5))), list(zip([], "abc")), list(zip(*[])), list(zip(*[[]])))
rows = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*rows)), [list(c) for c in zip(*rows)], list(zip(*zip(*rows))) == [tuple(r) for r in rows])
for lens in [(3, 3, 2), (2, 3, 3), (3, 2, 3), (1, 1, 1, 0)]:
    its = [range(n) for n in lens]
    try:
        print(lens, list(zip(*its, strict=True)))
    except ValueError as e:
        print(lens, "ValueError", e)
z = zip("ab", "cd", strict=False)
print(list(z), list(zip("a", "b", strict=True)), dict(zip(range(3), range(3, 6))))
