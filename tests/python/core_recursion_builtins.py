# recursion depth errors and deep data through builtins
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(100), depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError", str(e)[:40])
nested = []
cur = nested
for _ in range(200):
    cur.append([])
    cur = cur[0]
print(len(str(nested)), str(nested)[:6], nested == nested)
def flatten(x):
    return [y for item in x for y in (flatten(item) if isinstance(item, list) else [item])]
print(flatten([1, [2, [3, [4, [5]]]], 6]), flatten([]), flatten([[[[]]]]))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, i) for i in range(4)], ackermann(3, 3))
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __repr__(self):
        return f"{self.v}->{self.nxt!r}"
print(Node(1, Node(2, Node(3))))
