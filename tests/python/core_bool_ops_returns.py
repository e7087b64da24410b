# and/or return operands, not bools; not returns bool
vals = [0, 1, "", "x", [], [0], None, 0.0, 2.5]
for a in vals:
    print(repr(a), repr(a and "A"), repr(a or "O"), not a, repr(a and a), repr(a or a))
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or "last", None or [] or {} or (), [] and 1 or 2)
print(all([]), any([]), all([1, 1.5, "x"]), any([0, "", None, 0j]), (lambda: 0)() or "fallback", [x or "-" for x in ["a", "", None]])
calls = []
def t(v):
    calls.append(v)
    return v
r = t(0) and t(1)
r2 = t(1) or t(2)
r3 = t("") or t(0) or t("z")
print(r, r2, r3, calls)
