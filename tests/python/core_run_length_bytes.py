# run-length encoding of bytes into bytearray and back
def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)
def rle_decode(data):
    out = bytearray()
    for k in range(0, len(data), 2):
        out.extend(bytes([data[k + 1]]) * data[k])
    return bytes(out)
for sample in [b"", b"a", b"aaabccc", b"\x00" * 300, bytes(range(5)) * 2, "héé".encode()]:
    enc = rle_encode(sample)
    print(len(sample), enc[:12].hex(" "), rle_decode(enc) == sample, len(enc))
