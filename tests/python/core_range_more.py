# range: negative steps, equality, repr, iteration, index/count with non-ints
r = range(10, -10, -3)
print(list(r), len(r), r[0], r[-1], r[2:4], r[::-1], 4 in r, -8 in r, -9 in r, r.index(-8), r.count(1))
print(range(5) == range(0, 5, 1), range(0, 0) == range(2, 1), range(1, 2, 3) == range(1, 3, 5), range(3) != range(4))
print(repr(range(-3, 3)), str(range(0, 10, 2)), range(0, -1).start, range(7).stop, range(1, 9, 4).step)
print(list(range(0, 10, 3)[::-1]), list(range(10)[::-3]), list(range(10)[2:-2:2]), range(10)[-100:100])
print(1.0 in range(3), True in range(3), "1" in range(3), [] in range(1) if False else "skip")
class I:
    def __index__(self):
        return 2
    def __eq__(self, o):
        return o == 2
    def __hash__(self):
        return 2
print(range(10)[I()], list(range(I(), 6, I())), I() in range(5))
print(sum(range(0, 100, 7)), sorted(range(3, -3, -1)), max(range(-5, 0)), list(reversed(range(0, 9, 4))))
for expr in ["range(1, 2, 3, 4)", "range(x=1)", "range(0)[0]", "range(5).index(9)", "range(1.0)", "len(range(2 ** 64))"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
