# list indexing, slicing, assignment, deletion, comparison, containment
a = list(range(10))
print(a[0], a[-1], a[2:5], a[:3], a[7:], a[::2], a[::-1], a[-3:-1], a[5:2], a[5:2:-1], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]; print(b)
b[::3] = [0, 0, 0]; print(b)
b[1:1] = [1, 1]; print(b)
del b[0]; del b[-2:]; print(b)
b[len(b):] = [99]; print(b)
for expr in ["a[10]", "a[-11]", "a['x']", "a[1.0]", "a.__setitem__(slice(0, 10, 2), [1])", "a.__delitem__(20)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
try:
    a[::2] = [1, 2]
except Exception as e:
    print(type(e).__name__, e)
try:
    a[::0]
except Exception as e:
    print(type(e).__name__, e)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] == [1, 2], [1] == (1,), [1, [2]] == [1, [2]])
print(3 in a, 30 in a, "x" not in a, [1] in [[1], 2], a.__contains__(5))
print([1, 2] + [3], [0] * 3, 3 * [1], [] * 5, [[]] * 2)
n = [[0] * 2] * 2
n[0][0] = 1
print(n)
try:
    [1, "a"] < [1, 2]
except Exception as e:
    print(type(e).__name__, e)
try:
    [1] + (2,)
except Exception as e:
    print(type(e).__name__, e)
try:
    [1] * "x"
except Exception as e:
    print(type(e).__name__, e)
nan = float("nan")
l = [nan]
print(nan in l, l == l, l.count(nan), l.index(nan))
print(len([1, 2, 3][1:]), [1, 2, 3][-1:][0], list(reversed([1, 2, 3])), sorted([3, 1, 2]))
