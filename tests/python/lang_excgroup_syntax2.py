try:
    try:
        raise ValueError(7)
    except* ValueError as g:
        raise
except Exception as e:
    print(repr(e))
def f():
    for i in range(3):
        try:
            pass
        except* ValueError:
            continue
