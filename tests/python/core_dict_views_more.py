# dict views with set operations against lists and other views
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.keys() & ["x", "q"]), sorted(a.items() & {("x", 1), ("y", 5)}), sorted(a.items() - {("z", 3)}))
print(a.keys() == {"x", "y", "z"}, a.keys() != {"x"}, a.items() >= {("x", 1)}, a.keys() < {"x", "y", "z", "w"})
print(len(a.keys()), "x" in a.keys(), 2 in a.values(), ("y", 2) in a.items(), ("y", 3) in a.items(), list(a.values()))
v = a.values()
a["q"] = 9
print(list(v), sum(v), max(v), sorted(v), list(map(str, v)))
del a["x"]
print(list(a.items()), tuple(a), [k * 2 for k in a], {k: a[k] for k in a.keys() - {"q"}} == {"y": 2, "z": 3})
try:
    a.values() & {1}
except TypeError as e:
    print("TypeError", e)
print(a.keys().isdisjoint(b), b.keys().isdisjoint(["y"]), sorted(b.items()))
