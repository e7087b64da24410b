# Builtins that drain a generator (list, tuple, set, sorted, sum, join,
# min/max) see every value in order, including exceptions raised midway,
# a StopIteration turned into RuntimeError, finally blocks, values that
# need a __hash__ or __add__ of their own, and a generator already started.
def count(n):
    for i in range(n):
        yield i
print(list(count(5)), tuple(count(3)), set(count(4)), sorted(x % 3 for x in count(7)))
print(sum(count(100)), sum(x * 1.5 for x in count(4)), "".join(str(i) for i in count(6)))
print(sum((x for x in [1, 2**62, 2**62, -5])), sum((x for x in [1, 2]), 100), max(count(9)), min(x - 3 for x in count(4)))
def boom():
    yield 1
    yield 2
    raise ValueError("boom")
for f in (list, tuple, set, sorted, sum):
    try:
        f(boom())
    except ValueError as e:
        print(f.__name__, "ValueError", e)
def stop():
    yield 1
    raise StopIteration
try:
    list(stop())
except RuntimeError as e:
    print("RuntimeError", e)
def fin():
    try:
        yield "a"
        yield "b"
    finally:
        print("finally runs")
print(list(fin()), set(fin()) == {"a", "b"})
class H:
    def __init__(self, v): self.v = v
    def __hash__(self):
        print("hash", self.v)
        return self.v
    def __eq__(self, o): return isinstance(o, H) and o.v == self.v
    def __repr__(self): return "H(%d)" % self.v
def mixed():
    yield 1
    print("after 1")
    yield H(2)
    print("after H")
    yield 3
print(sorted(set(mixed()), key=repr))
class N:
    def __radd__(self, o):
        print("radd", o)
        return o + 1000
def nums():
    yield 1
    yield N()
    yield 2
print(sum(nums()))
g = count(5)
next(g)
print(list(g), list(g))
def selfref():
    yield 1
    try:
        next(me)
    except ValueError as e:
        print("ValueError", e)
    yield 2
me = selfref()
print(list(me))
def sees_caller():
    import sys
    yield sys._getframe(1).f_code.co_name
def caller():
    return list(sees_caller())
print(caller())
