def f(x):
    return 10 / x
data = [1, 2, 0]
vals = [f(v) for v in data]
