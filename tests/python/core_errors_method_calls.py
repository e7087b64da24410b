# calling methods with the wrong receiver type through the class
cases = ["str.lower(b'A')", "bytes.lower('A')", "list.append((), 1)", "dict.keys([])", "set.add(frozenset(), 1)", "int.bit_length(1.5)",
         "float.hex(1)", "tuple.index([1], 1)", "str.join('', 'ab')", "list.sort('ba')", "dict.update({}, 1)", "bytes.hex(bytearray(b'a'))",
         "str.startswith(1, 'a')", "list.__len__('abc')", "str.__len__([])"]
for c in cases:
    try:
        print(c, "->", repr(eval(c)))
    except (TypeError, ValueError) as e:
        print(c, "->", type(e).__name__, e)
