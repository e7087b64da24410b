import os.path
import a.b.c as d
from . import rel
from .. pkg import (m1, m2 as m3)
from os import *
del os
x, *y = z = 1, 2
x += 1
with open(f) as (g, h), other: pass
for i, j in k: pass
else: pass
while w: break
assert cond, msg
if cond2: raise E from F
f"{fa!r:{fb}}"
lambda a, /, b=dd, *c, d=ee, **e: a + q
@deco(arg)
@deco2
class K(Base, metaclass=Meta):
    pass
@fdeco
def fd(): pass
def use_before():
    print(late)
    late = 1
    del late
def order():
    a = b = (c := 1)
    for i in (j := range(3)): pass
    {k1: (v1 := 1), (k2 := 2): v2}
    return [m for m in (1,) if (n := m)] if order else n
