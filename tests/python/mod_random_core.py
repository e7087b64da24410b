import _random

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

for seed in [0, 1, 42, -42, 2**32, 2**32 - 1, 2**64 + 5, -(2**100), 10**50, True, False, 1.5, -0.0, 3.0, 1e300]:
    r = _random.Random(seed)
    print(seed, r.random(), r.random(), r.getrandbits(1), r.getrandbits(31), r.getrandbits(32), r.getrandbits(33),
          r.getrandbits(64), r.getrandbits(65), r.getrandbits(200))

r = _random.Random()
r.seed(12345)
print([r.random() for i in range(5)])
r.seed(12345)
print([r.getrandbits(8) for i in range(20)])
st = r.getstate()
print(type(st).__name__, len(st), st[-1], st[0], st[1], st[623])
a = [r.random() for i in range(700)]
r.setstate(st)
b = [r.random() for i in range(700)]
print(a == b, a[-1])
print(r.getrandbits(0))
t(r.getrandbits, -1)
t(r.getrandbits, 1.0)
t(r.getrandbits, 2**40)
t(r.getrandbits)
t(r.setstate, [1])
t(r.setstate, (1, 2))
t(r.setstate, (0,) * 624 + (625,))
t(r.setstate, (0,) * 624 + (-1,))
t(r.setstate, (-1,) * 625)
t(r.setstate, ('x',) * 625)
t(r.setstate, (2**32 + 7,) * 624 + (624,))
print(r.getstate()[0], r.getstate()[624])
r.setstate((5,) * 624 + (624,))
print(r.random())
t(_random.Random, 1, 2)
t(_random.Random, x=1)
t(r.seed, 1, 2)
t(r.seed, None)
t(r.seed, [])
t(r.random, 1)
print(len(str(r.getrandbits(1000))) > 250)

class R(_random.Random):
    def __init__(self, x, y=7):
        self.y = y
        self.seed(x)
    def random(self):
        return 2 * super().random()

q = R(3, y=9)
print(q.y, q.random(), isinstance(q, _random.Random), type(q).__mro__[1].__name__)
r2 = _random.Random(3)
print(r2.random() * 2)
print(_random.Random.__module__, _random.Random.__name__)
for i in range(3):
    r = _random.Random(None)
    x = r.random()
    print(0.0 <= x < 1.0)
