# yield from delegation shortcut
def inner(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print("inner got", x)
    return "ret%d" % n

def outer():
    r = yield from inner(3)
    print("outer got", r)
    r2 = yield from inner(2)
    return r2

def top():
    r = yield from outer()
    print("top got", r)
    yield "end"

g = top()
print(next(g))
print(g.send("a"))
print(next(g))
print(g.send("b"))
print(list(g))

def bad():
    yield 1
    raise KeyError("k")

def catcher():
    try:
        yield from bad()
    except KeyError as e:
        print("caught", repr(e))
        yield "after"

print(list(catcher()))

def tree(d):
    if d == 0:
        yield d
        return
    yield from tree(d - 1)
    yield d
    yield from tree(d - 1)

print(list(tree(3)), sum(tree(10)))

def deleg_it():
    yield from iter([1, 2])
    yield from (x * 10 for x in range(2))
print(list(deleg_it()))

def thrower():
    try:
        yield from inner(5)
    except ValueError as e:
        print("outer caught", e)
        yield "x"
t = thrower()
print(next(t), next(t))
print(t.throw(ValueError("boom")))
print(list(t))
g = outer()
next(g)
g.close()
print("closed")

def self_ref():
    yield from me
me = self_ref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

def stop_in():
    yield 1
    raise StopIteration("s")
def wrap():
    yield from stop_in()
try:
    print(list(wrap()))
except RuntimeError as e:
    print(type(e).__name__, e)
import sys
def tb_inner():
    yield 1
    1 / 0
def tb_outer():
    yield from tb_inner()
try:
    list(tb_outer())
except ZeroDivisionError as e:
    print(type(e).__name__, e)
