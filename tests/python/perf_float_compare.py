nan = float("nan")
inf = float("inf")
vals = [nan, -inf, -1.5, -1, -0.0, 0, 0.0, 0.5, 1, 2**53, 2**53 + 1, 2**60, float(2**53), 1e300, inf, True]
out = []
for a in vals:
    for b in vals:
        r = []
        if a == b: r.append("eq")
        if a != b: r.append("ne")
        if a < b: r.append("lt")
        if a <= b: r.append("le")
        if a > b: r.append("gt")
        if a >= b: r.append("ge")
        out.append((repr(a), repr(b), tuple(r)))
print(out)
