# bytes %-formatting
print(b"%d-%s" % (3, b"x"), b"%5d|%-5d|" % (1, 2), b"%x %X %o" % (255, 255, 8), b"%c%c" % (65, b"b"), b"%%", b"%r" % (b"q",))
print(b"%s" % bytearray(b"ba"), b"%(k)s" % {b"k": b"v"}, b"%.2f" % 3.14159, b"%a" % ("é",), b"%b" % b"bytes")
for fmt, arg in [(b"%s", "str"), (b"%d", b"1"), (b"%c", 256), (b"%s %s", (b"a",))]:
    try:
        print(fmt % arg)
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
