# bytes predicates and case methods only treat ASCII letters
samples = [b"abc", b"ABC", b"Abc Def", b"123", b"abc123", b" \t\n", b"\xe9\xe8", b"", b"a_b", b"Hello World", b"\x00"]
preds = ["isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper"]
for s in samples:
    print(repr(s), "".join("1" if getattr(s, p)() else "0" for p in preds), s.upper(), s.lower(), s.title(), s.swapcase(), s.capitalize())
ba = bytearray(b"MiXeD cAsE")
print(ba.isalpha(), ba.lower(), ba.upper(), ba.istitle(), ba.title().istitle(), type(ba.lower()).__name__)
print(bytes(range(65, 91)).lower(), bytes(range(97, 123)).upper(), b"\xc3\xa9".upper(), "é".encode().isalpha())
