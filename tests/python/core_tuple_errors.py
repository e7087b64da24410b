# tuple error messages and behaviours
t = (1, 2, 3)
tests = ["t[3]", "t[-4]", "t['a']", "t.index(5)", "t.index(1, 1)", "t.count()", "t + [1]", "t * 1.5", "t < [1]", "tuple(1)",
         "tuple(1, 2)", "hash((1, []))", "t.append(1)", "t[1:2:0]", "(1,) * (2 ** 63)"]
for expr in tests:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
for stmt in ["t[0] = 9", "del t[0]", "t[0:1] = (5,)"]:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
print(t, t * 0, t[10:], t[::-1][::-1] == t, (1, 2) + (), () + (), tuple(reversed(t)))
