# slice objects used directly: indices(), reuse across types, comparisons, repr
sl = slice(1, None, 2)
for seq in ["abcdefg", list(range(7)), tuple(range(7)), range(7), b"abcdefg", bytearray(b"xyzwvut")]:
    print(type(seq).__name__, seq[sl], seq[slice(None, None, -3)], seq[slice(-2, None)], seq[slice(100)])
print(sl, repr(slice(1)), slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(None) == slice(None, None, None))
print(slice(2, 10, 3).indices(8), slice(-100, 100).indices(5), slice(None, None, -2).indices(7), slice(3, 1, -1).indices(4))
l = list(range(10))
l[slice(0, 3)] = ["a"]
del l[slice(-2, None)]
print(l, l[slice(None, None, -1)], sl.start, sl.stop, sl.step)
for bad in [lambda: slice(1, 2, 0).indices(3), lambda: "abc"[slice(None, None, 0)], lambda: slice(1).indices("x"), lambda: hash(slice(1))]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
