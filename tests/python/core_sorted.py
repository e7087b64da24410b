# sorted: key, reverse, stability, errors; list.sort equivalence
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: p[0], reverse=True))
print(sorted("hello"), sorted("Hello World", key=str.lower), sorted([3, 1, 2], reverse=True), sorted(()))
print(sorted({3: "a", 1: "b"}), sorted({3, 1, 2}), sorted(range(5, 0, -1)), sorted([1.5, -2, 0, True]))
words = ["apple", "Bob", "cat", "Dog", "ant"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower())))
stable = sorted([(1, "x"), (0, "y"), (1, "a"), (0, "b")], key=lambda p: p[0])
print(stable)
rs = sorted([(1, "x"), (0, "y"), (1, "a"), (0, "b")], key=lambda p: p[0], reverse=True)
print(rs)
for expr in ["sorted([1, 'a'])", "sorted(1)", "sorted([1], key=1)", "sorted([1], 2)", "sorted()", "sorted([3, 1], cmp=None)",
             "sorted([{}, {}])", "sorted([1j, 2j])"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"V({self.v})"
print(sorted([V(3), V(1), V(2)]), min(V(5), V(4)), max([V(1), V(9)]))
nan = float("nan")
print(sorted([3, 1, 2], key=lambda x: -x), sorted([[2, 1], [1, 2], [1]]))
l = [5, 2, 8]
r = sorted(l)
print(r is l, l, r)
