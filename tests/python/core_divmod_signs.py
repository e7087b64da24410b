# floor division and modulo sign rules across ints, floats and big ints
for a in (7, -7, 7.5, -7.5, 2 ** 65, -(2 ** 65)):
    for b in (2, -2, 0.5, -0.5, 3 ** 40):
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a, a // b == q, a % b == r, (r == 0) or ((r > 0) == (b > 0)))
