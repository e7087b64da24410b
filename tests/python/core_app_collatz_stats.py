# Collatz statistics with dict memoisation and max/sorted over items
cache = {1: 0}
def steps(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    base = cache[n]
    for k, m in enumerate(reversed(path), 1):
        cache[m] = base + k
    return cache[path[0]] if path else base
lengths = {n: steps(n) for n in range(1, 10001)}
best = max(lengths, key=lengths.get)
print(best, lengths[best], sorted(lengths.items(), key=lambda kv: -kv[1])[:3], len(cache) > 10000, sum(lengths.values()) // len(lengths))
print([steps(n) for n in (1, 2, 3, 6, 7, 9, 27, 97)], max(cache), sum(1 for v in lengths.values() if v > 200))
