# generators: yield, send, yield from, generator expressions
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count(5)), sum(count(101)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

g = fib()
print([next(g) for _ in range(10)])

def echo():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

e = echo()
next(e)
print(e.send(5), e.send(7))
try:
    e.send(None)
except StopIteration as s:
    print(s.value)

def chain(*its):
    for it in its:
        r = yield from it
    return r

print(list(chain([1, 2], (3,), count(3))))
print(sum(x * x for x in range(10)), list(x for x in range(5) if x % 2), max(len(str(i)) for i in range(1000)))

def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print(99)

for v in gen_with_finally():
    print(v)
gf = gen_with_finally()
next(gf)
gf.close()
print(list(zip(count(3), count(10))), dict(zip(count(3), count(3))))

def thrower():
    try:
        yield 1
    except ValueError:
        yield 2

t = thrower()
next(t)
print(t.throw(ValueError))
