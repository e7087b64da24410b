# tic-tac-toe winner detection with lists, zip and all/any
LINES = [[(r, c) for c in range(3)] for r in range(3)] + [[(r, c) for r in range(3)] for c in range(3)] + [[(i, i) for i in range(3)], [(i, 2 - i) for i in range(3)]]
def winner(board):
    for line in LINES:
        vals = {board[r][c] for r, c in line}
        if len(vals) == 1 and vals != {"."}:
            return vals.pop()
    return "draw" if all(ch != "." for row in board for ch in row) else None
boards = [["XXX", "OO.", "..."], ["XO.", "XO.", "X.."], ["OXX", "XOO", "XXO"], ["XOX", "XOO", "OXX"], ["...", "...", "..."], ["..O", ".O.", "OXX"]]
for b in boards:
    grid = [list(row) for row in b]
    print(b, winner(grid), sum(row.count("X") for row in b), sum(row.count("O") for row in b))
print(len(LINES), LINES[-1], ["".join(col) for col in zip(*boards[1])])
