# list operation errors with exact messages
l = [3, 1, 2]
cases = ["l.index(9)", "l.index(3, 1)", "l.index(1, 0, 1)", "l.remove(9)", "l.pop(5)", "l.pop(-4)", "[].pop()", "l.insert()",
         "l.insert(1)", "l.insert('a', 1)", "l[1:2] = 3", "l[::2] = [1, 2, 3]", "l[3]", "l[-4]", "l * -1", "l + 'a'", "l.sort(key=1)",
         "l.sort(reverse=None)", "l.extend(5)", "l.count()", "l.index()", "sorted(l, key=str.lower)"]
for c in cases:
    try:
        if "=" in c and "==" not in c and not c.startswith("sorted") and "key=" not in c and "reverse=" not in c:
            exec(c)
            print(c, "->", l)
        else:
            print(c, "->", eval(c))
    except (TypeError, ValueError, IndexError) as e:
        print(c, "->", type(e).__name__, e)
print(l)
