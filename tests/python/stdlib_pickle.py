import pickle
class P:
    def __init__(self, a): self.a = a
    def __eq__(self, o): return type(o) is P and o.a == self.a
data = [1, 2.5, "s", b"b", (1, 2), {"k": [None, True]}, {1, 2}, P(3), 2**100, frozenset("ab")]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    s = pickle.dumps(data, protocol=proto)
    print(proto, pickle.loads(s) == data)
print(pickle.dumps((1, "a"), protocol=2))
r = [1]; r.append(r); x = pickle.loads(pickle.dumps(r)); print(x[1] is x)
try:
    pickle.dumps(lambda: 0)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
