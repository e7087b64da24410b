# parsing and validating dates with split, int() and error handling
def parse(s):
    parts = s.strip().split("-")
    if len(parts) != 3:
        raise ValueError(f"expected YYYY-MM-DD, got {s!r}")
    y, m, d = (int(p) for p in parts)
    if not 1 <= m <= 12:
        raise ValueError(f"month out of range: {m}")
    days = [31, 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    if not 1 <= d <= days:
        raise ValueError(f"day out of range: {d} (max {days})")
    return y, m, d
for s in ["2024-02-29", "2023-02-29", "1999-12-31", "2000-13-01", "2024-4-31", "abc", "2024-xx-01", " 2020-01-05 ", "2021-06"]:
    try:
        y, m, d = parse(s)
        print(f"{s!r:>14} -> {y:04d}/{m:02d}/{d:02d}")
    except ValueError as e:
        print(f"{s!r:>14} -> ValueError: {e}")
