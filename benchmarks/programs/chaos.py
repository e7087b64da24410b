# Chaos game: iterate a set of random affine maps (an iterated function
# system) from a deterministic generator, and rasterise the points into a
# small grid, counting cell hits.
import sys


class Rand:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 11) / 9007199254740992.0


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, pt):
        x, y = pt
        return (self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f)


class Box:
    def __init__(self):
        self.minx = self.miny = float("inf")
        self.maxx = self.maxy = float("-inf")

    def add(self, pt):
        x, y = pt
        if x < self.minx:
            self.minx = x
        if x > self.maxx:
            self.maxx = x
        if y < self.miny:
            self.miny = y
        if y > self.maxy:
            self.maxy = y


def fern():
    return [
        Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ]


def pick(maps, r):
    acc = 0.0
    for m in maps:
        acc += m.weight
        if r < acc:
            return m
    return maps[-1]


def run(n, size):
    rnd = Rand(42)
    maps = fern()
    pt = (0.0, 0.0)
    points = []
    box = Box()
    for i in range(n):
        pt = pick(maps, rnd.next()).apply(pt)
        if i > 20:
            points.append(pt)
            box.add(pt)
    grid = [[0] * size for _ in range(size)]
    sx = (size - 1) / (box.maxx - box.minx)
    sy = (size - 1) / (box.maxy - box.miny)
    for x, y in points:
        grid[int((y - box.miny) * sy)][int((x - box.minx) * sx)] += 1
    filled = sum(1 for row in grid for v in row if v)
    busiest = max(max(row) for row in grid)
    return filled, busiest


def main(n):
    print(run(n, 64))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 600000)
