# list methods on edge cases: empty lists, negative indices, self-references
l = []
l.extend([])
l.extend(range(3))
l.extend("ab")
l.insert(-1, "x")
l.insert(0, l[:])
print(l, len(l), l.index("x"), l.count(0), l[0])
l.remove(l[0])
print(l, l.pop(-2), l.pop(1), l)
l.reverse()
print(l, l[::-1], l.copy() == l, l.copy() is l)
k = [1, 2, 3]
k.append(k)
print(k, len(k), k[3] is k, k[3][3][0])
k.pop()
print(k, k * 2, [k] * 2, k + k[:1])
m = [0] * 5
for i in range(5):
    m[i] = i * i
m[1:4] = []
print(m, m.index(16), m.count(16))
m.clear()
m += "xy"
print(m, m == ["x", "y"], list(reversed(m)), sorted(m, reverse=True))
n = [3, 1, 2]
print(n.sort(), n, sorted(n, reverse=True), n.reverse(), n)
