# parsing integers from messy input with int(), strip and error collection
raw = ["42", " 17 ", "-3", "+8", "0x1F", "0b101", "1_000", "3.5", "", "abc", "٣", "  -0  ", "99999999999999999999", "1e3", "0o17"]
good, bad = [], []
for s in raw:
    try:
        good.append(int(s))
    except ValueError as e:
        try:
            good.append(int(s, 0))
        except ValueError:
            bad.append((s, str(e)))
print(good, sum(good), max(good), sorted(good)[:3])
for s, msg in bad:
    print(repr(s), "->", msg)
print(len(good) + len(bad) == len(raw), [hex(g) for g in good if 0 < g < 100])
