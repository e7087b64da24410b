# number representations: balanced ternary, Roman-free bases, digit sums with divmod
def balanced_ternary(n):
    if n == 0:
        return "0"
    digits = []
    while n:
        n, r = divmod(n, 3)
        if r == 2:
            r, n = -1, n + 1
        digits.append({-1: "T", 0: "0", 1: "1"}[r])
    return "".join(reversed(digits))
def from_bt(s):
    v = 0
    for ch in s:
        v = v * 3 + {"T": -1, "0": 0, "1": 1}[ch]
    return v
for n in [0, 1, 2, 3, 8, -8, 100, -100, 3 ** 20]:
    bt = balanced_ternary(n)
    print(n, bt, from_bt(bt) == n)
def digit_sum(n, base=10):
    s = 0
    n = abs(n)
    while n:
        n, r = divmod(n, base)
        s += r
    return s
print([digit_sum(n) for n in (0, 9, 99, 12345, 2 ** 100)], digit_sum(255, 2), digit_sum(255, 16), sum(map(int, str(2 ** 100))))
