# int.to_bytes / from_bytes round trips across sizes and signs
for n in (0, 1, 127, 128, 255, 256, -1, -128, -129, 2 ** 31 - 1, -(2 ** 31), 2 ** 64 - 1, -(2 ** 63)):
    size = max(1, (n.bit_length() + 8) // 8)
    for order in ("big", "little"):
        b = n.to_bytes(size, order, signed=True)
        print(n, order, b.hex(), int.from_bytes(b, order, signed=True) == n, int.from_bytes(b, order) >= 0)
print((1).to_bytes(4, "big"), (1).to_bytes(4, "little"), (0x0102).to_bytes(2, "big"), int.from_bytes(b"\x01\x02", "little"))
print(int.from_bytes(b"\xff" * 4, "big", signed=True), int.from_bytes(b"\xff" * 4, "big"), int.from_bytes(bytearray(3), "big"))
for bad in ["(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "(2 ** 31).to_bytes(4, 'big', signed=True)", "(1).to_bytes(1, 'sideways')",
            "int.from_bytes(b'', 'big', signed=True)", "int.from_bytes([256], 'big')", "int.from_bytes('x', 'big')"]:
    try:
        print(bad, eval(bad))
    except (OverflowError, ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
