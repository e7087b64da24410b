# slice assignment and deletion on lists and bytearrays in every shape
base = list(range(10))
def show(desc, f):
    l = list(base)
    try:
        f(l)
        print(desc, l)
    except (ValueError, TypeError) as e:
        print(desc, type(e).__name__, e)
def s(k, v):
    def f(l):
        l[k] = v
    return f
def d(k):
    def f(l):
        del l[k]
    return f
show("grow", s(slice(2, 4), "abcd"))
show("shrink", s(slice(2, 8), []))
show("insert", s(slice(5, 5), [99]))
show("tail", s(slice(8, None), (1, 2, 3)))
show("neg", s(slice(-3, -1), ["x"]))
show("reverse", s(slice(None, None, -1), list(range(10, 20))))
show("step2", s(slice(None, None, 2), "ABCDE"))
show("step2bad", s(slice(None, None, 2), "ABC"))
show("step-3", s(slice(None, None, -3), [0, 0, 0, 0]))
show("empty-ext", s(slice(5, 5, 2), []))
show("beyond", s(slice(100, 200), [7]))
show("del-step", d(slice(1, None, 3)))
show("del-rev", d(slice(None, None, -2)))
show("del-all", d(slice(None)))
show("del-empty", d(slice(5, 2)))
show("iter-gen", s(slice(0, 2), (x * 10 for x in range(3))))
ba = bytearray(b"0123456789")
ba[2:5] = b"xy"
ba[::3] = b"ABCD"
del ba[-2:]
print(ba)
