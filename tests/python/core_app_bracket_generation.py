# generate balanced bracket strings recursively and validate them with a counter
def gen(n, open_=0, close=0, cur=""):
    if len(cur) == 2 * n:
        return [cur]
    out = []
    if open_ < n:
        out += gen(n, open_ + 1, close, cur + "(")
    if close < open_:
        out += gen(n, open_, close + 1, cur + ")")
    return out
def ok(s):
    depth = 0
    for c in s:
        depth += 1 if c == "(" else -1
        if depth < 0:
            return False
    return depth == 0
for n in range(5):
    g = gen(n)
    print(n, len(g), g[:3], all(map(ok, g)), len(set(g)) == len(g))
print(ok("(()"), ok("())("), ok(""), [ok(s) for s in ["()()", ")(", "((()))"]])
