# bytes()/bytearray() constructor errors and conversions
cases = ["bytes('abc')", "bytes('abc', 'ascii')", "bytes('é', 'ascii')", "bytes(3.0)", "bytes([1, 2, 'x'])", "bytes([300])", "bytes(-2)",
         "bytes(b'x', 'ascii')", "bytes(encoding='ascii')", "bytes('a', errors='strict')", "bytearray('x')", "bytearray(2.5)", "bytearray([-1])",
         "bytearray(b'ab', 'ascii')", "bytes(iter([65, 66]))", "bytes(range(3))", "bytearray(range(250, 256))", "bytes({1: 2})", "bytes((1, 2))",
         "bytes(memory_free := 2)" if False else "bytes(2)", "bytes(True)", "bytes.fromhex('a')", "bytes.fromhex('zz')", "bytearray.fromhex(' 0a 0b ')"]
for c in cases:
    try:
        print(c, "->", repr(eval(c)))
    except (TypeError, ValueError, UnicodeError) as e:
        print(c, "->", type(e).__name__, e)
