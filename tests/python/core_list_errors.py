# list error messages
l = [1, 2, 3]
tests = ["l[3]", "l[-4]", "l['0']", "l[None]", "l[1.0]", "l.pop(3)", "[].pop(0)", "l.index(4)", "l.index(1, 1)", "l.remove(9)",
         "l.insert('0', 1)", "l.sort(key=len)", "l + (4,)", "l * []", "l < 'abc'", "l.extend(None)", "l.count()", "list(1)",
         "list(1, 2)", "l.copy(1)", "l.clear(1)", "l.reverse(1)", "l.append(1, 2)"]
for expr in tests:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
for stmt in ["l[5] = 1", "l['a'] = 1", "del l[5]", "l[0:1] = 5", "l[::2] = [1, 2, 3]", "del l['x']"]:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
print(l)
