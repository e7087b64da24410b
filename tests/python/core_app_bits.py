# bit manipulation helpers with int methods and formatting
def popcount(n):
    return bin(n).count("1")
for n in [0, 1, 255, 256, 2 ** 64 - 1, 12345678901234567890]:
    print(n, popcount(n), n.bit_count(), n.bit_length(), f"{n:#x}", f"{n:b}"[-8:], (n & -n).bit_length() - 1 if n else -1)
def gray(n):
    return n ^ (n >> 1)
print([gray(i) for i in range(8)], [f"{gray(i):03b}" for i in range(8)])
def reverse_bits(n, width=8):
    return int(f"{n:0{width}b}"[::-1], 2)
print([reverse_bits(i) for i in (1, 2, 3, 128, 255)], reverse_bits(1, 16))
mask = 0
for b in (0, 3, 5, 63, 64):
    mask |= 1 << b
print(mask, hex(mask), [b for b in range(70) if mask >> b & 1], mask.to_bytes(9, "little").hex())
print(int.from_bytes(mask.to_bytes(9, "big"), "big") == mask, (-1 & 0xFF), (-129 & 0xFF), ~5 & 0xF)
subsets = [[x for i, x in enumerate("abc") if m >> i & 1] for m in range(8)]
print(subsets)
