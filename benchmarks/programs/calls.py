# Call-heavy workload: recursion, keyword and default arguments, closures,
# methods and bound-method calls.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def with_defaults(a, b=2, *, c=3):
    return a + b + c


def make_adder(k):
    def add(x):
        return x + k
    return add


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by=1):
        self.n += by
        return self.n


def main(n):
    print(fib(n))
    print(tak(18, 12, 6))
    total = 0
    add5 = make_adder(5)
    c = Counter()
    bump = c.bump
    for i in range(200000):
        total += with_defaults(i) + with_defaults(i, 1, c=0) + add5(i)
        c.bump()
        bump(2)
    print(total, c.n)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 32)
