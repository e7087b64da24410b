# frozenset: immutability, hashing, mixing with set
f = frozenset([3, 1, 2])
print(sorted(f), len(f), 1 in f, 5 in f, repr(frozenset()), repr(frozenset([7])))
print(hash(f) == hash(frozenset([1, 2, 3])), hash(frozenset()) == hash(frozenset([])), f == {1, 2, 3})
d = {f: "fs", frozenset(): "empty"}
print(d[frozenset([2, 3, 1])], d[frozenset()])
print(type(f | {4}).__name__, type({4} | f).__name__, type(f & {1}).__name__, type(f - {1}).__name__, type(f ^ {1}).__name__)
print(sorted(f.union([5])), sorted(f.intersection([1, 9])), f.issubset(range(5)), f.isdisjoint([0]), f.copy() is f)
nested = frozenset([frozenset([1]), frozenset([1])])
print(len(nested), frozenset([1]) in nested)
s = {frozenset([1, 2])}
print(frozenset([2, 1]) in s, {1, 2} in s if False else "skip")
for expr in ["f.add(1)", "f.remove(1)", "frozenset(1)", "frozenset([[]])", "{[1]: 2}"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
try:
    {1} in s
except Exception as e:
    print(type(e).__name__, e)
print(frozenset("hello") == frozenset("helo"), frozenset(range(3)) < frozenset(range(4)))
class FS(frozenset):
    pass
x = FS([1, 2])
print(sorted(x), type(x).__name__, type(x | {3}).__name__, isinstance(x, frozenset))
