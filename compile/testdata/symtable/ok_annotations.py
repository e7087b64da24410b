import typing
def f(a: List[int], *b: (lambda: q), c: d = 1, **e: F) -> R:
    v: Local = 1
    w: Other
    (p): int = 3
    self.attr: int = 4
    z[0]: int
    return v
class C:
    x: ClassAnn
    y: ClassAnn2 = 2
    (z): int
modvar: int
