class P:
    coords = [1, 2]
    x = 3
for f in ["{p.coords[0]]0}", "{p.coords[0]x}", "{p.coords[1]}", "{p.x}", "{p.}", "{p[}", "{p.coords[0].real}", "{p.coords[0][0]}"]:
    try:
        print(repr(f.format(p=P())))
    except Exception as e:
        print(type(e).__name__, e)
