# formatting inf, nan and signed zero with every spec type
vals = [float("inf"), float("-inf"), float("nan"), 0.0, -0.0]
for v in vals:
    print(repr(v), str(v), f"{v:f}", f"{v:e}", f"{v:g}", f"{v:%}", f"{v:+}", f"{v:10.2f}|", f"{v:<8}|", f"{v:F}", f"{v:E}", f"{v:G}", "%f" % v, "%e" % v, "%g" % v, round(v, 2) if v == v and abs(v) != float("inf") else v)
print(f"{-0.0:z.2f}" if False else "skip-z", format(-0.0, ".0f"), format(-1e-10, ".2f"), format(0.0, "+.1e"), "%+.1f" % -0.0)
