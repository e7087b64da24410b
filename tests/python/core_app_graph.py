# BFS/DFS shortest paths on dict-of-lists graphs
g = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": [], "x": ["y"], "y": []}
def bfs(start, goal):
    prev = {start: None}
    q = [start]
    while q:
        n = q.pop(0)
        if n == goal:
            path = []
            while n is not None:
                path.append(n)
                n = prev[n]
            return path[::-1]
        for m in g[n]:
            if m not in prev:
                prev[m] = n
                q.append(m)
    return None
print(bfs("a", "f"), bfs("a", "e"), bfs("a", "y"), bfs("x", "y"), bfs("f", "f"))
def dfs(n, seen=None):
    seen = [] if seen is None else seen
    seen.append(n)
    for m in sorted(g[n]):
        if m not in seen:
            dfs(m, seen)
    return seen
print(dfs("a"), dfs("x"))
indeg = {k: 0 for k in g}
for vs in g.values():
    for v in vs:
        indeg[v] += 1
order, ready = [], sorted(k for k, d in indeg.items() if d == 0)
while ready:
    n = ready.pop(0)
    order.append(n)
    for m in g[n]:
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
            ready.sort()
print(order, len(order) == len(g))
try:
    bfs("a", "zz") or g["zz"]
except KeyError as e:
    print("KeyError", e)
