# A Go-playing workload: many random games on a 9x9 board with captures
# (flood-filled groups and liberties), suicide avoidance and a simple ko rule,
# scored by area at the end. Driven by a deterministic generator.
import sys

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2


class Rng:
    def __init__(self, seed):
        self.s = seed

    def below(self, n):
        self.s = (self.s * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.s >> 8) % n


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (SIZE * SIZE)
        self.neighbors = []
        for p in range(SIZE * SIZE):
            x, y = p % SIZE, p // SIZE
            ns = []
            if x > 0:
                ns.append(p - 1)
            if x < SIZE - 1:
                ns.append(p + 1)
            if y > 0:
                ns.append(p - SIZE)
            if y < SIZE - 1:
                ns.append(p + SIZE)
            self.neighbors.append(ns)
        self.ko = -1
        self.captured = 0

    def group(self, p):
        color = self.cells[p]
        stones = {p}
        libs = set()
        stack = [p]
        while stack:
            q = stack.pop()
            for n in self.neighbors[q]:
                c = self.cells[n]
                if c == EMPTY:
                    libs.add(n)
                elif c == color and n not in stones:
                    stones.add(n)
                    stack.append(n)
        return stones, libs

    def legal(self, p, color):
        if self.cells[p] != EMPTY or p == self.ko:
            return False
        other = 3 - color
        for n in self.neighbors[p]:
            c = self.cells[n]
            if c == EMPTY:
                return True
        self.cells[p] = color
        try:
            for n in self.neighbors[p]:
                if self.cells[n] == other and not self.group(n)[1]:
                    return True
            return bool(self.group(p)[1])
        finally:
            self.cells[p] = EMPTY

    def play(self, p, color):
        self.cells[p] = color
        other = 3 - color
        removed = []
        for n in self.neighbors[p]:
            if self.cells[n] == other:
                stones, libs = self.group(n)
                if not libs:
                    for s in stones:
                        self.cells[s] = EMPTY
                    removed.extend(stones)
        self.captured += len(removed)
        self.ko = removed[0] if len(removed) == 1 else -1

    def score(self):
        black = white = 0
        for p, c in enumerate(self.cells):
            if c == BLACK:
                black += 1
            elif c == WHITE:
                white += 1
            else:
                owners = {self.cells[n] for n in self.neighbors[p]} - {EMPTY}
                if owners == {BLACK}:
                    black += 1
                elif owners == {WHITE}:
                    white += 1
        return black, white


def random_game(rng, max_moves):
    b = Board()
    color = BLACK
    passes = 0
    moves = 0
    while moves < max_moves and passes < 2:
        empties = [p for p in range(SIZE * SIZE) if b.cells[p] == EMPTY]
        played = False
        for _ in range(10):
            p = empties[rng.below(len(empties))] if empties else -1
            if p >= 0 and b.legal(p, color):
                b.play(p, color)
                played = True
                break
        passes = 0 if played else passes + 1
        color = 3 - color
        moves += 1
    return b.score(), b.captured


def main(games):
    rng = Rng(2024)
    wins = [0, 0]
    captures = 0
    for _ in range(games):
        (black, white), cap = random_game(rng, 200)
        wins[0 if black > white else 1] += 1
        captures += cap
    print("black wins %d, white wins %d, captures %d" % (wins[0], wins[1], captures))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
