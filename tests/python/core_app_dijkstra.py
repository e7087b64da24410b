# shortest paths with a list-based priority queue and dict graphs
graph = {"A": {"B": 4, "C": 2}, "B": {"C": 5, "D": 10}, "C": {"E": 3}, "D": {"F": 11}, "E": {"D": 4}, "F": {}}
def dijkstra(src):
    dist = {n: float("inf") for n in graph}
    prev = {}
    dist[src] = 0
    todo = [(0, src)]
    while todo:
        todo.sort()
        d, n = todo.pop(0)
        if d > dist[n]:
            continue
        for m, w in graph[n].items():
            if d + w < dist[m]:
                dist[m] = d + w
                prev[m] = n
                todo.append((dist[m], m))
    return dist, prev
dist, prev = dijkstra("A")
print(dist)
def path(to):
    out = [to]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return "->".join(reversed(out))
print([path(n) for n in sorted(graph)], max(dist, key=dist.get), sum(v for v in dist.values() if v != float("inf")))
print(dijkstra("F")[0], dijkstra("D")[0]["F"], sorted(dijkstra("C")[0].items(), key=lambda kv: kv[1])[:3])
