# augmented assignment error messages mention the in-place operator
cases = [("x = 1", "x += 's'"), ("x = 's'", "x -= 1"), ("x = [1]", "x *= 'a'"), ("x = None", "x /= 2"), ("x = {}", "x |= 1"),
         ("x = (1,)", "x += [2]"), ("x = 1.5", "x //= 's'"), ("x = 2", "x **= None"), ("x = 'a'", "x %= ()" if False else "x <<= 1"),
         ("x = b'a'", "x += 'b'"), ("x = {1}", "x &= [1]"), ("x = [1]", "x -= [1]")]
for setup, stmt in cases:
    ns = {}
    exec(setup, ns)
    try:
        exec(stmt, ns)
        print(stmt, "->", ns["x"])
    except TypeError as e:
        print(stmt, "TypeError", e)
