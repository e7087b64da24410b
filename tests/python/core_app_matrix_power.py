# fast exponentiation of 2x2 integer matrices (Fibonacci) with big ints
def mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
def mpow(m, n):
    r = [[1, 0], [0, 1]]
    while n:
        if n & 1:
            r = mul(r, m)
        m = mul(m, m)
        n >>= 1
    return r
def fib(n):
    return mpow([[1, 1], [1, 0]], n)[0][1]
print([fib(i) for i in range(15)], fib(100), len(str(fib(1000))), fib(300) % 1000000007, str(fib(500))[:20])
print(all(fib(i) + fib(i + 1) == fib(i + 2) for i in range(50)), mpow([[2, 0], [0, 3]], 10), mpow([[1, 1], [0, 1]], 7))
