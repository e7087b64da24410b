# roman numerals and base conversion: int/str round trips with errors
vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    out = []
    for v, s in vals:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)
def from_roman(s):
    m = dict((s_, v) for v, s_ in vals if len(s_) == 1)
    total, prev = 0, 0
    for c in reversed(s.upper()):
        v = m[c]
        total += -v if v < prev else v
        prev = max(prev, v)
    return total
for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    print(n, r, from_roman(r), from_roman(r.lower()) == n)
for bad in (0, 4000, -1):
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    from_roman("ABC")
except KeyError as e:
    print("KeyError", e)
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n, b in [(255, 16), (255, 2), (-42, 7), (10 ** 20, 36), (0, 3)]:
    s = to_base(n, b)
    print(n, b, s, int(s, b) == n)
