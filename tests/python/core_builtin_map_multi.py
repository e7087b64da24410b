# map with two and more iterables stops at the shortest; builtins as the function
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(max, "abc", "bca", "cab")), list(map(divmod, range(5, 9), [2] * 10)))
print(list(map(lambda *xs: sum(xs), range(3), range(10, 13), range(100, 1000))), list(map(str.__add__, ["a", "b"], ["c", "d"])))
print(list(map(operator_free := (lambda a, b: a * b), [1, 2, 3], (4, 5, 6))), list(map(isinstance, [1, "a"], [int, int])))
print(list(map(getattr, ["a", 1], ["upper", "real"]))[1], list(map(round, [1.234, 5.678], [1, 2])), list(map(len, [[], [1], [1, 2]])))
print(list(map(min, [[3, 1], [5, 4]])), dict(map(lambda k, v: (k, v), "ab", [1, 2])), list(map(tuple, zip("ab", "cd"))))
