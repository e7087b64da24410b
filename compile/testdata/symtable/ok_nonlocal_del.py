def f():
    x = 1
    def g():
        nonlocal x
        del x
    def h():
        global y
        del y
    return g, h
