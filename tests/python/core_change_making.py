# dynamic programming with lists: coin change and longest common subsequence
def coins(amount, denoms):
    best = [0] + [None] * amount
    for a in range(1, amount + 1):
        opts = [best[a - d] for d in denoms if d <= a and best[a - d] is not None]
        best[a] = min(opts) + 1 if opts else None
    return best[amount]
print([coins(a, [1, 5, 10, 25]) for a in (0, 1, 6, 30, 99)], coins(3, [2]), coins(11, [2, 5]))
def lcs(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a, 1):
        for j, y in enumerate(b, 1):
            t[i][j] = t[i - 1][j - 1] + 1 if x == y else max(t[i - 1][j], t[i][j - 1])
    out, i, j = [], len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i, j = i - 1, j - 1
        elif t[i - 1][j] >= t[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))
print(lcs("ABCBDAB", "BDCABA"), lcs("", "abc"), lcs("same", "same"), lcs("abc", "xyz") == "", len(lcs("a" * 50, "a" * 30)))
