import heapq
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
l = [9, 4, 7, 1]; heapq.heapify(l); print(l, heapq.heappushpop(l, 0), heapq.heapreplace(l, 10), l)
print(heapq.nlargest(3, range(10)), heapq.nsmallest(2, "zyxw"), list(heapq.merge([1, 4, 7], [2, 5], [3])))
print(heapq.nlargest(2, [("a", 3), ("b", 1), ("c", 2)], key=lambda t: t[1]))
