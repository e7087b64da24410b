# enumerate with start, zip with strict, and their iterator protocol
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)), list(enumerate([], 5)))
print(list(enumerate(range(3), 10 ** 20)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, None), iter(e) is e, type(e).__name__)
for i, (a, b) in enumerate(zip("ab", "cd"), 1):
    print(i, a, b)
print(list(zip()), list(zip("abc")), list(zip("abc", [1, 2])), list(zip(range(3), "xyz", (True, False, None))))
print(list(zip("ab", "cd", strict=True)))
for args in [("abc", "ab"), ("a", "ab"), ("ab", "ab", "a")]:
    try:
        print(list(zip(*args, strict=True)))
    except Exception as ex:
        print(type(ex).__name__, ex)
for expr in ["enumerate(1)", "enumerate('a', 'b')", "zip(1)", "zip('a', 2)", "enumerate()", "zip(x=1)"]:
    try:
        print(eval(expr))
    except Exception as ex:
        print(type(ex).__name__, ex)
z = zip([1, 2, 3], "ab")
print(next(z), list(z), list(z))
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
print(dict(zip("abc", range(3))), list(zip(*[[1, 2], [3, 4], [5, 6]])))
def gen():
    yield 1
    yield 2
print(list(enumerate(gen())), list(zip(gen(), gen())))
