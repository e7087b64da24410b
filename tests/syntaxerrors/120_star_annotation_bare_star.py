def f(*: int):
    pass
