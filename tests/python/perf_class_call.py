# Class instantiation fast path (CALL on a plain Python class).
class P:
    def __init__(self, x, y=2, *, z=3):
        self.x, self.y, self.z = x, y, z

for i in range(3):
    p = P(i, z=i * 10)
    print(p.x, p.y, p.z)

class Bad:
    def __init__(self):
        return 5

for i in range(2):
    try:
        Bad()
    except TypeError as e:
        print(type(e).__name__, e)

class Raises:
    def __init__(self, v):
        if v:
            raise ValueError("bad %d" % v)
        self.v = v

for v in (0, 1, 0, 2):
    try:
        print(Raises(v).v)
    except ValueError as e:
        print(type(e).__name__, e)

class WithNew:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, a):
        self.a = a

for i in range(2):
    print(WithNew(i).a)

class Changing:
    def __init__(self):
        self.k = 1

def make():
    return Changing()

print(make().k, make().k)
def init2(self):
    self.k = 2
Changing.__init__ = init2
print(make().k, make().k)

class L(list):
    def __init__(self, n):
        super().__init__(range(n))

for i in range(3):
    print(L(i))

class E(Exception):
    def __init__(self, m):
        super().__init__("E:" + m)

for i in range(2):
    print(repr(E(str(i))))

class NoInit:
    pass

for i in range(2):
    print(type(NoInit()).__name__)

def wrong():
    try:
        P()
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        P(1, 2, 3)
    except TypeError as e:
        print(type(e).__name__, e)
for i in range(2):
    wrong()

class Gen:
    def __init__(self):
        yield 1
try:
    Gen()
except TypeError as e:
    print(type(e).__name__, e)
