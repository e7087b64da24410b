# format spec type codes rejected per type, with CPython's messages
vals = [1, 1.5, "s", True, 1j, None, [1]]
codes = ["d", "f", "s", "x", "e", "%", "c", "b", "n", "g"]
for v in vals:
    out = []
    for c in codes:
        try:
            out.append(format(v, c))
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__[0])
    print(type(v).__name__, out)
for v, spec in [(1.5, "d"), ("s", "d"), (1, "s"), (None, "d"), ([1], "x"), (1j, "d"), (True, "s")]:
    try:
        format(v, spec)
    except (ValueError, TypeError) as e:
        print(type(v).__name__, spec, type(e).__name__, e)
