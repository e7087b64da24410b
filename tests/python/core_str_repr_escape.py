# repr of str and bytes: quote choice and escapes
samples = ["", "plain", "it's", 'say "hi"', "both ' and \"", "\\", "\n\r\t", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad",
           "é ü ñ", "\u200b\u2028\ufeff", "日本語", "\U0001F600", "\ud7ff", "tab\tend", "\x0b\x0c", "\u0300"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
bs = [b"", b"plain", b"it's", b'"', b"'\"", b"\\", b"\n\r\t", b"\x00\x7f\x80\xff", bytes(range(0, 256, 37))]
for b in bs:
    print(repr(b), ascii(b))
print(repr(bytearray(b"x'y")), str(b"abc"), repr(["a'", "b"]), repr({"k": "v'"}), repr(("é",)))
print("%r" % "x\ny", "{!r}".format("a'b"), f"{'q'!r}")
