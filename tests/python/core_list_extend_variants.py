# list.extend / += / slice assignment with many iterable kinds
l = []
l.extend("ab")
l.extend((1, 2))
l.extend({"k": 0})
l.extend(range(2))
l.extend(x * 2 for x in (5,))
l.extend(b"Z")
l.extend(set())
l += map(str, (7,))
l[len(l):] = zip("q", "r")
print(l, len(l))
m = [1, 2]
m.extend(m)
m += m
print(m, len(m))
for bad in (1, None, 1.5):
    try:
        [].extend(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        x = []
        x += bad
    except TypeError as e:
        print("TypeError", e)
