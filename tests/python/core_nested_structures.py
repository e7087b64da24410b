# deep copies by hand, nested comparisons and reprs
data = {"users": [{"name": "a", "tags": ["x", "y"]}, {"name": "b", "tags": []}], "meta": {"count": 2, "ok": True}}
print(data)
copy = {"users": [dict(u, tags=list(u["tags"])) for u in data["users"]], "meta": dict(data["meta"])}
copy["users"][0]["tags"].append("z")
print(data["users"][0]["tags"], copy["users"][0]["tags"], copy == data, copy["meta"] == data["meta"])
print(sorted(t for u in data["users"] for t in u["tags"]), [u["name"] for u in data["users"] if u["tags"]])
tree = (1, (2, (3, (4, None))))
def walk(t):
    out = []
    while t:
        out.append(t[0])
        t = t[1]
    return out
print(walk(tree), len(repr(tree)), tree[1][1][0], tree == (1, (2, (3, (4, None)))))
deep = []
cur = deep
for i in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(len(repr(deep)), repr(deep)[:10], deep == deep)
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid, grid[1][2], [cell for row in grid for cell in row if sum(cell) == 2])
