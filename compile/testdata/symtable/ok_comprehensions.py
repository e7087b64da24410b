def f(data):
    a = [x for x in data]
    b = {x: y for x, y in data if x}
    c = {x for x in data for y in x if y}
    d = (x + w for x in data)
    e = [[x * y for y in data] for x in data]
    return a, b, c, d, e

class K:
    q = 1
    r = [q for _ in range(3)]
    s = [z for z in range(q)]

t = [x for x in range(3)]
