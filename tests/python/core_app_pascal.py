# Pascal's triangle with list arithmetic, centred output and big rows
def rows(n):
    row = [1]
    for _ in range(n):
        yield row
        row = [a + b for a, b in zip([0] + row, row + [0])]
tri = list(rows(10))
width = len(" ".join(map(str, tri[-1])))
for r in tri:
    print(" ".join(map(str, r)).center(width))
big = list(rows(61))[-1]
print(big[30], sum(big) == 2 ** 60, max(big) == big[30], len(str(big[30])), [sum(r) for r in tri] == [2 ** i for i in range(10)])
print([r[2] for r in tri[2:]], [len(r) for r in tri] == list(range(1, 11)))
