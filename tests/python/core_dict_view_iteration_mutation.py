# iterating dict views while mutating raises; snapshots avoid it
d = {i: i for i in range(5)}
for view in (d, d.keys(), d.values(), d.items()):
    try:
        for x in view:
            d[100 + len(d)] = 0
    except RuntimeError as e:
        print(type(view).__name__, "RuntimeError", e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
for k, v in list(d.items()):
    d[k * 10] = v
print(d)
d2 = {"a": 1}
for k in d2:
    d2[k] = 99
print(d2)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError", e)
