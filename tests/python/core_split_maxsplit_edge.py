# split/rsplit maxsplit edge cases for str and bytes
for ms in (-5, -1, 0, 1, 2, 10, 2 ** 40):
    print(ms, "a b c d".split(maxsplit=ms), "a b c d".rsplit(maxsplit=ms), "a,b,c".split(",", ms), "a,b,c".rsplit(",", ms),
          b"a b c".split(maxsplit=ms), b"x-y-z".rsplit(b"-", ms))
print("  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1), "a  b".split(" ", 1), "a  b".rsplit(" ", 1), "".split(",", 0), "".split(None, 0))
class I:
    def __index__(self):
        return 1
print("a b c".split(None, I()), "a b c".rsplit(maxsplit=True))
for bad in [("a", 1.5), (1,), (None, "1")]:
    try:
        print("a b".split(*bad))
    except TypeError as e:
        print(bad, "TypeError", e)
