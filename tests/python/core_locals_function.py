# locals() inside functions and class bodies
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
class K:
    x = 1
    names = sorted(locals())
print(K.names)
def g():
    v = 1
    exec("v = 2")
    return v, eval("v")
print(g())
print(dict(a=1, **{"a": 2}))
