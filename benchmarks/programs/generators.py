# Generator pipelines: chained generators, send(), generator expressions
# and a recursive tree walk with yield from.
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def running_total():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


class Tree:
    def __init__(self, lo, hi):
        mid = (lo + hi) // 2
        self.value = mid
        self.left = Tree(lo, mid) if lo < mid else None
        self.right = Tree(mid + 1, hi) if mid + 1 < hi else None

    def walk(self):
        if self.left is not None:
            yield from self.left.walk()
        yield self.value
        if self.right is not None:
            yield from self.right.walk()


def main(n):
    print(sum(evens(squares(numbers(n)))))
    acc = running_total()
    next(acc)
    last = 0
    for x in numbers(n // 2):
        last = acc.send(x)
    print(last)
    print(sum(x for x in range(n) if x % 3 == 0))
    tree = Tree(0, n // 10)
    total = 0
    for _ in range(5):
        for v in tree.walk():
            total += v
    print(total)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000)
