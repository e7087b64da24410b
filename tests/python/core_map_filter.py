# map with several iterables, filter(None), laziness
print(list(map(str, [1, 2, 3])), list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(len, ["a", "bb", ""])), list(map(int, "123")), list(map(str.upper, "ab")))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])), list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, "a1b2c3")), list(filter(None, ())))
calls = []
def rec(x):
    calls.append(x)
    return x * 2
m = map(rec, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
f = filter(lambda x: x > 1, [1, 2, 3])
print(next(f), list(f), type(f).__name__, type(m).__name__, iter(f) is f)
for expr in ["map()", "map(str)", "type(map(1, [1])).__name__", "list(map(1, [1]))", "filter(None)", "filter(None, 1)", "list(map(len, [1]))"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
def boom(x):
    if x == 2:
        raise ValueError("two")
    return x
try:
    print(list(map(boom, [1, 2, 3])))
except ValueError as e:
    print("ValueError", e)
print(sum(map(lambda x: x * x, range(5))), max(map(abs, [-7, 3])), sorted(filter(None, {0, 3, 1})))
print(list(map(lambda *a: a, "ab", "cd", "ef")))
