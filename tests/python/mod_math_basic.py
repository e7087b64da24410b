import math

def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(f.__name__ if hasattr(f, '__name__') else f, type(e).__name__, e)
        return
    print(repr(r))

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
# argument errors
t(math.sqrt)
t(math.sqrt, 1, 2)
t(math.sqrt, x=1)
t(math.sqrt, "a")
t(math.atan2, 1)
t(math.pow, 1, 2, 3)
t(math.log)
t(math.log, 1, 2, 3)
t(math.isclose, 1)
t(math.isclose, 1, 2, 3)
t(math.isclose, 1, 2, rel_tol=-1)
t(math.isclose, 1, 2, foo=1)
t(math.nextafter, 1)
t(math.copysign, 1)
# integer functions
for n in [0, 1, 5, 20, 21, 30]:
    print(n, math.factorial(n))
print(len(str(math.factorial(1000))))
t(math.factorial, 2.0)
t(math.factorial, -1)
t(math.factorial, 10**20)
print(math.comb(10, 3), math.comb(3, 10), math.comb(100, 50), math.comb(10**20, 2))
print(math.perm(5), math.perm(5, None), math.perm(10, 3), math.perm(3, 10))
t(math.comb, 1.5, 1)
t(math.comb, -1, 1)
t(math.comb, 1, -1)
t(math.perm, 5, 2, 3)
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**64 + 5), math.isqrt(True))
t(math.isqrt, -1)
t(math.isqrt, 1.0)
print(math.gcd(), math.gcd(12), math.gcd(12, 18, -27), math.gcd(2**100, 6**50), math.gcd(0, 0))
print(math.lcm(), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**70, 3))
t(math.gcd, 1.5)
print(math.prod([]), math.prod(range(1, 11)), math.prod([1.5, 2]), math.prod([2, 3], start=10), math.prod([[1]], start=3))
t(math.prod, [1, 2], 3)
t(math.prod)
print(math.prod(range(1, 30)))
# rounding
for x in [2.5, -2.5, 0.0, -0.0, 1e20, 3, -7, True, 10**30]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x))
t(math.floor, "a")
t(math.ceil, None)
t(math.trunc, "a")
t(math.floor, math.inf)
t(math.ceil, math.nan)
class F:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
class G:
    def __float__(self): return 2.75
print(math.floor(G()), math.ceil(G()), math.sqrt(G()))
class I:
    def __index__(self): return 9
print(math.sqrt(I()), math.factorial(I()))
# float helpers
print(math.frexp(0.0), math.frexp(8.0), math.frexp(-0.1), math.frexp(math.inf))
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1080), math.ldexp(1.0, -10**30), math.ldexp(math.inf, 5))
t(math.ldexp, 1.0, 1.5)
t(math.ldexp, 1.0, 10**30)
t(math.ldexp, 1.0, 2000)
print(math.modf(3.25), math.modf(-3.25), math.modf(math.inf), math.modf(-math.inf))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, math.inf), math.fmod(-0.0, 1))
t(math.fmod, 1, 0)
t(math.fmod, math.inf, 1)
print(math.remainder(7, 3), math.remainder(8, 3), math.remainder(-7, 2), math.remainder(5, math.inf))
t(math.remainder, 1, 0)
print(math.copysign(1, -0.0), math.copysign(-3, 2), math.copysign(math.nan, -1))
print(math.fabs(-3), math.fabs(-0.0), math.fabs(-math.inf))
print(math.isfinite(1), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-1e300), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, -1), math.nextafter(5, 5))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9),
      math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(1, 1.05, rel_tol=0.1))
# pow
print(math.pow(2, 10), math.pow(2, -1), math.pow(0, 0), math.pow(math.nan, 0), math.pow(1, math.nan),
      math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(-math.inf, 2), math.pow(0.5, math.inf), math.pow(-1, math.inf))
t(math.pow, 0, -1)
t(math.pow, -1, 0.5)
t(math.pow, 10, 1000)
# sqrt / exp / log domain and range
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(math.inf))
t(math.sqrt, -1)
t(math.sqrt, 10**400)
t(math.exp, 1000)
print(math.exp(0), math.exp(-1000), math.exp(math.inf), math.exp(-math.inf))
t(math.log, 0)
t(math.log, -1)
t(math.log, 0.0)
t(math.log, 10, 1)
print(math.log(1), math.log(8, 2), math.log(100, 10), math.log(10**400), math.log2(1024), math.log2(2**2000), math.log10(1000), math.log10(10**500))
print(math.log(math.inf), math.log(math.nan))
t(math.log, -10**400)
t(math.log, -math.inf)
t(math.log1p, -1)
t(math.sin, math.inf)
t(math.cos, -math.inf)
t(math.acos, 2)
t(math.atanh, 1)
t(math.acosh, 0)
t(math.cosh, 1000)
t(math.sinh, 1000)
t(math.expm1, 1000)
t(math.exp2, 2000)
print(math.exp2(10), math.exp2(-1))
print(math.degrees(math.pi), math.radians(180), math.degrees(1e308))
# gamma / lgamma errors and exact values
t(math.gamma, 0)
t(math.gamma, -1)
t(math.gamma, -math.inf)
t(math.gamma, 200)
t(math.lgamma, 0)
t(math.lgamma, -2)
print(math.gamma(1), math.gamma(5), math.gamma(10), math.gamma(math.inf), math.lgamma(1), math.lgamma(2), math.lgamma(-math.inf))
print(round(math.gamma(0.5) ** 2, 12), round(math.lgamma(10.5), 10))
print(math.erf(0), math.erfc(0), round(math.erf(1), 12), round(math.erfc(1), 12), math.erf(math.inf), math.erfc(-math.inf))
# trig rounded
for x in [0.5, 1.0, -2.0, 3.0]:
    print([round(f(x), 12) for f in (math.sin, math.cos, math.tan, math.atan, math.sinh, math.cosh, math.tanh, math.asinh, math.exp, math.expm1)])
print(math.atan2(1, 1) == math.pi / 4, math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(math.inf, math.inf) == math.pi / 4)
print(round(math.cbrt(27), 12), math.cbrt(-8), math.cbrt(0.0), math.cbrt(math.inf))
# fsum
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(iter([0.5, 0.25])), math.fsum([math.inf, 1]), math.fsum([math.nan, 1]))
print(math.fsum([1e308, 1e308, -1e308]) if False else 'skip')
t(math.fsum, [1e308, 1e308])
t(math.fsum, [math.inf, -math.inf])
t(math.fsum, 1)
t(math.fsum, ["a"])
print(math.fsum([2.0**53, 1.0, 2.0**-53]), math.fsum([1.0, 2.0**-53, 2.0**-106]))
# hypot / dist
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(-5, 12), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308), math.hypot(*range(10)), math.hypot(0.1, 0.2, 0.3))
print(math.dist((1, 2), (4, 6)), math.dist([1, 2], [3, 4]), math.dist((0,), (5,)), math.dist((1.5, 2.5, -3.5), (0.1, 0.2, 0.3)))
t(math.dist, (1, 2), (1,))
t(math.dist, 1, 2)
t(math.hypot, "a")
print(math.sqrt.__name__, repr(math.sqrt), math.__name__)
