def f():
    try:
        return 1
    finally:
        def cb(): return late
        late = 2
        for i in range(3):
            try:
                continue
            finally:
                inner = i
