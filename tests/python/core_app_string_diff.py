# character-level diff using LCS table and list building
def diff(a, b):
    n, m = len(a), len(b)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    i = j = 0
    out = []
    while i < n and j < m:
        if a[i] == b[j]:
            out.append(a[i])
            i, j = i + 1, j + 1
        elif t[i + 1][j] >= t[i][j + 1]:
            out.append(f"-{a[i]}")
            i += 1
        else:
            out.append(f"+{b[j]}")
            j += 1
    out += [f"-{c}" for c in a[i:]] + [f"+{c}" for c in b[j:]]
    return " ".join(out)
for a, b in [("kitten", "sitting"), ("abc", "abc"), ("", "xy"), ("flaw", "lawn"), ("python", "typhoon")]:
    d = diff(a, b)
    print(f"{a!r:>9} -> {b!r:<10} {d}  (+{d.count('+')} -{d.count('-')})")
