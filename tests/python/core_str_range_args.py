# start/end arguments of str search methods: None, negatives, huge values, __index__
s = "hello world hello"
class I:
    def __index__(self):
        return 6
for args in [(None,), (None, None), (6,), (-5,), (-100,), (100,), (6, None), (None, 5), (0, -12), (I(),), (I(), I()), (2 ** 80,), (-(2 ** 80), 5)]:
    print([a if not isinstance(a, I) else "I" for a in args], s.find("hello", *args), s.rfind("o", *args), s.count("l", *args), s.startswith("wor", *args), s.endswith("hello", *args))
for args in [("x",), (1.5,), ([],)]:
    try:
        print(s.find("o", *args))
    except TypeError as e:
        print(args, "TypeError", e)
print(s.index("hello", 1), s.rindex("hello", 0, 10), "".find(""), "".find("", 1), "abc".find("", 3), "abc".rfind("", 1, 2), "abc".count("", 10))
