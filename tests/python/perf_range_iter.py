# for loops over ranges keep their state inline
import sys
big = sys.maxsize
for r in [range(5), range(0), range(2, 10, 3), range(10, 2, -3), range(-5, 5), range(5, -5, -1),
          range(big - 3, big), range(-big - 1, -big + 2), range(0, big, big // 2), range(big, 0, -(big // 2)),
          range(1, 2, big), range(-1, -3, -big)]:
    print([x for x in r], list(r), sum(1 for _ in r))
out = []
for i in range(3):
    for j in range(i, 3):
        out.append((i, j))
print(out)
for i in range(3):
    pass
print(i)
for i in range(0):
    print("never")
else:
    print("else")
def gen():
    for i in range(3):
        yield i * i
print(list(gen()))
for x in [1, 2]:
    for y in range(2):
        print(x, y)
seqs = [range(2), [7, 8], range(3, 0, -1), (4, 5)]
for s in seqs:
    for v in s:
        print(v, end=" ")
print()
print([a + b for a in range(3) for b in range(a)])
