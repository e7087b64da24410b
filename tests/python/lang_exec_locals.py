g = {"a": 1}
l = {}
exec("b = a + 1\nc = b * 2", g, l)
print(sorted(g.keys() - {"__builtins__"}), l)
print(eval("a + b", g, l))
exec("def f(): return a\nr = f()", g, l)
print(l["r"])
ns = {}
exec("x = 5", ns)
print(ns["x"])
def fn():
    loc = {}
    exec("y = 10", globals(), loc)
    return loc["y"]
print(fn())
print(eval("[i for i in range(3)]"))
code = compile("1 + 2", "<c>", "eval")
print(eval(code))
class MyMapping(dict):
    def __getitem__(self, k):
        if k == "magic": return 42
        return super().__getitem__(k)
print(eval("magic", {}, MyMapping()))
