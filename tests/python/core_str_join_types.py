# str.join accepts any iterable of str; other element types fail with the index
print("-".join(["a", "b"]), "-".join(("a", "b")), "-".join({"a": 1, "b": 2}), "-".join("ab"), "-".join(x for x in "cd"), "-".join(map(str, range(3))))
print("".join(sorted({"z", "y"})), ", ".join(reversed(["1", "2"])), "|".join(filter(None, ["a", "", "b"])), "+".join(iter(["q"])))
class S(str):
    pass
print("/".join([S("x"), "y", S("z")]), type("/".join([S("x")])).__name__)
for bad in [["a", 1], [b"a"], [None, "x"], ["x", ["y"]], 5, None]:
    try:
        print("-".join(bad))
    except TypeError as e:
        print("TypeError", e)
