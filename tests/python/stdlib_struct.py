import struct
b = struct.pack("<hIq", -2, 7, 2**40)
print(b, struct.unpack("<hIq", b), struct.calcsize("<hIq"), struct.calcsize("@hIq"))
print(struct.pack(">f d", 1.5, -2.25), struct.unpack(">2s?c", b"ab\x01z"))
s = struct.Struct("!HH"); print(s.size, s.pack(1, 2), s.unpack(b"\x00\x03\x00\x04"), list(struct.iter_unpack("<B", b"\x01\x02")))
buf = bytearray(8); struct.pack_into("<I", buf, 2, 0xdeadbeef); print(buf, struct.unpack_from("<I", buf, 2))
try:
    struct.pack("<h", 70000)
except struct.error as e:
    print("error", e)
