# dict methods and their errors
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("c"), d.pop("zz", "dflt"), d)
d.update({"x": 10}, y=20); d.update([("z", 30)]); d.update(w=40); print(d)
print(d.popitem(), d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy(); c["new"] = 1; print(d, c)
c.clear(); print(c, len(c))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(()))
print(dict(), dict(a=1), dict([("k", "v")]), dict({"x": 1}, y=2), dict(zip("ab", range(2))))
for expr in ["d['missing']", "d.pop('missing')", "{}.popitem()", "d.get()", "d.update(1)", "d.update([1])", "d.update([(1, 2, 3)])",
             "dict([1])", "dict(1)", "{[]: 1}", "d.setdefault()", "d.fromkeys()", "d.pop()", "dict({}, {})"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
e = {1: "int", 1.0: "float", True: "bool"}
print(e, len(e))
try:
    del d["nope"]
except Exception as ex:
    print(type(ex).__name__, ex)
k = {(1, 2): "tuple", frozenset([1]): "fs", None: "none", "": "empty"}
print(k[(1, 2)], k[frozenset([1])], k[None], k[""])
class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m)
print({**{"a": 1}, **{"b": 2}, "a": 3}, {"a": 1} | {"b": 2}, {"a": 1} == {"a": 1.0})
u = {"a": 1}
u |= {"c": 3}
print(u)
