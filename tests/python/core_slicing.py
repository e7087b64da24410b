# slicing every sequence type, slice objects and indices()
seqs = ["abcdefgh", list(range(8)), tuple(range(8)), b"abcdefgh", range(8), bytearray(b"abcdefgh")]
for s in seqs:
    print(type(s).__name__, s[2:5], s[::-1], s[::3], s[-3:], s[:-5], s[5:1:-2], s[100:], s[-100:1], s[::-3])
print(slice(1, 5, 2), slice(3), slice(None, None, -1), slice(1, 2) == slice(1, 2), slice(1, 2).start, slice(None).stop)
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(0, 100, 7).indices(20))
sl = slice(1, 6, 2)
print("abcdefgh"[sl], list(range(10))[sl], sl.start, sl.stop, sl.step)
for expr in ["'abc'[::0]", "slice(1, 2, 0).indices(5)", "slice(1).indices(-1)", "'abc'['a':]", "[1, 2][1.5:]", "hash(slice(1))"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 2
print("abcdef"[Idx():], [0, 1, 2, 3][:Idx()], "abcdef"[Idx()], (1, 2, 3)[Idx()::-1])
print("hello"[10 ** 20:], "hello"[-10 ** 20:2], [1, 2, 3][::10 ** 20], "abc"[None:None:None])
class Rec:
    def __getitem__(self, k):
        return k
r = Rec()
print(r[1:2], r[::], r[1:2, 3], r[..., 1], r[:, None])
print("日本語テキスト"[1:4], "日本語テキスト"[::-2], "é"[0:1])
