# look-and-say sequence via run grouping, with lengths growing by Conway's constant
def step(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
s = "1"
seq = [s]
for _ in range(12):
    s = step(s)
    seq.append(s)
print(seq[:8], [len(x) for x in seq], round(len(seq[-1]) / len(seq[-2]), 3), set("".join(seq)) <= {"1", "2", "3"})
