# None accepted where Python allows it: sep/end, key, default, start/stop, count
print("a", "b", sep=None, end=None)
print(sorted([3, 1], key=None), max([1, 2], key=None), min([], default=None), "abc".split(None), "a b".rsplit(None, None if False else -1))
print("abcdef"[None:3], "abcdef"[2:None], "abcdef"[None:None:-1], slice(None, None, None), list(range(10))[None:None:3])
print("abcabc".find("b", None), "abcabc".count("b", None, None), "abcabc".startswith("b", 1, None), "xx".strip(None), b"  x ".strip(None))
print(round(2.5, None), int.__new__(int) if False else "skip", dict.fromkeys("ab", None), [].sort(key=None, reverse=False))
for bad in [lambda: "a".split(1), lambda: print(sep=5), lambda: round(1.5, "x"), lambda: "abc"[None:"x"], lambda: sorted([1], key=5)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
