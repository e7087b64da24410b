# aligned columns with ljust/rjust/center and the equivalent format specs agree
rows = [("id", "name", "score"), (1, "Ann", 93.5), (22, "Bartholomew", 7.25), (333, "Cy", 100.0)]
w = [max(len(str(r[i])) for r in rows) for i in range(3)]
for r in rows:
    a = str(r[0]).rjust(w[0]) + " | " + str(r[1]).ljust(w[1]) + " | " + str(r[2]).center(w[2])
    b = f"{str(r[0]):>{w[0]}} | {str(r[1]):<{w[1]}} | {str(r[2]):^{w[2]}}"
    c = "{:>{}} | {:<{}} | {:^{}}".format(str(r[0]), w[0], str(r[1]), w[1], str(r[2]), w[2])
    print(a, a == b == c)
print(" ".join(s.center(7, "*") for s in ("a", "bb", "ccc")), "|".join(f"{i:^5}" for i in range(3)))
