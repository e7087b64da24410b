# chained comparisons evaluate middle operands once and short-circuit
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2), v(1) is not None is not False, calls)
x = 5
print(1 < x < 10, 10 > x > 1, 1 < x > 4, x == 5 == 5.0, 0 <= x <= 5 < 6, "a" < "b" < "c" > "a", [1] < [2] < [3])
print(1 < 2 > 1.5 >= 1 != 0 == 0, (1 < 2) < 3, 1 < (2 < 3), 5 in [5] in [[5]], not 1 < 0)
try:
    1 < 2 < "3"
except TypeError as e:
    print("TypeError", e)
print(1 > 2 < "never evaluated")
