# setdefault / get / pop default semantics and mutation of returned defaults
d = {}
print(d.setdefault("a"), d, d.setdefault("a", 5), d.setdefault("b", []), d)
d["b"].append(1)
d.setdefault("b", []).append(2)
print(d)
shared = []
e = {}
e.setdefault("x", shared).append(1)
e.setdefault("y", shared).append(2)
print(e, e["x"] is e["y"], shared)
print(d.get("zz"), d.get("zz", []), d.pop("a"), d.pop("zz", "fallback"), d)
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
def depth(t):
    return 1 + max((depth(v) for v in t.values()), default=0)
print(depth(tree), sorted(tree), list(tree["a"]["b"]))
