# spiral order and rotation of matrices with slicing and zip
def spiral(m):
    out = []
    while m:
        out += m[0]
        m = [list(r) for r in zip(*m[1:])][::-1]
    return out
grid = [[r * 4 + c for c in range(4)] for r in range(3)]
print(grid, spiral([row[:] for row in grid]))
rot = [list(r) for r in zip(*grid[::-1])]
print(rot, [list(r) for r in zip(*grid)][::-1], [row[::-1] for row in grid[::-1]])
print(spiral([[1]]), spiral([]), spiral([[1, 2], [3, 4]]), spiral([[1], [2], [3]]))
n = 4
sq = [[0] * n for _ in range(n)]
r, c, dr, dc = 0, 0, 0, 1
for v in range(1, n * n + 1):
    sq[r][c] = v
    if not (0 <= r + dr < n and 0 <= c + dc < n) or sq[r + dr][c + dc]:
        dr, dc = dc, -dr
    r, c = r + dr, c + dc
print("\n".join(" ".join(f"{v:2d}" for v in row) for row in sq))
