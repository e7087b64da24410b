# bytearray slice assignment from bytes, lists of ints, other bytearrays and memory growth
ba = bytearray(b"0123456789")
ba[0:3] = b"abc"
print(ba)
ba[3:6] = [65, 66]
print(ba)
ba[-2:] = bytearray(b"XYZ")
print(ba)
ba[::2] = b"-" * len(ba[::2])
print(ba)
ba[:] = b""
print(ba, len(ba))
ba.extend(range(5))
ba[1:4] = b""
print(ba, list(ba))
ba[5:5] = b"tail"
print(ba)
for bad in [lambda: ba.__setitem__(slice(0, 1), [256]), lambda: ba.__setitem__(slice(0, 1), ["a"]), lambda: ba.__setitem__(slice(None, None, 2), b"x" * 99),
            lambda: ba.__setitem__(0, b"x"), lambda: ba.__setitem__(100, 1), lambda: ba.__setitem__(slice(0, 1), 5)]:
    try:
        bad()
        print(ba)
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
