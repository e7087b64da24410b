# len/in/get/keys after many insertions and deletions (exercises resizing)
d = {}
for i in range(1000):
    d[i] = i * 2
print(len(d), 999 in d, 1000 in d, d[500], sum(d.values()) == 2 * sum(range(1000)))
for i in range(0, 1000, 3):
    del d[i]
print(len(d), 3 in d, 4 in d, list(d)[:5], list(d)[-3:])
for i in range(2000, 2100):
    d[str(i)] = i
print(len(d), "2050" in d, 2050 in d, d.get("2099"), list(d)[-1], next(iter(d)))
d.clear()
print(len(d), d, list(d))
keys = [(i, str(i)) for i in range(50)] + [frozenset([i]) for i in range(50)]
m = dict.fromkeys(keys, 0)
print(len(m), (3, "3") in m, frozenset([49]) in m, (3, 3) in m)
