# Tuple and list packing/unpacking in tight loops (swap, rotate, starred).
import sys


def run(n):
    a, b, c, d = 1, 2, 3, 4
    acc = 0
    for i in range(n):
        a, b = b, a
        a, b, c, d = d, a, b, c
        t = (a, b, c, d)
        w, x, y, z = t
        lst = [w, x, y, z, i]
        p, q, *rest = lst
        first, *middle, last = lst
        acc += p + q + len(rest) + first + last + len(middle) + z
    return acc, (a, b, c, d)


def main(n):
    print(run(n))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000000)
