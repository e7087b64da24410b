# validating sudoku rows, columns and boxes with sets
grid = ["534678912", "672195348", "198342567", "859761423", "426853791", "713924856", "961537284", "287419635", "345286179"]
def valid(rows):
    g = [[int(c) for c in r] for r in rows]
    full = set(range(1, 10))
    rows_ok = all(set(r) == full for r in g)
    cols_ok = all(set(c) == full for c in zip(*g))
    boxes_ok = all({g[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)} == full for br in (0, 3, 6) for bc in (0, 3, 6))
    return rows_ok, cols_ok, boxes_ok
print(valid(grid))
bad = list(grid)
bad[0] = "535678912"
print(valid(bad), [i for i, r in enumerate(bad) if len(set(r)) != 9])
swapped = [r[1] + r[0] + r[2:] for r in grid]
print(valid(swapped), sum(int(c) for c in grid[4]), [sum(map(int, col)) for col in zip(*grid)][:3])
