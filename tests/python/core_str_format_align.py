# string format specs: fill, alignment, precision, width with non-ASCII
vals = ["", "a", "abc", "héllo", "日本", "x" * 12]
specs = ["", "5", "<5", ">5", "^5", "*^6", "-<7", ".2", "5.1", "^9.3", "0>4", "=>3", "s", ">10s"]
for v in vals:
    print(repr(v), "|".join(format(v, s) for s in specs))
for s in ["d", "=5", "+5", ",", "#", "05"]:
    try:
        print(s, repr(format("abc", s)))
    except Exception as e:
        print(s, type(e).__name__, e)
print("{:^{}}|{:.{}}|{:{}{}{}}".format("mid", 9, "truncate", 3, "x", "-", "^", 5))
print(f"{'left':<10}|{'right':>10}|{'center':^10}|{'fill':~^10}|")
