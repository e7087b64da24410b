# printf-style % formatting
print("%d %i %u" % (1, -2, 3), "%5d|%-5d|%05d" % (42, 42, 42), "%+d % d" % (5, 5), "%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%s %r %a" % ("s", "r", "é"), "%c%c" % (65, "b"), "%%", "%.2f %10.3f %-10.1f|" % (3.14159, 2.5, 1.25))
print("%e %E %g %G" % (12345.678, 0.00012, 1e-10, 1e20), "%.0f %.0e %#.0f" % (2.5, 15000, 3.0))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(a)s %(a)r" % {"a": "x"})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), "%s" % (1,), "%s" % [1, 2], "%s %s" % ((1, 2), 3))
print("%d" % 3.99, "%d" % True, "%x" % 10 ** 20, "%s" % None, "%10s|%-10s|" % ("r", "l"), "%.3s" % "abcdef")
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%(k)s", {}), ("%z", 1), ("%c", 300000000), ("%c", "ab"),
                  ("%", ()), ("%(a", {"a": 1}), ("%x", 1.5), ("%f", "s"), ("%s %s", 1), ("%d", None), ("%i", [])]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print("%s %r" % (P(), P()), "%5.1s|" % P())
print("%o" % -8, "%x" % -255, "%#X" % -255, "%e" % float("inf"), "%f" % float("nan"), "%.2e" % -0.0)
print("%s" % {"a": 1}, "%(x)s" % {"x": [1]}, "" % [], "abc" % ())
print("%-5c|%5c|" % ("x", "y"), "%05.1f" % -2.5, "%+.2e" % 12345.6789, "%#g" % 1.0)
