x = 5
print(eval("x * 2 + 1"), eval("y + 1", {"y": 10}))
exec("z = x + 100")
print(z)
g = {}
exec("def f(a):\n    return a * 3\nr = f(4)", g)
print(g["r"], sorted(k for k in g if not k.startswith("__")))
code = compile("1 + 2", "<expr>", "eval")
print(eval(code), type(code).__name__)
print("x" in globals(), globals()["x"])
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
def h():
    return eval("x + 1")
print(h())
