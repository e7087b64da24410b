def f():
    try:
        a = 1
    except ValueError as e:
        b = e
    else:
        c = 1
    finally:
        d = 2

def h(x):
    for i in x:
        try:
            if i:
                break
            if x:
                return q
        finally:
            fin = r
    w = 1
    return w

def star():
    try:
        pass
    except* OSError as g:
        h = g
