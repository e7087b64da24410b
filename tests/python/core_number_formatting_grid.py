# the same numbers through many format specs
nums = [0, 1, -1, 42, -42, 3.14159, -2.5, 1e-5, 123456.789, 2 ** 40]
specs = ["", "8", "<8", "^8", "+", "08.2f", ".3g", "e", ",", "_.1f", ".0%"]
for n in nums:
    cells = []
    for s in specs:
        try:
            cells.append(format(n, s))
        except ValueError as e:
            cells.append("ERR")
    print(repr(n), "|".join(cells))
