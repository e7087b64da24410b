# encode/decode round trips over many code points and the three codecs
sample = "".join(chr(c) for c in [0, 9, 10, 65, 127, 128, 233, 255, 256, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff])
u8 = sample.encode("utf-8")
print(len(sample), len(u8), u8.decode("utf-8") == sample, u8[:12].hex(" "), list(map(len, (c.encode() for c in sample))))
lat = "".join(chr(c) for c in range(256))
print(lat.encode("latin-1") == bytes(range(256)), bytes(range(256)).decode("latin-1") == lat, lat[:128].encode("ascii") == bytes(range(128)))
for enc in ("utf-8", "latin-1", "ascii"):
    ok = [c for c in sample if c.encode(enc, "ignore").decode(enc) == c]
    print(enc, len(ok), sample.encode(enc, "replace")[:20], sample.encode(enc, "backslashreplace")[:40])
bad = b"\x80abc\xc3\x28\xe2\x82\xf0\x9f\x98"
for errors in ("replace", "ignore", "backslashreplace"):
    print(errors, repr(bad.decode("utf-8", errors)), repr(bad.decode("ascii", errors)))
