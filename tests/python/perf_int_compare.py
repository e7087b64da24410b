vals = [-2**63, -5, -1, 0, 1, 5, 2**63 - 1]
out = []
for a in vals:
    for b in vals:
        for _ in range(2):
            r = []
            if a == b: r.append("eq")
            if a != b: r.append("ne")
            if a < b: r.append("lt")
            if a <= b: r.append("le")
            if a > b: r.append("gt")
            if a >= b: r.append("ge")
            if not a < b: r.append("nlt")
            while a < b and len(r) < 8: r.append("w")
            out.append((a, b, tuple(r)))
print(out)
vals = [-2**63, -5, -1, 0, 1, 5, 2**63 - 1]
out = []
for a in vals:
    for b in vals:
        for _ in range(2):
            out.append((a, b, a == b, a != b, a < b, a <= b, a > b, a >= b, not a, not (a < b)))
print(out)
print([not x for x in [None, 0, 1, True, False, [], [1], "", "x", 0.0, 2.5]])
