# sorted/list.sort argument edge cases: key=None, reverse truthiness, exceptions in keys
print(sorted([3, 1, 2], key=None), sorted([3, 1, 2], reverse=1), sorted([3, 1, 2], reverse=0), sorted("bca", key=None, reverse=True))
l = [5, 3, 4]
l.sort(key=None, reverse=True)
print(l)
def key(v):
    if v == 3:
        raise KeyError("key fail")
    return v
for f in (lambda: sorted([1, 3, 2], key=key), lambda: max([1, 3], key=key), lambda: min([3, 1], key=key), lambda: [1, 3].sort(key=key)):
    try:
        f()
    except KeyError as e:
        print("KeyError", e)
for bad in [lambda: sorted([1], key=1), lambda: sorted([1], reverse="x") or "ok", lambda: sorted([3, 1, 2], reverse=[]), lambda: sorted([2, 1], reverse=2.5), lambda: [1].sort(1), lambda: sorted([1], [2])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        raise ValueError("cannot compare")
try:
    sorted([Cmp(1), Cmp(2)])
except ValueError as e:
    print("ValueError", e)
print(sorted([Cmp(1)])[0].v, sorted([]), sorted([[]]))
