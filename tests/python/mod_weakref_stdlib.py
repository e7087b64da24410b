import weakref
import gc

class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'A(%d)' % self.n
    def m(self): return self.n

def main():
    keep = [A(i) for i in range(4)]
    wvd = weakref.WeakValueDictionary()
    for a in keep:
        wvd[a.n] = a
    print(len(wvd), sorted(wvd.keys()), wvd[2])
    del keep[0:2]
    gc.collect()
    print(len(wvd), sorted(wvd.keys()))

    wkd = weakref.WeakKeyDictionary()
    k1, k2 = A(10), A(11)
    wkd[k1] = 'one'; wkd[k2] = 'two'
    print(len(wkd), wkd[k1], k2 in wkd)
    del k1
    gc.collect()
    print(len(wkd), list(wkd.values()))

    ws = weakref.WeakSet()
    objs = [A(20), A(21)]
    for o in objs:
        ws.add(o)
    print(len(ws), A(99) in ws)
    objs.pop()
    gc.collect()
    print(len(ws))

    log = []
    def make():
        x = A(30)
        weakref.finalize(x, log.append, 'finalized')
        return weakref.ref(x)
    r = make()
    gc.collect()
    print(log, r())
    f = weakref.finalize(A(31), log.append, 'x')
    print(f.alive in (True, False))

    obj = A(40)
    wm = weakref.WeakMethod(obj.m)
    print(wm()(), wm() == obj.m)
    p = weakref.proxy(obj)
    print(p.n, weakref.getweakrefcount(obj) >= 2, weakref.ref is weakref.ReferenceType)
main()
