for i in range(3):
    if i == 5: break
else:
    print("for-else ran")
for i in range(3):
    if i == 1: break
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)
while True:
    break
else:
    print("no")
data = [1, 2, 3, 4]
if (k := len(data)) > 3:
    print("walrus", k)
it = iter(range(5))
while (v := next(it, None)) is not None:
    if v == 3: break
print("v", v)
print([y for x in range(5) if (y := x * 2) > 4])
class Grid:
    def __getitem__(self, k): return k
g = Grid()
idx = (1, 2)
print(g[*idx], g[0, *idx], g[*idx, 3])
def star_args(*a): return a
print(star_args(*range(2), 5, *"xy"))
matrix = [[1, 2], [3, 4]]
print([list(r) for r in zip(*matrix)])
a, b = b, a = 1, 2
print(a, b)
x = [1, 2, 3, 4, 5]
del x[1:3]
print(x)
del x[::2]
print(x)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
if 0: pass
elif []: pass
elif "x":
    print("elif chain")
try:
    pass
except:
    pass
else:
    print("try-else")
def f():
    try:
        return 1
    finally:
        print("finally before return")
print(f())
def g2():
    for i in range(3):
        try:
            continue
        finally:
            print("fin", i)
g2()
def h():
    while True:
        try:
            break
        finally:
            print("break-finally")
    return "after"
print(h())
assert True, "never"
lst = []
lst[:] = range(3)
print(lst)
t = 1,
print(t, type(t).__name__)
s = "a" "b" 'c'
print(s)
print(0x1F, 0o17, 0b101, 1_000_000, 1e3, 1.5j, .5, 5.)
def outer():
    def inner():
        return outer_var
    outer_var = "late"
    return inner()
print(outer())
print((lambda x, y=2, *a, k=3, **kw: (x, y, a, k, kw))(1, 2, 3, k=4, z=5))
