# bytes construction, indexing, slicing, comparison, hex/fromhex, decode
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(b"xy"), bytes(bytearray(b"z")), bytes("é", "utf-8"), bytes("ab", encoding="ascii"))
print(bytes(range(5)), bytes((255, 0)), bytes(iter([1, 2])))
b = b"hello world"
print(b[0], b[-1], b[1:4], b[::-1], b[::3], b[100:], b[-3:], len(b), b"o" in b, 111 in b, b"xyz" in b)
print(list(b"abc"), tuple(b"\x00\x01"), b * 2, 2 * b"ab", b"" * 5, b"a" + b"b")
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"abc" == b"abc", b"abc" == "abc", b"" == b"")
print(b"\x00\x01\xfe\xff".hex(), bytes.fromhex("00 01 fe FF"), bytes.fromhex(""), b"abc".hex(" "))
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"abc".decode("ascii"), b"\xff".decode("latin-1"))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\x00\x7f\x80\\"))
print(hash(b"abc") == hash(b"abc"), isinstance(b"", bytes), type(b"").__name__)
print(bytes.fromhex("4142").decode(), b"%s" if False else b"done")
for expr in ['bytes("abc")', 'bytes(-1)', 'bytes([256])', 'bytes([-1])', 'bytes(["a"])', 'bytes(1.5)', 'b"abc"[3]', 'b["x"]',
             'b"a" + "b"', 'b"a" * 1.5', 'bytes.fromhex("0")', 'bytes.fromhex("zz")', 'bytes.fromhex(b"00")', 'b"\\xff".decode()',
             'bytes(b"x", "utf-8")', 'bytes("x", "nope")', '"a" in b"abc"', 'b"a" < "b"']:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
class WithBytes:
    def __bytes__(self):
        return b"custom"
print(bytes(WithBytes()))
class BadBytes:
    def __bytes__(self):
        return "str"
try:
    bytes(BadBytes())
except Exception as e:
    print(type(e).__name__, e)
