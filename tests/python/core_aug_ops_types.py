# augmented assignment keeps or rebinds objects depending on mutability
for start, other in [([1], [2]), ((1,), (2,)), ("a", "b"), ({1}, {2}), (1, 2), (1.5, 2), (b"x", b"y"), (bytearray(b"x"), b"y")]:
    v = start
    before = id(v)
    try:
        v += other
    except TypeError as e:
        print(type(start).__name__, "TypeError", e)
        continue
    print(type(start).__name__, v, id(v) == before)
l = [1]
l2 = l
l *= 3
print(l, l2, l is l2)
t = (1,)
t2 = t
t *= 3
print(t, t2, t is t2)
s = {1, 2}
s2 = s
s |= {3}
s -= {1}
s &= {2, 3, 4}
s ^= {9}
print(s == s2, sorted(s))
d = {"a": 1}
d2 = d
d |= {"b": 2}
print(d, d is d2)
