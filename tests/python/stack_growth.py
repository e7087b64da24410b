def big(n):
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = n
    b = [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a0, a1, a2, a3, a4, a5, a6, a7, a8, a9]
    c = (a0 + a1) * (a2 + a3) - (a4 + a5) * (a6 + a7) + (a8 + a9) * (a0 - a1) + (a2 * a3) - (a4 * a5) + (a6 * a7)
    if n == 0:
        return c
    r = big(n - 1)
    return r + sum(b) + c
print(big(900))
for i in range(3):
    print(big(500 + i))
