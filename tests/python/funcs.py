# functions: defaults, keywords, recursion, closures, varargs
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(20))

def f(a, b=10, *rest, c=3, **kw):
    return a + b + c + len(rest) + len(kw)

print(f(1), f(1, 2), f(1, 2, 3, 4), f(1, c=5), f(1, z=1, y=2))

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
c()
c()
print(c())

def adder(k):
    return lambda x: x + k

print(adder(5)(10))
squares = [i * i for i in range(6)]
print(squares, [x for x in squares if x % 2 == 0])
print({k: k * 2 for k in range(3)})
print(sum(x for x in range(101)))

def outer():
    v = 1
    def mid():
        def inner():
            return v + 1
        return inner()
    return mid()

print(outer())
g = 10
def read_global():
    return g * 2
def write_global():
    global g
    g = 99
print(read_global())
write_global()
print(g)
