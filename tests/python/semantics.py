def order():
    log = []
    try:
        log.append("try")
    except Exception:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(order())
def acc(x, store=[]):
    store.append(x)
    return store
acc(1); print(acc(2))
class C:
    n = 3
    sq = [i * i for i in range(n)]
    def m(self):
        return __class__.__name__
print(C.sq, C().m())
def gen():
    try:
        yield 1
        raise KeyError("x")
    except KeyError as e:
        yield repr(e)
print(list(gen()))
x = 0
def incr():
    global x
    x += 1
for _ in range(5):
    incr()
print(x)
def kwonly(a, *, b):
    return a, b
try:
    kwonly(1, 2)
except TypeError as e:
    print(e)
try:
    kwonly(1)
except TypeError as e:
    print(e)
print(*[1, 2], *"ab", sep=",")
def deco(f):
    def wrapper(*args, **kwargs):
        print("calling", f.__name__)
        return f(*args, **kwargs)
    return wrapper
@deco
def add(a, b=1):
    return a + b
print(add(1), add(1, b=5))
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(type(WithMeta).__name__)
class A:
    def __init__(self):
        self.v = 1
    def __getattr__(self, name):
        return name.upper()
a = A()
print(a.v, a.foo)
class S:
    __slots__ = ()
print([1, 2, 3].__len__(), (1).__add__(2), "ab".__contains__("a"))
print(int.__name__, str(int), repr(len), [].append.__name__ if hasattr([].append, "__name__") else "")
nums = list(range(10))
print(nums[2:8:2], nums[-3:], nums[:-7], nums[::-3])
nums[1:3] = ["a", "b", "c"]
del nums[::2]
print(nums)
i = 10
while i > 0:
    i -= 3
else:
    print("done", i)
print(1 if 0 else 2 if 0 else 3, [x for x in range(3) if x], {x: y for x, y in zip("ab", "cd")})
print(divmod(7.5, 2), 2 ** 0.5 == 2 ** .5, 10 // 3.0, -7 // 2.0, 5 % -3, 5.5 % -3)
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, abs(-5), int("-12"), float(" 3.5 "))
print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), {(1, 2): 3}[(1, 2)])
