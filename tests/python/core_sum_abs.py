# sum with start and floats, abs of numbers and user classes
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([], 5), sum((), start=7))
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([1j, 2]), sum([True, True]), sum(x for x in range(4)))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([2 ** 64, 2 ** 64]), sum([1.5, 2 ** 60]))
for expr in ["sum(['a', 'b'])", "sum(['a'], '')", "sum([b'a'], b'')", "sum(1)", "sum([1, 'a'])", "sum([[1]])", "sum([bytearray()], bytearray())"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
print(abs(-5), abs(5), abs(-0.0), abs(-2.5), abs(3 + 4j), abs(-(2 ** 100)), abs(True), abs(float("-inf")), abs(-(2 ** 63)))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
for v in ("x", None, [1]):
    try:
        abs(v)
    except Exception as e:
        print(type(e).__name__, e)
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Acc(self.v + (o.v if isinstance(o, Acc) else o))
    def __radd__(self, o):
        return Acc(o + self.v)
print(sum([Acc(1), Acc(2)]).v, sum([Acc(1)], Acc(10)).v)
