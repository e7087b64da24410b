import zlib
data = b"hello hello hello hello " * 20
c = zlib.compress(data)
print(len(c) < len(data), zlib.decompress(c) == data, zlib.crc32(data), zlib.adler32(data))
co = zlib.compressobj(9, zlib.DEFLATED, -15); raw = co.compress(data) + co.flush()
print(zlib.decompress(raw, -15) == data)
do = zlib.decompressobj(); out = do.decompress(c[:10]) + do.decompress(c[10:]) + do.flush(); print(out == data, do.eof)
try:
    zlib.decompress(b"garbage")
except zlib.error as e:
    print("error", e)
print(zlib.decompress(bytes.fromhex("789ccb48cdc9c95728cf2fca4901001a0b045d")))
