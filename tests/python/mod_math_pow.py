# math.pow and float ** agree bit for bit with CPython on glibc, special cases included.
import math
vals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 10.0, 1e-310, -1e-310, 1e308, -1e308, 1.0000001, 0.9999999, float('inf'), float('-inf'), float('nan'), 7.5, -7.5, 1e-5, 123.456]
exps = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 0.5, -0.5, 1.5, 1e10, -1e10, 2**53, 2**53 + 2, 1e300, -1e300, float('inf'), float('-inf'), float('nan'), 1/3, 100.0, -100.0, 1074.0, -1074.0, 1023.5]
out = []
for x in vals:
    for y in exps:
        try:
            r = repr(math.pow(x, y))
        except Exception as e:
            r = type(e).__name__
        try:
            s = repr(x ** y)
        except Exception as e:
            s = type(e).__name__
        out.append('%r %r %s %s' % (x, y, r, s))
print('\n'.join(out))
xs = [0.37 * i + 0.01 for i in range(300)]
ys = [(i % 23) * 0.77 - 8.3 for i in range(300)]
print(' '.join(repr(math.pow(x, y)) for x, y in zip(xs, ys)))
print(' '.join(repr(x ** y) for x, y in zip(xs, ys)))
print([2 ** 0.5, 10 ** -2.5, 1.1 ** 10, 0.5 ** 0.5, 3.7 ** 2.2, (-8.0) ** 3, 2.0 ** -1074, 7 ** -2])
