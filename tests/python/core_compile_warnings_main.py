x = "\d"
print(x)
assert (x, "m")
def f(x):
    return x is 1000
print(f(3))
print([1, 2] [0])
