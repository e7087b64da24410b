# set.pop empties a set (order is unspecified, so sort the results), discard/remove semantics
s = set(range(10))
popped = []
while s:
    popped.append(s.pop())
print(sorted(popped), s, len(popped))
t = {"a", "b", "c"}
t.discard("zz")
t.discard("a")
print(sorted(t))
try:
    t.remove("a")
except KeyError as e:
    print("KeyError", e)
u = {frozenset([1]), (1, 2)}
u.discard({1})
u.remove((1, 2))
print(u)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
v = {1, 2, 3}
w = v.copy()
v.clear()
print(v, sorted(w), len(w), bool(v), bool(w))
