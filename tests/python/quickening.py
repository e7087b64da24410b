# specialised instructions must de-specialise correctly when operand
# types change or results overflow
def mixed(values):
    total = 0
    for v in values:
        total = total + v
        total = total * 1
    return total

print(mixed([1, 2, 3]), mixed([1.5, 2]), mixed([10 ** 20, 1]), mixed([1, 2.5, 3]))
x = 1
for i in range(100):
    x = x * 3
print(x)
y = 1
for i in range(70):
    y = y << 1
    y = y | 1
print(y, y % 1000, y // 7, -y // 7, y >> 60, y ^ 5, y & 255)
def cmp(a, b):
    return a < b
print([cmp(1, 2), cmp(2.5, 1), cmp(10 ** 30, 1), cmp(1, 10 ** 30)])
def loop_over(seq):
    out = 0
    for item in seq:
        out += 1
    return out
print(loop_over(range(5)), loop_over([1, 2]), loop_over((1, 2, 3)), loop_over(range(3)), loop_over({1: 2}))
class A:
    def __init__(self, v):
        self.v = v
class B:
    def __init__(self, v):
        self.w = 0
        self.v = v
def getv(o):
    return o.v
print([getv(o) for o in [A(1), A(2), B(3), A(4), B(5)] * 5])
def setv(o, x):
    o.v = x
    return o.v
print([setv(o, i) for i, o in enumerate([A(1), B(2), A(3), B(4)])])
print(7 / 2, 8 / 4, 1 / 3 * 3, 2 ** 62 + 2 ** 62, -(2 ** 63) - 1, (2 ** 63 - 1) * -1 - 1)
