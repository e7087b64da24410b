def g():
    x = yield 1
    print("got", x)
    try:
        y = yield 2
    except ValueError as e:
        print("caught", e)
        y = yield 3
    finally:
        print("finally")
    return "ret"
it = g()
print(next(it), it.send("a"), it.throw(ValueError("v")))
try:
    it.send("b")
except StopIteration as e:
    print("stop", e.value)
print(it.gi_frame, it.gi_running, it.gi_suspended)
def inner():
    r = yield "i1"
    print("inner got", r)
    try:
        yield "i2"
    except KeyError:
        print("inner caught")
        yield "i3"
    return "inner-ret"
def outer():
    v = yield from inner()
    print("outer v", v)
    yield "o1"
o = outer()
print(next(o), o.send("s"), o.throw(KeyError), next(o))
print(type(o.gi_yieldfrom))
o2 = outer(); next(o2)
print(o2.gi_yieldfrom.__name__)
o2.close()
def pep479():
    yield 1
    raise StopIteration("x")
try:
    list(pep479())
except RuntimeError as e:
    print(e, repr(e.__cause__))
def closing():
    try:
        yield 1
    except GeneratorExit:
        print("exit")
        raise
c = closing(); next(c); c.close(); c.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close(); next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)
def running():
    yield r.send(None)
r = running()
try:
    next(r)
except ValueError as e:
    print(e)
try:
    g().send(5)
except TypeError as e:
    print(e)
gen = (x * x for x in range(4))
print(type(gen).__name__, gen.__name__, list(gen), list(gen))
print(sum(x for x in range(10) if x % 2))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def deleg():
    yield from [1, 2]
    yield from (3, 4)
    return (yield from range(5, 7))
print(list(deleg()))
def thrower():
    try:
        yield
    except Exception as e:
        yield type(e).__name__
t = thrower(); next(t)
print(t.throw(TypeError), t.throw(TypeError("x")) if False else "")
t2 = thrower(); next(t2)
print(t2.throw(ValueError, ValueError("m")))
try:
    thrower().throw(5)
except TypeError as e:
    print(e)
def ctx():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield 1
        yield 2
cg = ctx()
next(cg)
try:
    raise ValueError("outer")
except ValueError:
    next(cg)
    try:
        raise TypeError
    except TypeError as e:
        print(repr(e.__context__))
