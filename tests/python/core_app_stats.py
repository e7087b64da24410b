# statistics by hand: mean, median, mode, variance with sorted/sum/round
data = [2, 4, 4, 4, 5, 5, 7, 9, 10, 1.5, 3.25]
n = len(data)
mean = sum(data) / n
s = sorted(data)
median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
counts = {}
for x in data:
    counts[x] = counts.get(x, 0) + 1
mode = max(counts, key=lambda k: (counts[k], -k))
var = sum((x - mean) ** 2 for x in data) / n
print(n, mean, median, mode, round(var, 6), round(var ** 0.5, 6))
print(f"{mean:.3f} {median:.1f} {var:.4e}", min(data), max(data), max(data) - min(data))
q = [s[int(p * (n - 1))] for p in (0, 0.25, 0.5, 0.75, 1)]
print(q, sorted(set(data)), [round(x / max(data), 2) for x in data[:4]])
z = [round((x - mean) / var ** 0.5, 3) for x in data]
print(z, round(sum(z), 10))
bins = [0] * 5
for x in data:
    bins[min(int(x // 2), 4)] += 1
print(bins, sum(bins) == n, ["*" * b for b in bins])
