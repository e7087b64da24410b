# dict insertion order, equality, deletion and reinsertion, comprehension order
d = {}
for k in "zyxwv":
    d[k] = ord(k)
print(d, list(d), list(d.values())[:2])
del d["x"]
d["x"] = 0
print(list(d.items()))
d["z"] = -1
print(list(d))
print({1: 1, 2: 2} == {2: 2, 1: 1}, list({1: 1, 2: 2}) == list({2: 2, 1: 1}), {"a": [1]} == {"a": [1]}, {} == dict())
sq = {i: i * i for i in range(6) if i % 2}
print(sq, {v: k for k, v in sq.items()}, dict(reversed(list(sq.items()))))
m = dict(a=1, b=2)
m.update([("c", 3)], d=4)
m.pop("a")
m["a"] = 5
print(m, next(iter(m)), list(m)[-1])
big = {i: None for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
big.update({i: 0 for i in range(3)})
print(list(big)[-3:], len(big))
x = {"k": 1}
x.setdefault("j", [])
x["j"].append(2)
print(x, x.popitem(), x)
print(dict([(1, "a"), (1, "b")]), {**{"a": 1}, "a": 2}, {1: "a", True: "b", 1.0: "c"})
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print("TypeError", e)
