# numeric histogram with buckets from divmod and min/max
data = [3.2, 7.9, 1.1, 4.4, 9.99, 0.0, 5.5, 5.0, 2.25, 8.75, 6.6, 4.0, 10.0]
lo, hi, nb = min(data), max(data), 5
width = (hi - lo) / nb
buckets = [0] * nb
for x in data:
    i = min(int((x - lo) // width), nb - 1)
    buckets[i] += 1
for i, c in enumerate(buckets):
    a = lo + i * width
    print(f"[{a:5.2f}, {a + width:5.2f}) {'=' * c} {c}")
print(sum(buckets) == len(data), buckets.index(max(buckets)), round(width, 3), sorted(data)[len(data) // 2])
