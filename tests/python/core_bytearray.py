# bytearray: mutation, slicing assignment, methods returning bytearray
b = bytearray(b"hello")
b.append(33)
b.extend([1, 2])
b.extend(b"ab")
b[0] = 72
print(b, len(b), b[1:3], b[-1], type(b[1:3]).__name__)
del b[-4:]
print(b)
b[1:3] = b"EL"
print(b)
b[1:3] = b""
print(b)
b[0:0] = [120, 121]
print(b)
b += b"zz"
print(b, b * 2, b == b"xyHlo!zz", b"xyHlo!zz" == b)
b *= 2
print(b)
del b[::2]
print(b)
b[::2] = b"AAAA"
print(b)
print(b.pop(), b.pop(0), b)
b.insert(0, 65)
b.insert(-1, 66)
b.insert(100, 67)
print(b)
b.remove(65)
print(b)
b.reverse()
print(b, b.copy(), b.copy() is b)
b.clear()
print(b, len(b), bool(b))
print(bytearray(), bytearray(3), bytearray("é", "utf-8"), bytearray([1, 2, 255]), bytearray(b"ab").upper(), bytearray(b"a b").split())
print(bytearray(b"abc").find(b"c"), bytearray(b"abc") + b"d", b"d" + bytearray(b"abc"), bytearray.fromhex("ff 00"))
print(bytearray(b"x").hex(), bytearray(b"abc")[::-1], list(bytearray(b"ab")), bytes(bytearray(b"q")))
c = bytearray(b"abc")
for expr in ['hash(c)', 'c.append(256)', 'c.append("a")', 'c.pop(10)', 'bytearray().pop()', 'c.remove(120)', 'c[10]',
             'c.__setitem__(0, 300)', 'c.__setitem__(slice(0, 3, 2), b"xyz")', 'c.extend(1)', 'c.extend("s")', 'c + "s"', 'c["a"]']:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
print(c)
