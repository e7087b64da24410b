# ints just above 64 bits (128-bit fast path) against CPython
M = 0xFFFFFFFFFFFFFFFF
vals = [0, 1, -1, 2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**64,
        6364136223846793005, 1442695040888963407, 2**100 + 7, -(2**100) - 7, 2**126, -(2**127) + 1,
        2**127 - 1, 2**127, -(2**127), 3**80, -(3**79)]
acc = []
for a in vals:
    for b in vals:
        acc.append((a + b, a - b, a * b, a & b, a | b, a ^ b))
    for s in (0, 1, 11, 63, 64, 65, 100, 127, 128, 200):
        acc.append((a >> s, a << s))
print(len(acc))
for row in acc:
    print(row)
x = 42
for _ in range(1000):
    x = (x * 6364136223846793005 + 1442695040888963407) & M
print(x, x >> 11, (x >> 11) / 9007199254740992.0, type(x).__name__, x == int(str(x)), hash(x) == hash(int(str(x))))
