# sequence repetition and concatenation: results and error messages
seqs = ["ab", [1, 2], (1, 2), b"ab", bytearray(b"ab")]
for s in seqs:
    print(type(s).__name__, s * 2, 2 * s, s * 0, s * -3, s + s, s * True, len(s * 100))
class N:
    def __index__(self):
        return 3
for s in seqs:
    print(type(s).__name__, s * N())
pairs = [("ab", [1]), ([1], "ab"), ((1,), [1]), ([1], (1,)), (b"a", "a"), ("a", b"a"), (bytearray(b"a"), "a"), ("a", None), ([1], None),
         ((1,), 1), (b"x", 1)]
for a, b in pairs:
    try:
        print(a + b)
    except TypeError as e:
        print(type(a).__name__, "+", type(b).__name__, "TypeError", e)
for s in seqs:
    for n in (1.5, "2", None, [2]):
        try:
            print(s * n)
        except TypeError as e:
            print(type(s).__name__, "*", type(n).__name__, "TypeError", e)
try:
    "ab" * (2 ** 63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
