# Transcendental functions, bit for bit against CPython on Debian's glibc
# (where glibc is correctly rounded; the few inputs where it is not are
# left out).
import math

vals = [i * 0.37 - 20 for i in range(109)] + [1.5 ** k for k in range(-40, 60, 3)] + [1e-5 * k for k in range(1, 20)]
skip = {('sin', 3.3156389569347375)}
for name in ['exp', 'log', 'log2', 'log10', 'sin', 'cos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'asin', 'acos', 'exp2']:
    f = getattr(math, name)
    out = []
    for v in vals:
        if (name, v) in skip:
            continue
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0])
    print(name, ' '.join(out))
print('atan2', ' '.join(repr(math.atan2(y, x)) for y in (-3.5, -1.0, 0.25, 2.0, 7.0) for x in (-4.0, -0.5, 0.3, 1.0, 9.0)))
print([math.sin(x) for x in (1e22, 1e300, 2.0 ** 60, 123456789.0)], [math.cos(x) for x in (1e22, 1e300)])
