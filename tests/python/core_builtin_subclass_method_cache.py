class P(list):
    def m(self): return "method"
p = P()
def call(): return p.m()
print(call(), call())
p.m = lambda: "instance"
print(call())
del p.m
print(call())
class Q(list):
    def m(self): return "Q"
q = Q()
print(q.m())
q2 = P(); q2.m = lambda: "inst2"
q2.__class__ = Q
print(q2.m())
class D(dict):
    def get(self, k): return "mine"
d = D()
def dg(): return d.get(1)
print(dg()); d.get = lambda k: "attr"; print(dg())
