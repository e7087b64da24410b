# drawing shapes with string multiplication, centering and joins
n = 5
print("\n".join(("*" * (2 * i + 1)).center(2 * n - 1) for i in range(n)))
print("\n".join(("#" * i).rjust(n) for i in range(1, n + 1)))
box = ["+" + "-" * 8 + "+"] + ["|" + s.center(8) + "|" for s in ("taipan", "python", "go")] + ["+" + "-" * 8 + "+"]
print("\n".join(box))
diamond = [("*" * (2 * i + 1)).center(2 * n - 1) for i in list(range(n)) + list(range(n - 2, -1, -1))]
print("\n".join(diamond), len(diamond), sum(r.count("*") for r in diamond))
checker = ["".join("#." [(r + c) % 2] for c in range(8)) for r in range(4)]
print("\n".join(checker))
