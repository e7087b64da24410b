def a(x):
    return b(x) + 1
def b(x):
    return {"k": 1}[x]
def c():
    try:
        a("missing")
    except KeyError as e:
        e.add_note("while calling a")
        raise RuntimeError("wrapped") from e
c()
