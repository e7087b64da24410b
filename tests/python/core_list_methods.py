# list methods and their errors
l = [3, 1, 2]
l.append(4); print(l)
l.extend((5, 6)); l.extend("ab"); print(l)
l.insert(0, "start"); l.insert(-1, "mid"); l.insert(100, "end"); l.insert(-100, "first"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a"); print(l)
print(l.index(2), l.index("start"), l.count(2), l.count("zz"))
l2 = [5, 3, 8, 1]
l2.reverse(); print(l2)
l2.sort(); print(l2)
l2.sort(reverse=True); print(l2)
words = ["banana", "Apple", "cherry", "apple"]
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
c = l2.copy(); c.append(0); print(l2, c, c is l2)
c.clear(); print(c)
print([1, 2, 3].index(3, 1), [1, 2, 3, 2].index(2, 2), [1, 2, 3].index(1, -3, -1))
for expr in ["[].pop()", "[1].pop(5)", "[1].remove(2)", "[1].index(2)", "[1, 2].index(1, 1)", "[].insert(0)", "[].append()",
             "[].extend(1)", "[3, 'a'].sort()", "[1].pop('x')", "[].sort(1)", "[].sort(key=1, x=2)", "[1].count()"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
x = [1, 2, 3]
x.extend(x); print(x)
x += [9]; print(x)
x *= 2; print(len(x))
y = [0] * 3; y[1:2] = [7, 8, 9]; print(y)
del y[::2]; print(y)
print(list(), list("abc"), list(range(3)), list({1: 2}), list((1,)), list(x for x in "ab"))
