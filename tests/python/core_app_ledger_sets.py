# reconciling two ledgers of numeric ids with set algebra (printed in CPython order)
ours = {1001, 1002, 1005, 1007, 1010, 1011}
theirs = {1002, 1003, 1005, 1010, 1012}
print(sorted(ours & theirs), sorted(ours - theirs), sorted(theirs - ours), sorted(ours ^ theirs), len(ours | theirs))
print(ours.isdisjoint({1}), ours >= {1002, 1005}, (ours & theirs) <= theirs, {x % 10 for x in ours})
amounts = {1001: 5.0, 1002: 7.5, 1005: -2.25, 1007: 10.0, 1010: 0.0, 1011: 3.5}
print(round(sum(amounts[i] for i in ours - theirs), 2), max(ours - theirs, key=amounts.get), {i: amounts[i] for i in sorted(ours & theirs)})
print(sorted(set(amounts.values())), {k for k, v in amounts.items() if v <= 0}, set(range(3)) | {10}, frozenset({5, 1}) | {3})
