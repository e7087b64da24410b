def f(data):
    if any((hit := x) > 2 for x in data):
        return hit
    [[(w := j) for j in i] for i in data]
    return w

def g(data):
    global gv
    [(gv := x) for x in data]

def h(data):
    nl = 0
    def k():
        [(nl := x) for x in data]
    return k

[(mv := x) for x in range(3)]
print(mv)
lambda: [(lv := x) for x in range(3)]
if (top := 1): pass
