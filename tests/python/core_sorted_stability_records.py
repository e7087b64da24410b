# multi-key sorting by successive stable sorts equals tuple keys
records = [("eve", "eng", 50), ("bob", "ops", 40), ("amy", "eng", 50), ("dan", "ops", 35), ("cat", "eng", 45), ("fay", "hr", 40)]
s1 = sorted(records, key=lambda r: r[0])
s1 = sorted(s1, key=lambda r: r[2], reverse=True)
s1 = sorted(s1, key=lambda r: r[1])
s2 = sorted(records, key=lambda r: (r[1], -r[2], r[0]))
print(s1 == s2)
for r in s2:
    print(f"{r[1]:<4}{r[2]:>4} {r[0]}")
groups = {}
for name, dept, score in records:
    groups.setdefault(dept, []).append((score, name))
print({d: max(v) for d, v in sorted(groups.items())}, {d: sorted(n for _, n in v) for d, v in sorted(groups.items())})
print(sorted(records, key=lambda r: r[2])[0], sorted(records, key=lambda r: r[2], reverse=True)[:2], [r[0] for r in sorted(records)][::2])
