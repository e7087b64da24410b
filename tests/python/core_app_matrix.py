# matrix operations with lists, zip, sum, map
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
T = [list(r) for r in zip(*A)]
print(T)
C = [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
print(C)
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(I, [row[:] for row in I] == I)
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([r[:j] + r[j + 1:] for r in m[1:]]) for j in range(len(m)))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1, 2], [3, 4]]), det(I))
flat = [x for row in A for x in row]
print(flat, max(flat), sum(flat) / len(flat), sorted(flat, reverse=True)[:2])
print([list(map(lambda v: v * 2, r)) for r in A], [sum(c) for c in zip(*A)], list(map(sum, A)))
print("\n".join(" ".join(f"{v:3d}" for v in row) for row in C))
grid = [["."] * 4 for _ in range(3)]
grid[1][2] = "#"
print(["".join(r) for r in grid])
