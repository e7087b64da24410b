# dict comprehensions: duplicates keep the last value, conditional values, nested loops
pairs = [("a", 1), ("b", 2), ("a", 3)]
print({k: v for k, v in pairs}, {k: [v for kk, v in pairs if kk == k] for k, _ in pairs}, {v: k for k, v in pairs})
grid = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
print(grid, len(grid), sorted({v for v in grid.values()}))
words = ["apple", "bob", "kayak", "level", "test"]
print({w: w == w[::-1] for w in words}, {len(w): w for w in words}, {w[0]: w.upper() if len(w) > 3 else w for w in words})
inv = {}
for k, v in {"x": 1, "y": 2, "z": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv, {k: sorted(v) for k, v in inv.items()}, {i: chr(97 + i) for i in range(5)}.get(3))
