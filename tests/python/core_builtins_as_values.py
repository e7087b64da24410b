# builtins are first-class values: stored, passed, compared, introspected
ops = {"len": len, "sum": sum, "max": max, "sorted": sorted, "str": str, "abs": abs}
data = [3, -1, 2]
for name, f in ops.items():
    try:
        print(name, f(data))
    except TypeError as e:
        print(name, "TypeError", e)
print(len is len, len == len, len != print, sorted([len, len], key=id) == [len, len], callable(ops["len"]))
print(type(len).__name__, len.__name__, max.__name__, type(str).__name__, str.__name__, list(map(type, [1, "a"])))
apply = lambda f, *a: f(*a)
print(apply(pow, 2, 8), apply(divmod, 9, 4), apply(isinstance, 1, int), apply(getattr, "x", "upper")(), apply(zip, "ab", "cd").__class__.__name__)
table = [(abs, -3), (round, 2.6), (int, "7"), (float, "1e2"), (bool, []), (chr, 66), (ord, "B"), (hex, 255), (bin, 5)]
print([f(x) for f, x in table])
