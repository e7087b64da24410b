from __future__ import annotations
import typing
def f(a: List[int], *b: (lambda: q), c: d = 1, **e: F) -> R:
    v: Local = 1
    w: Other
    return v
class C:
    x: ClassAnn
    y: ClassAnn2 = 2
