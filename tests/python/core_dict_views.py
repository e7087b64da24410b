# dict views: ordering, live updates, set operations, reversed
d = {"one": 1, "two": 2, "three": 3}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its)
d["four"] = 4
print(list(ks), list(vs), len(its), "four" in ks, 4 in vs, ("one", 1) in its, ("one", 2) in its)
del d["two"]
print(list(ks), list(reversed(ks)), list(reversed(vs)), list(reversed(its)))
print(sorted(ks & {"one", "five"}), sorted(ks | {"x"}), sorted(ks - {"one"}), sorted(ks ^ {"one", "z"}))
print(ks == {"one", "three", "four"}, ks <= {"one", "three", "four", "x"}, its == {("one", 1), ("three", 3), ("four", 4)})
print(ks.isdisjoint({"q"}), ks.isdisjoint(["one"]))
print(d.keys() == d.keys(), d.values() == d.values())
try:
    for k in d:
        d["new" + k] = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    hash(ks)
except Exception as e:
    print(type(e).__name__, e)
try:
    ks[0]
except Exception as e:
    print(type(e).__name__, e)
o = {}
for key in [5, 3, 9, 1]:
    o[key] = str(key)
print(o, list(o))
o[3] = "again"
print(o)
del o[5]
o[5] = "back"
print(list(o.items()))
it = iter(o.items())
print(next(it), type(it).__name__)
print(type(ks).__name__, type(vs).__name__, type(its).__name__)
print(dict(sorted({"b": 1, "a": 2}.items())), max({"a": 1, "b": 5}.items(), key=lambda kv: kv[1]))
