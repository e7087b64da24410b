# iterating dicts: keys, values, items, sorted, reversed, enumerate, zip
d = {"c": 3, "a": 1, "b": 2}
for k in d:
    print(k, d[k], end="; ")
print()
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
print(list(d), list(d.values()), list(reversed(d)), list(reversed(d.items())), sorted(d), sorted(d, key=d.get))
print(list(enumerate(d)), list(zip(d, d.values())), dict(zip(d.values(), d)), [(k, v) for k, v in sorted(d.items())])
print(max(d.items(), key=lambda kv: kv[1]), min(d, key=lambda k: d[k]), sum(d.values()), any(v > 2 for v in d.values()))
print({k: v * 10 for k, v in d.items()}, {v: k for k, v in d.items()}, len(d), "a" in d, 1 in d, 1 in d.values())
keys_snapshot = list(d.keys())
d["z"] = 26
print(keys_snapshot, list(d.keys()), d.keys() - set(keys_snapshot))
