# list.sort is in place, returns None, and is stable with equal keys; the list is empty during the sort
l = ["bb", "a", "ccc", "dd", "e"]
print(l.sort(key=len), l)
l.sort(key=len, reverse=True)
print(l)
l.sort(key=lambda s: s[-1])
print(l)
seen = []
def key(v):
    seen.append(len(data))
    return v
data = [3, 1, 2]
data.sort(key=key)
print(data, seen)
def bad_key(v):
    data2.append(99)
    return v
data2 = [2, 1]
try:
    data2.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e)
print(data2)
