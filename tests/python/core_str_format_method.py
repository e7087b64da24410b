# str.format: positional, keyword, attributes, items, conversions, nesting
print("{} {} {}".format(1, "a", None), "{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2), "{}{{}}".format(5))
class P:
    x = 10
    items = [1, 2]
p = P()
print("{0.x} {0.items[1]} {d[k]} {d[0]}".format(p, d={"k": "v", 0: "zero"} if False else {"k": "v", "0": "zero"}))
print("{!r} {!s} {!a}".format("q", "q", "é"), "{0!r:>6}".format("q"), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
print("{:>5}|{:<5}|{:^5}|{:*^7}".format("a", "b", "c", "d"), "{:,} {:_} {:08.3f}".format(1234567, 1234567, -3.5))
print("{:b} {:o} {:x} {:#X} {:c}".format(10, 10, 255, 255, 97), "{:%} {:.1%}".format(0.25, 0.333))
print("{0[0]}{0[1]}".format("ab"), "{:s}".format("str"), "{:10}|{:<10}|".format(42, 42), "{:e}".format(1234.5))
for fmt, args, kw in [("{", (), {}), ("}", (), {}), ("{0}", (), {}), ("{x}", (), {}), ("{0!z}", (1,), {}), ("{:d}", ("s",), {}),
                      ("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}), ("{0.missing}", (1,), {}), ("{0[5]}", ([1],), {}),
                      ("{:>>>}", (1,), {}), ("{a.b}", (), {"a": 1})]:
    try:
        print(repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)
print("{0:{1}}".format(3, "05"), "{:{}{}}".format(7, ">", 4), "{}".format([1, {"a": (2,)}]))
d = {"name": "Bob", "n": 3}
print("{name} has {n} items".format_map(d), "{name!r}".format_map(d))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{known} {unknown}".format_map(Default(known="yes")))
try:
    "{nope}".format_map({})
except Exception as e:
    print(type(e).__name__, e)
