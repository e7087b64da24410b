def f(v):
    match v:
        case [a, *rest]:
            return a, rest
        case {"k": b, **kw}:
            return b, kw
        case Point(x=px, y=py) | Point(py, px):
            return px, py
        case str() as s if s:
            return s
        case C.CONST:
            return None
        case _:
            return 0
