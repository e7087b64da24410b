import random
random.seed(5)
for n in [0,1,2,3,5,10,31,32,33,63,64,65,100,127,128,500,1000,5000]:
    for kind in range(6):
        if kind == 0: a = [random.randrange(n+1) for _ in range(n)]
        elif kind == 1: a = sorted(random.randrange(1000) for _ in range(n))
        elif kind == 2: a = sorted((random.randrange(1000) for _ in range(n)), reverse=True)
        elif kind == 3: a = [random.random() for _ in range(n)]
        elif kind == 4: a = [str(random.randrange(50)) for _ in range(n)]
        else: a = [(random.randrange(5), i) for i in range(n)]
        b = sorted(a); c = sorted(a, reverse=True); d = sorted(a, key=lambda x: str(x)[:1]); e = sorted(a, key=lambda x: str(x)[:1], reverse=True)
        print(n, kind, hash(tuple(b)) == hash(tuple(sorted(a))), b[:3], c[:3], d[:5], e[:5], b == sorted(b))
class C:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        if s.v == 3: raise ValueError("boom")
        return s.v < o.v
try: sorted([C(i) for i in [5,1,3,2]])
except ValueError as ex: print("err", ex)
cnt = 0
class D:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        global cnt; cnt += 1
        return s.v < o.v
sorted([D(i) for i in range(100)]); print("cmps sorted", cnt)
cnt = 0; sorted([D(i) for i in range(100, 0, -1)]); print("cmps rev", cnt)
l = [3,1,2]; l.sort(reverse=True); print(l)
print(sorted([1, 1.0, True], reverse=True), sorted(["b", "a", "B"]), sorted([-1.5, 2, 0.5]))
