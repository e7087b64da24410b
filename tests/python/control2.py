def f1():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return -1
print(f1())
def f2():
    try:
        raise ValueError
    except ValueError:
        return "handled"
    finally:
        print("cleanup")
print(f2())
def f3():
    x = []
    try:
        try:
            raise KeyError(1)
        finally:
            x.append("inner finally")
    except KeyError:
        x.append("outer except")
    return x
print(f3())
def f4():
    try:
        pass
    except Exception:
        pass
    else:
        return "else"
print(f4())
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get())
def make():
    fs = []
    for i in range(3):
        def g(i=i):
            return i * 10
        fs.append(g)
    return [g() for g in fs]
print(make())
class K:
    v = 10
    def m(self):
        return v if False else self.v
print(K().m())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("from handler")
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__suppress_context__, e.__cause__)
def gen_close():
    try:
        yield 1
    except GeneratorExit:
        print("closing")
        raise
g = gen_close()
next(g)
g.close()
x = 10
def shadow_err():
    print(x)
    x = 5
try:
    shadow_err()
except UnboundLocalError as e:
    print(e)
def nested_break():
    out = []
    for i in range(3):
        for j in range(3):
            if j == 2:
                break
            if i == 1:
                continue
            out.append((i, j))
    return out
print(nested_break())
print([y for x in [[1, 2], [3]] for y in x], [x for x in range(10) if x % 2 if x % 3])
print(all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]), next(iter([]), "default"))
a = b = c = 7
a, *b, c = range(5)
print(a, b, c)
(d, e), f = (1, 2), 3
print(d, e, f)
