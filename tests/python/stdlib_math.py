import math
print(math.pi, math.e, math.tau, math.inf, math.nan != math.nan)
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-3.7), math.fabs(-3))
print(math.factorial(20), math.gcd(12, 18, 27), math.lcm(4, 6), math.isqrt(10**20 + 1), math.comb(10, 3), math.perm(5, 2))
print(math.log(100, 10), math.log2(1024), math.log10(0.001), math.exp(1), math.pow(2, 0.5))
print(math.sin(0), math.cos(math.pi), math.atan2(1, 1), math.hypot(3, 4), math.dist((0, 0), (1, 1)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.isclose(1.0, 1.0 + 1e-10))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(float("nan")), math.copysign(1, -0.0), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.25))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
print(math.degrees(math.pi), math.radians(180), math.gamma(5), math.lgamma(10), math.erf(1))
