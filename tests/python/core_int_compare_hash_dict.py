# ints and floats as dict/set keys stay unified across big values
d = {}
for k in [1, 1.0, 2 ** 53, float(2 ** 53), 2 ** 64, 2.0 ** 64, -5, -5.0, 0, -0.0, 10 ** 30]:
    d[k] = d.get(k, 0) + 1
print(d, len(d))
s = {2 ** 100, 2.0 ** 100, 2 ** 100 + 1}
print(len(s), 2 ** 100 in s, float(2 ** 100 + 1) in s, (2 ** 100 + 1) in s)
print(hash(2 ** 100) == hash(2.0 ** 100), hash(2 ** 100 + 1) == hash(2.0 ** 100), {10 ** 30: "a"}.get(1e30), {1e30: "f"}.get(10 ** 30))
print(sorted({3: "a", 1.5: "b", True: "c", -2: "d"}.items()), max({1: 0, 2.5: 0}), min({-1: 0, -1.5: 0}))
