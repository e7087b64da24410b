# hex()/fromhex() with separators and grouping on bytes and bytearray
data = bytes(range(0, 200, 25))
for sep in (None, ":", "-", b".", " "):
    for group in (1, 2, 3, -2, -3):
        if sep is None:
            print(data.hex())
            break
        print(repr(sep), group, data.hex(sep, group), bytearray(data).hex(sep, group))
print(bytes.fromhex("00ff 10  20"), bytes.fromhex(""), bytearray.fromhex("aBcD"), bytes.fromhex(data.hex()) == data)
for bad in ["0", "0g", "0 0", "xyz", "12 3"]:
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
for args in [("::",), ("",), (":", 0), (1,)]:
    try:
        print(args, data.hex(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
