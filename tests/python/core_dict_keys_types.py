# dict keys of many hashable types and lookups with equal keys of other types
d = {1: "int", 2.5: "float", "s": "str", b"b": "bytes", (1, 2): "tuple", None: "none", True: "true?", frozenset([1]): "fs",
     range(2): "range", 3 + 4j: "complex", ...: "ellipsis", int: "type", len: "builtin"}
print(len(d), d[1], d[1.0], d[True], d[2.5], d["s"], d[b"b"], d[(1, 2)], d[None], d[frozenset({1})], d[range(0, 2)], d[3 + 4j])
print(d[...], d[int], d[len], list(d)[:4], 1.0 in d, (1, 2.0) in d, "S" in d)
e = {}
e[0] = "zero"
e[0.0] = "float zero"
e[False] = "false"
e[-0.0] = "neg zero"
print(e, len(e))
f = {"a": 1}
f["a" + ""] = 2
f["".join(["a"])] = 3
print(f)
try:
    {}[[1]]
except TypeError as ex:
    print("TypeError", ex)
try:
    d[{}]
except TypeError as ex:
    print("TypeError", ex)
