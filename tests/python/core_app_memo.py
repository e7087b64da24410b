# memoisation with dicts, recursion and big ints
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print([fib(i) for i in range(15)], fib(90), fib(200), len(memo))
def binom(n, k, cache={}):
    if k in (0, n):
        return 1
    key = (n, k)
    if key not in cache:
        cache[key] = binom(n - 1, k - 1) + binom(n - 1, k)
    return cache[key]
print([binom(6, k) for k in range(7)], binom(60, 30), sum(binom(20, k) for k in range(21)) == 2 ** 20)
def partitions(n, m=None, cache={}):
    m = n if m is None else m
    if n == 0:
        return 1
    if (n, m) in cache:
        return cache[(n, m)]
    r = sum(partitions(n - k, k) for k in range(1, min(n, m) + 1))
    cache[(n, m)] = r
    return r
print([partitions(i) for i in range(1, 16)], partitions(60))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 3000), key=collatz)
print(best, collatz(best), [collatz(i) for i in range(1, 11)])
