import traceback
def g():
    for a, b in [(1, 2, 3)]: pass
def h():
    a, *b, c = [1]
def k():
    [a, b] = "xyz"
for fn in (g, h, k):
    try: fn()
    except ValueError: traceback.print_exc()
