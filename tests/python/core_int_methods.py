# int methods and attributes
for n in (0, 1, -1, 5, -5, 255, 256, 2 ** 63, -(2 ** 63), 10 ** 20):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"), (0).to_bytes(0, "big"))
print((-1).to_bytes(1, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (255).to_bytes(1, "big"), (5).to_bytes())
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff", "big", signed=True))
print(int.from_bytes([1, 0], "big"), int.from_bytes(b"", "big"), int.from_bytes(b"\x80\x00", byteorder="big", signed=True), int.from_bytes(b"\x01"))
print(int.from_bytes(bytearray(b"\x01\x02"), "little"), (2 ** 100).to_bytes(13, "big"))
for expr in ["(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "(128).to_bytes(1, 'big', signed=True)", "(1).to_bytes(1, 'middle')",
             "(1).to_bytes(-1, 'big')", "int.from_bytes('ab', 'big')", "int.from_bytes(b'a', 'x')", "(1).bit_length(1)", "(1).to_bytes(1, 2)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
print(True.bit_length(), False.as_integer_ratio(), True.real, True + True, int.__name__)
class MyInt(int):
    pass
m = MyInt(7)
print(type(m.real).__name__, type(m.numerator).__name__, m.bit_length(), type(MyInt.from_bytes(b"\x01", "big")).__name__)
print((12).__index__(), (3).__abs__(), (-3).__abs__(), (7).__neg__(), (2).__pow__(10), (5).__int__(), (2).__float__())
