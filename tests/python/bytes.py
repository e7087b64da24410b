b = b"hello\x00\xff"
print(b, len(b), b[0], b[1:3], list(b[:2]), b + b"!", b * 2, b"ell" in b, 104 in b)
print("héllo".encode(), b"abc".decode(), bytes(3), bytes([65, 66]), b.hex(), b == b"hello\x00\xff", hash(b"x") == hash(b"x"))
print(repr(b"it's"), repr(b'"q"'), b"a" < b"b", sorted([b"b", b"a"]))
