# search arithmetic expressions reaching a target with small sets of numbers
from_nums = [2, 3, 7]
target = 23
found = []
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b if b else None)]
def perms(xs):
    if len(xs) <= 1:
        yield list(xs)
        return
    for i in range(len(xs)):
        for p in perms(xs[:i] + xs[i + 1:]):
            yield [xs[i]] + p
for a, b, c in perms(from_nums):
    for n1, f1 in ops:
        for n2, f2 in ops:
            x = f1(a, b)
            if x is None:
                continue
            y = f2(x, c)
            if y is not None and y == target:
                found.append(f"({a} {n1} {b}) {n2} {c}")
print(sorted(set(found)), len(found))
