# chr / ord / bin / oct / hex / ascii
print(chr(65), chr(0x263a), chr(0x1f600), repr(chr(0)), repr(chr(127)), chr(0x10ffff) == "\U0010ffff")
print(ord("A"), ord("é"), ord("\U0001f600"), ord(b"a"), ord(bytearray(b"z")), ord("\x00"))
for expr in ["chr(-1)", "chr(0x110000)", "chr('a')", "chr(1.5)", "ord('')", "ord('ab')", "ord(1)", "ord(b'ab')", "chr(2 ** 64)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
for n in (0, 1, -1, 5, -5, 255, 2 ** 64, -(2 ** 70)):
    print(n, bin(n), oct(n), hex(n))
class I:
    def __index__(self):
        return 10
print(bin(I()), oct(I()), hex(I()), bin(True))
for f in (bin, oct, hex):
    try:
        f(1.5)
    except Exception as e:
        print(type(e).__name__, e)
print(ascii("abc"), ascii("é"), ascii("\U0001f600"), ascii("\n"), ascii(["é", 1]), ascii(b"\xff"), ascii("日本"))
print(int(bin(37), 2), int(oct(37), 8), int(hex(37), 16), int(hex(-37), 0))
