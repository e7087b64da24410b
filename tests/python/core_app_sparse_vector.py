# sparse vectors as dicts: dot products, norms, addition with key unions
a = {0: 1.0, 3: 2.0, 7: -1.5}
b = {3: 4.0, 5: 1.0, 7: 2.0}
def dot(x, y):
    return sum(v * y[k] for k, v in x.items() if k in y)
def add(x, y):
    return {k: x.get(k, 0) + y.get(k, 0) for k in sorted(x.keys() | y.keys())}
def norm(x):
    return sum(v * v for v in x.values()) ** 0.5
print(dot(a, b), add(a, b), round(norm(a), 6), round(norm(b), 6), dot(a, {}), add({}, {}), sorted(a.keys() & b.keys()))
scaled = {k: v * 2 for k, v in a.items()}
print(scaled, max(scaled, key=lambda k: abs(scaled[k])), {k: v for k, v in add(a, {0: -1.0}).items() if v}, len(add(a, b)))
