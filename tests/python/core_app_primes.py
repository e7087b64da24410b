# sieve, factorisation, gcd with builtins only
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(100)
print(ps, len(ps), sum(ps))
def factor(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
for n in (1, 2, 12, 97, 360, 2 ** 31 - 1, 600851475143):
    print(n, factor(n))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8), gcd(2 ** 100, 2 ** 60 * 3))
print(all(pow(2, p - 1, p) == 1 for p in ps[1:]), [p for p in ps if str(p) == str(p)[::-1]])
print(divmod(sum(ps), len(ps)), max(b - a for a, b in zip(ps, ps[1:])))
