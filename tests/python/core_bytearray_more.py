# bytearray: in-place operations, methods returning bytearray, conversions
ba = bytearray(b"hello")
ba[0] = ord("H")
ba.extend(b" world")
ba.insert(5, 44)
print(ba, ba.decode(), ba.upper(), type(ba.upper()).__name__, ba.count(b"o"), ba.find(b"world"), ba.split(b" "))
ba.reverse()
print(ba)
ba.reverse()
del ba[5:]
ba += b"!"
ba *= 2
print(ba, len(ba), ba.replace(b"!", b"?"), ba.strip(b"!"), ba.partition(b"!"))
print(bytearray(b"a,b,c").split(b","), bytearray(b"  x ").strip(), bytearray(b"abc").center(7, b"-"), bytearray().join([b"a", b"b"]))
print(bytearray(range(5)), bytearray([65, 66]).decode(), bytearray("héllo", "utf-8"), bytearray(b"x") * 3, 3 * bytearray(b"y"))
b2 = bytearray(b"abcdef")
b2[1:3] = b"XYZ"
b2[::2] = b"1234"
print(b2, b2.pop(), b2.pop(0), b2, bytes(b2), list(b2), b2.hex("-"))
b2.remove(ord("Y"))
b2.clear()
print(b2, bytearray(b"q").isalpha(), bytearray(b"1").isdigit(), bytearray(b"Ab").istitle(), bytearray.fromhex("0a0b").hex())
