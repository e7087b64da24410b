# ranges beyond 64 bits
big = range(10 ** 20)
print(big, big[-1], big[10 ** 19], 10 ** 19 in big, big[::-1][:3])
print(range(-10 ** 20, 10 ** 20, 10 ** 19)[5], len(range(0, 10 ** 20, 10 ** 18)))
try:
    len(big)
except Exception as e:
    print(type(e).__name__, e)
print(big.count(10 ** 19), big.index(10 ** 19 + 1), (10 ** 19) in range(10 ** 18, 10 ** 21, 10 ** 18))
print(list(range(2 ** 63 - 2, 2 ** 63 + 2)))
print(range(2 ** 64).stop, range(2 ** 64)[2 ** 63 :][:2])
r = reversed(range(2 ** 63, 2 ** 63 + 3))
print(list(r))
