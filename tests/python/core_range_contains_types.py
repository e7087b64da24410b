# membership in range: ints fast, other numbers by equality, non-numbers False
r = range(0, 20, 5)
for v in [0, 5, 7, 15, 20, -5, 5.0, 5.5, True, False, 10 ** 20, "5", None, 1 + 0j, 15.0]:
    print(repr(v), v in r, r.count(v), v in list(r))
class E:
    def __eq__(self, o):
        return o == 10
    __hash__ = None
print(E() in r, r.count(E()), r.index(E()))
print(range(0, -10, -2).__contains__(-4), -3 in range(0, -10, -2), 0 in range(0), 2 ** 70 in range(2 ** 69, 2 ** 71) if False else "skip")
