import _bisect, _heapq

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 3, 4, 8, 13, 14, 2.5]:
    print(x, _bisect.bisect_left(a, x), _bisect.bisect_right(a, x), _bisect.bisect_left(a, x, 2), _bisect.bisect_right(a, x, 1, 5),
          _bisect.bisect_left(a, x, hi=4), _bisect.bisect_right(a, x, lo=3, hi=None))
words = ['apple', 'Banana', 'cherry', 'date']
print(_bisect.bisect_left(words, 'C', key=str.lower), _bisect.bisect_right(words, 'banana', key=str.lower))
recs = [(1, 'a'), (3, 'b'), (5, 'c')]
print(_bisect.bisect_left(recs, 3, key=lambda r: r[0]), _bisect.bisect_right(recs, 3, key=lambda r: r[0]))
l = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    _bisect.insort_right(l, x)
    _bisect.insort_left(l, x * 10)
print(l)
l = []
for r in [(2, 'x'), (1, 'y'), (2, 'z'), (0, 'w')]:
    _bisect.insort_left(l, r, key=lambda r: r[0])
    _bisect.insort_right(l, (r[0], r[1] + '!'), key=lambda r: r[0])
print(l)
class Seq:
    def __init__(self):
        self.d = []
    def __len__(self):
        return len(self.d)
    def __getitem__(self, i):
        return self.d[i]
    def insert(self, i, x):
        self.d.insert(i, x)
s = Seq()
for x in [3, 1, 2]:
    _bisect.insort_right(s, x)
print(s.d, _bisect.bisect_left(s, 2))
t(_bisect.bisect_left, a, 1, -1)
t(_bisect.bisect_left, a, 1, 'x')
t(_bisect.bisect_left, a)
t(_bisect.bisect_left, a, 1, 0, 2, 3)
t(_bisect.insort_left, (1, 2), 1)
t(_bisect.bisect_right, [1, 'a'], 2)
t(_bisect.bisect_right, a, 1, foo=2)
t(_bisect.bisect_right, 5, 1)

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]:
    _heapq.heappush(h, x)
print(h)
print([_heapq.heappop(h) for i in range(len(h))])
h = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 11, -1]
_heapq.heapify(h)
print(h, _heapq.heapreplace(h, 100), h, _heapq.heappushpop(h, -5), _heapq.heappushpop(h, 50), h)
m = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
_heapq._heapify_max(m)
print(m, _heapq._heappop_max(m), m, _heapq._heapreplace_max(m, 0), m)
print(_heapq.heappushpop([], 3))
h = [(2, 'b'), (1, 'a'), (3, 'c')]
_heapq.heapify(h)
print(h)
t(_heapq.heappop, [])
t(_heapq.heapreplace, [], 1)
t(_heapq._heappop_max, [])
t(_heapq.heappush, (), 1)
t(_heapq.heappop)
t(_heapq.heapify, 5)
t(_heapq.heappush, [])
t(_heapq.heappush, [1], 'x')
class Bad:
    def __init__(self, h):
        self.h = h
    def __lt__(self, other):
        self.h.append(0)
        return True
h = []
h.append(Bad(h))
h.append(Bad(h))
t(_heapq.heapify, h)
big = list(range(3000, 0, -1))
_heapq.heapify(big)
print(big[:20], [_heapq.heappop(big) for i in range(5)])
