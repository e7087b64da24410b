def g():
    x = 1
    def f():
        global x
        nonlocal x
