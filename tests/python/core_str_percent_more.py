# more %-formatting: mappings, star widths, flags, repr/ascii, errors
print("%(a)s-%(b)05.1f-%(c)x" % {"a": "A", "b": 2.25, "c": 255}, "%(x)r %(x)a" % {"x": "é"})
print("%-*s|%*s|" % (6, "l", 6, "r"), "%.*s" % (2, "abcdef"), "%*.*f" % (8, 2, 3.14159), "%+.3d" % 5, "% 05d" % 42)
print("%c%c%c" % (72, "i", 33), "%5c|%-5c|" % ("a", "b"), "%r" % [1, "a"], "%s and %s" % ("x", ["y"]), "%%d" % ())
print("%x %X %#o %#X %o" % (3735928559, 48879, 64, 255, -8), "%e %.1E %g %G %.3g" % (0.000123, 12345, 1e-5, 2e20, 3.14159))
print("%s" % (1,), "%s" % ((1, 2),), "%d%%" % 50, "%.0f%%" % 99.5, "%i" % -0.9, "%u" % 7)
for fmt, val in [("%(a)s", ("x",)), ("%*d", ("a", 1)), ("%.*f", (1.5, 2.0)), ("%c", -1), ("%c", 1.5), ("%b", 1), ("%(a)s %s", {"a": 1})]:
    try:
        print(fmt % val)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
