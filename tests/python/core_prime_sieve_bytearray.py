# sieve of Eratosthenes in a bytearray with slice assignment
def primes(n):
    sieve = bytearray([1]) * (n + 1)
    sieve[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(sieve) if v]
p = primes(200)
print(len(p), p[:10], p[-5:], sum(p), primes(1), primes(2), primes(10))
twins = [(a, b) for a, b in zip(p, p[1:]) if b - a == 2]
print(len(twins), twins[:5], max(b - a for a, b in zip(p, p[1:])))
print(len(primes(10000)), primes(10000)[-1], bytearray(5).count(0), bytearray(b"\x01\x00\x01").count(1))
