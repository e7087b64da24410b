# bytes error messages
b = b"abc"
tests = ["b[3]", "b['a']", "b.decode('nope')", "b'\\xff'.decode('ascii')", "b.find('a')", "b.count(300)", "b.index(b'z')",
         "b.join(['a'])", "b.split('a')", "b.replace('a', b'b')", "b.startswith('a')", "b.center(5, 'x')", "b.fromhex('xy')",
         "bytes.fromhex(1)", "b + 'a'", "b * 'a'", "b < 'a'", "bytes('a')", "bytes(-1)", "bytes([300])", "bytes([1.5])",
         "bytes(1.5)", "b.hex('ab')", "b.strip('a')", "b.partition(b'')", "b.zfill('1')", "b.translate(b'abc')",
         "bytes.maketrans(b'a', b'')", "b.removeprefix('a')", "memoryview" if False else "b.split(maxsplit=1.5)"]
for expr in tests:
    try:
        print(repr(eval(expr)))
    except Exception as e:
        print(type(e).__name__, e)
for stmt in ["b[0] = 1", "del b[0]"]:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
