# exec / eval with a separate locals mapping (module code must use LOAD_NAME)
print(eval("a + b", {"a": 1}, {"b": 2}))
g = {"k": 1}
l = {}
exec("k2 = k + 1", g, l)
print(l, "k2" in g)
exec("def f(): return 1\nv = f()", g, l)
print(sorted(l), l["v"])
class M(dict):
    def __missing__(self, key):
        return key.upper()
print(eval("hello + world", {}, M()))
exec("x = 5\ny = x * 2", {}, l)
print(l["x"], l["y"])
def scope():
    v = "local"
    return eval("v"), eval("v + w", {"w": "!"}, locals())
print(scope())
exec(compile("1 + 1", "<single>", "single"))
try:
    compile("1 +", "<t>", "eval")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
