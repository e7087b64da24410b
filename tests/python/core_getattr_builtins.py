# getattr/hasattr on builtin objects and their methods
for obj, names in [(1, ["real", "imag", "numerator", "denominator", "bit_length", "nope"]), (1.5, ["real", "imag", "hex", "is_integer", "x"]),
                   ("s", ["upper", "join", "format", "zzz"]), ([], ["append", "sort", "x"]), ({}, ["keys", "get", "x"]), (1j, ["real", "imag", "conjugate"]),
                   (b"", ["decode", "hex", "fromhex"]), (range(3), ["start", "stop", "step", "index", "count"]), (slice(1), ["start", "stop", "step", "indices"])]:
    print(type(obj).__name__, [hasattr(obj, n) for n in names], [callable(getattr(obj, n, None)) for n in names])
print(getattr(3, "real"), getattr(2.5, "imag"), getattr("abc", "upper")(), getattr([3, 1], "index")(1), getattr({}, "get")("k", "d"))
print(getattr(int, "from_bytes")(b"\x02", "big"), getattr(str, "join")("-", "ab"), getattr(dict, "fromkeys")("a"), getattr(list, "__len__")([1, 2]))
for o, n in [(1, "x"), ("s", "x"), (None, "x"), (int, "x")]:
    try:
        getattr(o, n)
    except AttributeError as e:
        print("AttributeError", e)
