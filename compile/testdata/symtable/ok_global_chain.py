def f():
    global g
    g = 1
    def inner():
        return g
    return inner

def h():
    def inner():
        global g2
        def deeper():
            return g2
        return deeper
    g2 = 1
    return inner
